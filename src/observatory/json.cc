// The observatoire's JSON; see json.h.
#include "observatory/json.h"

#include "core/json_write.h"
#include "observatory/incident_rules.h"

namespace vigie {
namespace json = boost::json;

json::object to_json(const IncidentCategory& c) {
  return {{"id", c.id},
          {"territory_id", c.territory_id},
          {"label", c.label},
          {"statistical_class", json_or_null(c.statistical_class)},
          {"natinf", json_or_null(c.natinf)},
          {"position", c.position},
          {"incidents", c.incidents}};
}

json::object to_json(const Incident& i) {
  return {{"id", i.id},
          {"territory_id", i.territory_id},
          {"category_id", i.category_id},
          {"category", i.category_label},
          {"organisation_id", i.organisation_id},
          {"organisation", i.organisation_name},
          {"occurred_on", i.occurred_on},
          {"occurred_time", json_or_null(i.occurred_time)},
          {"period_end", json_or_null(i.period_end)},
          {"longitude", json_or_null(i.longitude)},
          {"latitude", json_or_null(i.latitude)},
          {"x", json_or_null(i.x)},
          {"y", json_or_null(i.y)},
          {"place", json_or_null(i.place)},
          {"description", json_or_null(i.description)},
          {"action_id", json_or_null(i.action_id)},
          {"problem_id", json_or_null(i.problem_id)},
          {"source_reference", json_or_null(i.source_reference)},
          {"created_at", i.created_at},
          {"version", i.version}};
}

namespace {
json::array lines_json(const std::vector<StatLine>& lines) {
  json::array out;
  for (const StatLine& l : lines)
    out.push_back({{"key", l.key}, {"count", json_or_null(l.count)}});
  return out;
}
}  // namespace

json::object to_json(const IncidentSummary& s) {
  return {{"masked", s.masked},
          {"threshold", kSmallCount},
          {"total", json_or_null(s.total)},
          {"by_category", lines_json(s.by_category)},
          {"by_month", lines_json(s.by_month)}};
}

json::object to_json(const IncidentImport& r) {
  return {{"imported", r.imported},
          {"already_known", r.already_known},
          {"repeated_in_file", r.repeated_in_file},
          {"without_reference", r.without_reference},
          {"encoding", r.encoding},
          {"separator", std::string(1, r.separator)},
          {"dry_run", r.dry_run}};
}

json::object incidents_geojson(const std::vector<Incident>& incidents) {
  json::array features;
  std::int64_t without_point = 0;
  for (const Incident& i : incidents) {
    if (!i.longitude || !i.latitude) {
      ++without_point;
      continue;
    }
    features.push_back(
        {{"type", "Feature"},
         {"geometry", {{"type", "Point"}, {"coordinates", {*i.longitude, *i.latitude}}}},
         {"properties",
          {{"id", i.id},
           {"category_id", i.category_id},
           {"category", i.category_label},
           {"occurred_on", i.occurred_on},
           {"occurred_time", json_or_null(i.occurred_time)},
           {"organisation", i.organisation_name}}}});
  }
  return {{"type", "FeatureCollection"},
          {"features", std::move(features)},
          {"without_point", without_point}};
}

void read_incident(JsonReader& in, Incident& out) {
  out.category_id = in.integer("category_id", 1, INT64_MAX);
  out.organisation_id = in.integer("organisation_id", 1, INT64_MAX);
  out.occurred_on = in.date("occurred_on", "Date du fait attendue (AAAA-MM-JJ).");
  out.occurred_time = in.optional_string("occurred_time", 5);
  out.period_end = in.optional_date("period_end");
  out.longitude = in.optional_number("longitude");
  out.latitude = in.optional_number("latitude");
  out.x = in.optional_number("x");
  out.y = in.optional_number("y");
  out.place = in.optional_string("place", incident_rules::kPlaceLength);
  out.description = in.optional_string("description", incident_rules::kDescriptionLength);
  out.action_id = in.optional_integer("action_id", 1, INT64_MAX);
  out.problem_id = in.optional_integer("problem_id", 1, INT64_MAX);
  out.source_reference = in.optional_string("source_reference", 100);
}

void read_category(JsonReader& in, IncidentCategory& out) {
  out.label = in.string("label", 120);
  out.statistical_class = in.optional_string("statistical_class", 200);
  out.natinf = in.optional_string("natinf", 5);
  out.position = in.optional_integer("position", 1, 10000).value_or(0);
}

}  // namespace vigie
