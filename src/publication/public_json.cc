#include "publication/public_json.h"

#include "core/json_write.h"
#include "diagnostic/diagnostic_json.h"
#include "publication/open_data.h"
#include "strategy/json.h"

namespace vigie {
namespace json = boost::json;

json::object to_json(const Publication& p) {
  json::array bilans;
  for (const EvaluationPeriod& b : p.bilans)
    bilans.push_back(json::object{{"from", b.from_year}, {"to", b.to_year}});
  return {{"strategy_id", p.strategy_id},
          {"strategy", p.strategy},
          {"calendar", p.calendar},
          {"diagnostic", p.diagnostic},
          {"bilans", std::move(bilans)},
          {"published_at", json_or_null(p.published_at)},
          {"published_by", json_or_null(p.published_by)}};
}

Publication publication_from(JsonReader& in, std::int64_t strategy_id) {
  Publication p;
  p.strategy_id = strategy_id;
  // The whole choice every time: a part left out is not taken for "withdraw it".
  p.strategy = in.boolean("strategy");
  p.calendar = in.boolean("calendar");
  p.diagnostic = in.boolean("diagnostic");
  if (!in.has("bilans") && !in.failed()) in.fail("bilans", "Ce champ est obligatoire.");
  in.object_list("bilans", 20, [&](JsonReader& item, std::size_t) {
    int from = static_cast<int>(item.integer("from", 1990, 2100));
    int to = static_cast<int>(item.integer("to", 1990, 2100));
    p.bilans.push_back({from, to});
  });
  return p;
}

namespace {

json::object indicator_json(const PublicIndicator& i) {
  return {{"kind", i.kind},
          {"label", i.label},
          {"unit", json_or_null(i.unit)},
          {"baseline", json_or_null(i.baseline)},
          {"baseline_date", json_or_null(i.baseline_date)},
          {"target", json_or_null(i.target)},
          {"target_date", json_or_null(i.target_date)},
          {"source", json_or_null(i.source)}};
}

json::object fiche_json(const PublicFiche& f) {
  json::array indicators;
  for (const PublicIndicator& i : f.indicators)
    indicators.push_back(indicator_json(i));
  return {{"axis_number", json_or_null(f.axis_number)},
          {"axis_title", f.axis_title},
          {"number", f.number},
          {"title", f.title},
          {"status", f.status},
          {"description", json_or_null(f.description)},
          {"constat", json_or_null(f.constat)},
          {"general_objective", json_or_null(f.general_objective)},
          {"operational_objectives", string_array(f.operational_objectives)},
          {"target_public", json_or_null(f.target_public)},
          {"target_territory", json_or_null(f.target_territory)},
          {"pilot", json_or_null(f.pilot)},
          {"partners", string_array(f.partners)},
          {"indicators", std::move(indicators)}};
}

json::object strategy_json(const PublicStrategy& ps, const std::string& base) {
  json::object text = to_json(ps.strategy);
  for (const char* internal : {"version", "created_at", "territory_id"})
    text.erase(internal);
  json::array axes;
  for (const Axis& a : ps.axes) {
    json::object axis = to_json(a);
    axis.erase("version");
    axes.push_back(std::move(axis));
  }
  json::array fiches;
  for (const PublicFiche& f : ps.fiches)
    fiches.push_back(fiche_json(f));
  json::array bilans;
  for (const EvaluationPeriod& b : ps.bilans) {
    std::string url = base + "/public/v1/strategies/" + std::to_string(ps.strategy.id) +
                      "/bilan?from=" + std::to_string(b.from_year) +
                      "&to=" + std::to_string(b.to_year) + "&format=";
    bilans.push_back(json::object{{"from", b.from_year},
                                  {"to", b.to_year},
                                  {"pdf", url + "pdf"},
                                  {"odt", url + "odt"},
                                  {"docx", url + "docx"}});
  }
  return {{"strategy", std::move(text)},
          {"axes", std::move(axes)},
          {"fiches_published", ps.fiches_published},
          {"fiches", std::move(fiches)},
          {"bilans", std::move(bilans)},
          {"published_at", ps.published_at}};
}

}  // namespace

json::object to_json(const PublicPage& page, const std::string& base) {
  json::array strategies;
  for (const PublicStrategy& ps : page.strategies)
    strategies.push_back(strategy_json(ps, base));
  json::array calendar;
  for (const PublicMeeting& m : page.calendar) {
    calendar.push_back(json::object{
        {"body", m.body}, {"body_kind", m.body_kind}, {"day", m.day}, {"held", m.held}});
  }
  std::string url = open_data::territory_url(base, page.territory_id);
  json::array datasets;
  for (const open_data::Dataset& d : open_data::datasets()) {
    if (!open_data::published(d, page)) continue;
    std::string file = url + "/" + std::string(d.name);
    datasets.push_back(json::object{{"name", d.name},
                                    {"title", d.title},
                                    {"description", d.description},
                                    {"csv", file + ".csv"},
                                    {"json", file + ".json"},
                                    {"schema", open_data::schema_url(base, d.name)}});
  }
  return {{"territory",
           {{"id", page.territory_id}, {"name", page.territory_name}, {"kind", page.kind}}},
          {"licence",
           {{"id", open_data::kLicenceId},
            {"title", open_data::kLicenceTitle},
            {"url", open_data::kLicenceUrl}}},
          {"source", open_data::source_text(page)},
          {"updated_at", page.updated_at},
          {"strategies", std::move(strategies)},
          {"calendar", std::move(calendar)},
          {"diagnostic",
           page.diagnostic ? json::value(diagnostic_json(*page.diagnostic)) : json::value(nullptr)},
          {"datasets", std::move(datasets)},
          {"catalogue", url + "/catalogue.jsonld"}};
}

}  // namespace vigie
