#include "diagnostic/diagnostic_json.h"

#include <boost/json.hpp>

#include "diagnostic/json.h"
#include "diagnostic/service.h"

namespace vigie {
namespace json = boost::json;

namespace {

template <typename T>
json::value or_null(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object series_json(const SsmsiSeries& s) {
  json::array points;
  for (const SsmsiPoint& p : s.points) {
    points.push_back({{"year", p.year},
                      {"count", or_null(p.count)},
                      {"rate", or_null(p.rate)},
                      {"published", p.published},
                      {"partial", p.partial},
                      {"zones", p.zones},
                      {"zones_published", p.zones_published}});
  }
  return {{"code", s.code}, {"name", s.name}, {"points", std::move(points)}};
}

json::value similar_json(const std::optional<SimilarCommunes>& s) {
  if (!s) return nullptr;
  return json::object{
      {"year", s->year},          {"band_min", s->band_min},      {"band_max", s->band_max},
      {"area", s->area},          {"area_name", s->area_name},    {"communes", s->communes},
      {"q1", or_null(s->q1)},     {"median", or_null(s->median)}, {"q3", or_null(s->q3)},
      {"rate", or_null(s->rate)}, {"above", or_null(s->above)}};
}

}  // namespace

json::object diagnostic_json(const Diagnostic& d) {
  json::array communes;
  for (const auto& c : d.communes)
    communes.push_back(json::value(c));
  json::array years;
  for (int y : d.years)
    years.push_back(y);
  json::array indicators;
  for (const auto& i : d.indicators) {
    indicators.push_back({{"id", i.id},
                          {"label", i.label},
                          {"unit", i.unit},
                          {"per", i.per_dwellings ? "logements" : "habitants"},
                          {"territory", series_json(i.territory)},
                          {"departement", series_json(i.departement)},
                          {"region", series_json(i.region)},
                          {"france", series_json(i.france)},
                          {"similar", similar_json(i.similar)}});
  }
  auto edition = [](const std::optional<SsmsiEdition>& e) {
    return e ? json::value(edition_json(*e)) : json::value(nullptr);
  };
  return {{"territory",
           {{"id", d.territory_id},
            {"name", d.territory_name},
            {"kind", d.kind},
            {"communes", std::move(communes)}}},
          {"years", std::move(years)},
          {"source", source_line(d)},
          {"editions",
           {{"communal", edition(d.communal_edition)},
            {"departemental", edition(d.departemental_edition)}}},
          {"indicators", std::move(indicators)}};
}

}  // namespace vigie
