// Writing a strategy document; see exchange.h for its shape.
#include <algorithm>
#include <map>
#include <set>

#include <boost/json.hpp>

#include "core/json_write.h"
#include "partner/json.h"
#include "strategy/exchange.h"
#include "strategy/json.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::object strategy_fields(const Strategy& s) {
  json::object o = to_json(s);
  for (const char* k : {"id", "territory_id", "version", "created_at", "updated_at"})
    o.erase(k);
  return o;
}

json::object organisation_fields(const Organisation& o) {
  json::array contacts;
  for (const auto& c : o.contacts) {
    json::object x = to_json(c);
    // Accounts are the instance's own: a document moved elsewhere names none.
    for (const char* k : {"id", "organisation_id", "version", "user_id", "account_name", "link"})
      x.erase(k);
    contacts.push_back(std::move(x));
  }
  return {{"name", o.name},
          {"kind", o.kind},
          {"description", json_or_null(o.description)},
          {"contacts", std::move(contacts)}};
}

json::object action_fields(const Action& a,
                           const std::map<std::int64_t, std::int64_t>& axis_numbers,
                           const std::map<std::int64_t, Organisation>& organisations) {
  json::object o = to_json(a);
  for (const char* k : {"id", "strategy_id", "version", "created_at", "updated_at", "axis_id",
                        "pilot_organisation_id", "pilot_contact_id", "partner_ids"}) {
    o.erase(k);
  }
  // Fields added for evaluation (issue 16) are left out while unset, so that documents written
  // before them read back the same.
  auto drop_null = [](json::object& x, std::initializer_list<const char*> keys) {
    for (const char* k : keys) {
      if (const json::value* v = x.if_contains(k); v != nullptr && v->is_null()) x.erase(k);
    }
  };
  for (auto& line : o["budget_lines"].as_array())
    drop_null(line.as_object(), {"executed_cents"});
  for (auto& indicator : o["indicators"].as_array()) {
    drop_null(indicator.as_object(), {"baseline_date", "periodicity"});
    for (auto& m : indicator.as_object()["measurements"].as_array())
      drop_null(m.as_object(), {"source", "entered_by"});
    indicator.as_object().erase("official");  // read from the base, never part of a document
    indicator.as_object().erase("id");        // this installation's, meaningless in another
    // The series says it; these two are its latest measurement, for readers of the API.
    indicator.as_object().erase("current_value");
    indicator.as_object().erase("measured_on");
    indicator.as_object().erase("next_measurement_due");  // by today's clock, not the document's
    indicator.as_object().erase("measurement_late");
  }
  o["axis"] = a.axis_id ? json::value(axis_numbers.at(*a.axis_id)) : json::value(nullptr);
  json::value pilot = nullptr;
  if (a.pilot_organisation_id) {
    const Organisation& org = organisations.at(*a.pilot_organisation_id);
    json::value contact = nullptr;
    for (const auto& c : org.contacts) {
      if (a.pilot_contact_id && c.id == *a.pilot_contact_id) contact = json::value(c.name);
    }
    pilot = json::object{{"organisation", org.name}, {"contact", contact}};
  }
  o["pilot"] = pilot;
  json::array partners;
  for (auto id : a.partner_ids)
    partners.emplace_back(organisations.at(id).name);
  o["partners"] = std::move(partners);
  json::array budget;
  for (const auto& b : a.budget_lines) {
    budget.push_back({{"label", b.label},
                      {"amount_cents", b.amount_cents},
                      {"source", b.source},
                      {"funder", b.funder_id ? json::value(organisations.at(*b.funder_id).name)
                                             : json::value(nullptr)},
                      {"year", json_or_null(b.year)}});
  }
  o["budget_lines"] = std::move(budget);
  return o;
}

std::set<std::int64_t> referenced_organisations(const std::vector<Action>& actions) {
  std::set<std::int64_t> ids;
  for (const auto& a : actions) {
    if (a.pilot_organisation_id) ids.insert(*a.pilot_organisation_id);
    ids.insert(a.partner_ids.begin(), a.partner_ids.end());
    for (const auto& b : a.budget_lines) {
      if (b.funder_id) ids.insert(*b.funder_id);
    }
  }
  return ids;
}

}  // namespace

Result<json::object> StrategyExchange::export_document(const Actor& actor,
                                                       std::int64_t strategy_id) {
  Strategy s = TRY(strategies_.get(actor, strategy_id));
  std::vector<Axis> axes = TRY(strategies_.list_axes(actor, strategy_id));
  std::vector<Action> actions = TRY(strategies_.list_actions(actor, strategy_id, {}));
  std::map<std::int64_t, std::int64_t> axis_numbers;
  json::array axes_json;
  for (const auto& a : axes) {
    axis_numbers[a.id] = a.number;
    json::object axis = to_json(a);
    for (const char* k : {"id", "strategy_id", "version"})
      axis.erase(k);
    axes_json.push_back(std::move(axis));
  }
  std::map<std::int64_t, Organisation> organisations;
  for (std::int64_t id : referenced_organisations(actions)) {
    organisations[id] = TRY(strategies_.partners().get(actor, id));
  }
  if (!s.partners.empty()) {  // the partners the text names, found in the directory by name
    std::set<std::string> named(s.partners.begin(), s.partners.end());
    for (Organisation& o : TRY(strategies_.partners().list(actor, s.territory_id))) {
      if (named.contains(o.name)) organisations[o.id] = std::move(o);
    }
  }
  std::vector<const Organisation*> by_name;
  by_name.reserve(organisations.size());
  for (const auto& [id, o] : organisations)
    by_name.push_back(&o);
  std::sort(by_name.begin(), by_name.end(),
            [](const auto* a, const auto* b) { return a->name < b->name; });
  json::array organisations_json;
  for (const auto* o : by_name)
    organisations_json.push_back(organisation_fields(*o));
  json::array actions_json;
  for (const auto& a : actions)
    actions_json.push_back(action_fields(a, axis_numbers, organisations));

  Territory t = TRY(territories_.get(actor, s.territory_id));
  json::array communes;
  for (const auto& c : t.communes)
    communes.emplace_back(c.code);
  return json::object{
      {"format", kExchangeFormat},
      {"format_version", 1},
      {"territory", {{"name", t.name}, {"kind", t.kind}, {"communes", std::move(communes)}}},
      {"strategy", strategy_fields(s)},
      {"organisations", std::move(organisations_json)},
      {"axes", std::move(axes_json)},
      {"actions", std::move(actions_json)}};
}

}  // namespace vigie
