#include "funding/json.h"

#include "core/json_write.h"
#include "strategy/model.h"

namespace vigie {
namespace json = boost::json;
namespace {

// Ten million euros: beyond any prevention project, and far from overflowing the checks.
constexpr std::int64_t kMaxCents = 1'000'000'000;

json::array cofunders_json(const std::vector<Cofunder>& items) {
  json::array out;
  for (const Cofunder& c : items) {
    out.push_back(json::object{
        {"funder", c.funder}, {"name", json_or_null(c.name)}, {"amount_cents", c.amount_cents}});
  }
  return out;
}

json::object totals_json(const FundingTotals& t) {
  return {{"key", t.key},
          {"label", t.label},
          {"planned_cents", t.planned_cents},
          {"requested_cents", t.requested_cents},
          {"granted_cents", t.granted_cents},
          {"paid_cents", t.paid_cents}};
}

json::array totals_json(const std::vector<FundingTotals>& rows) {
  json::array out;
  for (const FundingTotals& t : rows)
    out.push_back(totals_json(t));
  return out;
}

}  // namespace

json::object to_json(const FundingRules& r) {
  json::array programmes;
  for (const FundingProgramme& p : r.programmes)
    programmes.push_back(json::object{{"code", p.code}, {"label", p.label}});
  json::array state;
  for (const std::string& f : r.state_funders)
    state.emplace_back(f);
  return {
      {"programmes", std::move(programmes)},          {"state_funders", std::move(state)},
      {"state_max_percent", r.state_max_percent},     {"fipd_minimum_cents", r.fipd_minimum_cents},
      {"minimum_exception", r.minimum_exception},     {"report_months", r.report_months},
      {"deadline_alert_days", r.deadline_alert_days}, {"source", r.source}};
}

json::object to_json(const FundingRequest& q) {
  json::array warnings;
  for (const std::string& w : q.warnings)
    warnings.emplace_back(w);
  return {{"id", q.id},
          {"action_id", q.action_id},
          {"action_number", q.action_number},
          {"action_title", q.action_title},
          {"axis_id", json_or_null(q.axis_id)},
          {"axis_label", q.axis_label},
          {"territory_id", q.territory_id},
          {"year", q.year},
          {"funder", q.funder},
          {"funder_name", json_or_null(q.funder_name)},
          {"programme", json_or_null(q.programme)},
          {"police_equipment", q.police_equipment},
          {"project_cost_cents", q.project_cost_cents},
          {"requested_cents", q.requested_cents},
          {"granted_cents", json_or_null(q.granted_cents)},
          {"paid_cents", json_or_null(q.paid_cents)},
          {"cofunders", cofunders_json(q.cofunders)},
          {"channel", json_or_null(q.channel)},
          {"deadline", json_or_null(q.deadline)},
          {"status", q.status},
          {"report_sent_on", json_or_null(q.report_sent_on)},
          {"notes", json_or_null(q.notes)},
          {"state_share_percent", q.state_share_percent},
          {"report_due_on", json_or_null(q.report_due_on)},
          {"warnings", std::move(warnings)},
          {"version", q.version}};
}

json::object to_json(const FundingSettings& s) {
  return {{"territory_id", s.territory_id},
          {"fipd_cap_percent", json_or_null(s.fipd_cap_percent)},
          {"cap_source", json_or_null(s.cap_source)}};
}

json::object to_json(const FundingAlert& a) {
  return {{"request_id", a.request_id},
          {"action_id", a.action_id},
          {"kind", a.kind},
          {"due_on", a.due_on},
          {"message", a.message}};
}

json::object to_json(const FundingSummary& s) {
  return {{"territory_id", s.territory_id},
          {"year", s.year},
          {"by_programme", totals_json(s.by_programme)},
          {"by_funder", totals_json(s.by_funder)},
          {"by_axis", totals_json(s.by_axis)},
          {"total", totals_json(s.total)}};
}

void read_request(JsonReader& in, FundingRequest& out) {
  out.year = in.integer("year", 2000, 2100);
  out.funder = in.enumeration("funder", kFundingSources);
  out.funder_name = in.optional_string("funder_name", 200);
  out.programme = in.optional_string("programme", 1);
  out.police_equipment = in.optional_boolean("police_equipment").value_or(false);
  out.project_cost_cents = in.integer("project_cost_cents", 1, kMaxCents);
  out.requested_cents = in.integer("requested_cents", 1, kMaxCents);
  out.granted_cents = in.optional_integer("granted_cents", 0, kMaxCents);
  out.paid_cents = in.optional_integer("paid_cents", 0, kMaxCents);
  out.cofunders.clear();
  in.object_list("cofunders", 20, [&](JsonReader& c, std::size_t) {
    Cofunder f;
    f.funder = c.enumeration("funder", kFundingSources);
    f.name = c.optional_string("name", 200);
    f.amount_cents = c.integer("amount_cents", 1, kMaxCents);
    out.cofunders.push_back(std::move(f));
  });
  out.channel = in.optional_string("channel", 200);
  out.deadline = in.optional_date("deadline");
  out.status = in.optional_enumeration("status", kFundingStatuses).value_or("en_preparation");
  out.report_sent_on = in.optional_date("report_sent_on");
  out.notes = in.optional_string("notes", 4000);
  for (const char* computed :
       {"id", "action_id", "action_number", "action_title", "axis_id", "axis_label", "territory_id",
        "state_share_percent", "report_due_on", "warnings"})
    in.ignore(computed);
}

void read_settings(JsonReader& in, FundingSettings& out) {
  std::optional<std::int64_t> cap = in.optional_integer("fipd_cap_percent", 1, 100);
  out.fipd_cap_percent.reset();
  if (cap) out.fipd_cap_percent = static_cast<int>(*cap);
  out.cap_source = in.optional_string("cap_source", 500);
  in.ignore("territory_id");
}

std::string cofunders_text(const std::vector<Cofunder>& cofunders) {
  return json::serialize(cofunders_json(cofunders));
}

std::vector<Cofunder> cofunders_from_text(const std::string& text) {
  std::vector<Cofunder> out;
  json::value doc = json::parse(text);  // kept: the loop reads into it
  for (const json::value& v : doc.as_array()) {
    const json::object& o = v.as_object();
    Cofunder c;
    c.funder = json::value_to<std::string>(o.at("funder"));
    if (const json::value* name = o.if_contains("name"); name && name->is_string())
      c.name = json::value_to<std::string>(*name);
    c.amount_cents = o.at("amount_cents").as_int64();
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace vigie
