// The observatoire's time analyses: near-repeat alert zones and the temporal profile; see
// analyses.h.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analysis/temporal.h"
#include "geo/projection.h"
#include "observatory/analyses.h"

namespace vigie::observatory_analyses {
namespace json = boost::json;

namespace {

constexpr std::size_t kMaxNearPairs = 20'000'000;

bool elevated(const analysis::KnoxCell& c) {
  return c.p <= 0.05 && c.ratio_mean && *c.ratio_mean > 1;
}

std::string french_date(std::int64_t day) {
  auto d = analysis::civil_from_days(day);
  char text[16];
  std::snprintf(text, sizeof text, "%02u/%02u/%04d", d.day, d.month, d.year);
  return text;
}

std::string iso_date(std::int64_t day) {
  auto d = analysis::civil_from_days(day);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", d.year, d.month, d.day);
  return text;
}

json::array knox_json(const analysis::NearRepeatResult& r) {
  json::array rows;
  for (std::size_t i = 0; i < r.spatial.size(); ++i) {
    json::array cells;
    for (std::size_t j = 0; j < r.temporal.size(); ++j) {
      const auto& c = r.cell(i, j);
      cells.push_back({{"days", r.temporal[j].label},
                       {"observed", c.observed},
                       {"ratio", c.ratio_mean ? json::value(*c.ratio_mean) : json::value(nullptr)},
                       {"p", c.p},
                       {"elevated", elevated(c)}});
    }
    rows.push_back({{"distance", r.spatial[i].label}, {"cells", std::move(cells)}});
  }
  return rows;
}

}  // namespace

Result<json::object> alert_zones(const analysis::Events& events,
                                 const std::vector<std::int64_t>& sources,
                                 const NearRepeatParameters& p, std::int64_t today,
                                 const analysis::RunControl& control) {
  if (!(p.band_metres >= 10 && p.band_metres <= 2000) || p.spatial_bands < 1 ||
      p.spatial_bands > 20) {
    return Error::invalid("Bandes de distance : 10 à 2 000 m, 1 à 20 bandes.", "band_metres");
  }
  if (p.band_days < 1 || p.band_days > 90 || p.temporal_bands < 1 || p.temporal_bands > 20) {
    return Error::invalid("Bandes de temps : 1 à 90 jours, 1 à 20 bandes.", "band_days");
  }
  if (p.simulations < 19 || p.simulations > 9999) {
    return Error::invalid("Simulations : de 19 à 9 999.", "simulations");
  }
  if (p.recent_days < 1 || p.recent_days > 365) {
    return Error::invalid("Faits récents : de 1 à 365 jours.", "recent_days");
  }
  analysis::NearRepeatOptions o;
  o.metric = analysis::Metric::euclidean;  // the zones are discs
  o.spatial_bandwidth = p.band_metres;
  o.spatial_bands = p.spatial_bands;
  o.temporal_bandwidth = p.band_days;
  o.temporal_bands = p.temporal_bands;
  o.simulations = p.simulations;
  // About 200 MB at most, and a few tens of seconds of simulations on two cores: a territory's
  // whole history in one category fits; 300 000 facts of a small commune do not (they would
  // take the server's memory), so the job fails with a message asking for a narrower filter.
  o.max_near_pairs = kMaxNearPairs;
  analysis::Events history;
  std::vector<std::int64_t> history_sources;
  for (std::size_t k = 0; k < events.size(); ++k) {
    if (events[k].day > today) continue;
    history.push_back(events[k]);
    history_sources.push_back(k < sources.size() ? sources[k] : 0);
  }
  auto knox = TRY(analysis::near_repeat(history, o, control));
  // The run of elevated cells from the nearest band and the first days.
  int rows = 0, columns = 0;
  while (rows < p.spatial_bands && elevated(knox.cell(static_cast<std::size_t>(rows), 0)))
    ++rows;
  while (rows > 0 && columns < p.temporal_bands &&
         elevated(knox.cell(0, static_cast<std::size_t>(columns))))
    ++columns;
  json::object out{{"kind", "quasi_repetition"},
                   {"events", history.size()},
                   {"simulations", knox.simulations},
                   {"knox", knox_json(knox)},
                   {"today", iso_date(today)}};
  json::array zones;
  if (rows > 0 && columns > 0) {
    double radius = p.band_metres * rows;
    int days = p.band_days * columns;
    out["radius"] = radius;
    out["days"] = days;
    const geo::Lambert93* l93 = TRY(geo::Lambert93::for_this_thread());
    for (std::size_t k = 0; k < history.size(); ++k) {
      const analysis::Event& e = history[k];
      // Every fact of the recent window gets its zone; those whose risk window has ended are
      // kept, marked, so that the coordination can look back at the last weeks.
      if (e.day <= today - p.recent_days) continue;
      bool active = e.day + days >= today;
      auto at = TRY(l93->to_wgs84({e.x, e.y}));
      std::string label = (active ? "Risque accru jusqu'au " + french_date(e.day + days)
                                  : "Risque accru du " + french_date(e.day) + " au " +
                                        french_date(e.day + days) + " (échu)") +
                          ", dans un rayon de " + std::to_string(static_cast<int>(radius)) + " m";
      zones.push_back(
          {{"type", "Feature"},
           {"geometry",
            {{"type", "Point"},
             {"coordinates",
              {std::round(at.longitude * 1e6) / 1e6, std::round(at.latitude * 1e6) / 1e6}}}},
           {"properties",
            {{"radius", radius},
             {"organisation_id", history_sources[k]},
             {"from", iso_date(e.day)},
             {"until", iso_date(e.day + days)},
             {"active", active},
             {"label", label}}}});
    }
  }
  out["elevated"] = rows > 0 && columns > 0;
  out["zones"] = {{"type", "FeatureCollection"}, {"features", std::move(zones)}};
  return out;
}

Result<json::object> temporal(const analysis::Events& events, bool show_counts,
                              std::int64_t today) {
  auto shown = [&](std::int64_t n) -> json::value {
    if (!show_counts && n > 0 && n < kSmallCount) return nullptr;
    return n;
  };
  analysis::HourWeekday grid = analysis::hour_weekday(events);
  json::array weekdays;
  for (const auto& hours : grid.counts) {
    json::array row;
    for (std::int64_t n : hours)
      row.push_back(shown(n));
    weekdays.push_back(std::move(row));
  }
  json::array months;
  std::vector<double> series;
  const std::string running = iso_date(today).substr(0, 7);
  for (const auto& m : analysis::monthly_series(events)) {
    json::object line{{"month", m.month}, {"count", shown(m.count)}};
    if (m.month == running) {
      line["partial"] = true;
    } else {
      series.push_back(static_cast<double>(m.count));
    }
    months.push_back(std::move(line));
  }
  json::object out{{"kind", "temporalite"},
                   {"events", events.size()},
                   {"hour_weekday", std::move(weekdays)},
                   {"without_time", shown(grid.without_time)},
                   {"months", std::move(months)},
                   {"counts_shown", show_counts}};
  if (series.size() >= 4) {
    auto mk = TRY(analysis::mann_kendall(series));
    out["trend"] = {{"trend", mk.trend},
                    {"z", mk.z},
                    {"p", mk.p},
                    {"tau", mk.tau},
                    {"sen_slope", mk.sen_slope}};
  }
  return out;
}

void zones_for_reader(json::object& result,
                      const std::optional<std::vector<std::int64_t>>& visible) {
  if (!visible || result["kind"] != "quasi_repetition") return;
  json::array kept;
  for (auto& f : result["zones"].as_object()["features"].as_array()) {
    const json::value& source = f.as_object()["properties"].as_object()["organisation_id"];
    if (source.is_int64() &&
        std::find(visible->begin(), visible->end(), source.as_int64()) != visible->end()) {
      kept.push_back(std::move(f));
    }
  }
  result["zones"].as_object()["features"] = std::move(kept);
  result["own_zones_only"] = true;  // said on screen: the coordination sees every zone
}

}  // namespace vigie::observatory_analyses

namespace vigie::observatory_analyses {

void mask_small_counts(json::object& result) {
  auto mask = [](json::value& v) {
    if (v.is_int64() && v.as_int64() > 0 && v.as_int64() < kSmallCount) v = nullptr;
  };
  if (result["kind"] == "points_chauds") {
    for (auto& f : result["geojson"].as_object()["features"].as_array())
      f.as_object()["properties"].as_object().erase("count");
  } else if (result["kind"] == "temporalite") {
    for (auto& row : result["hour_weekday"].as_array()) {
      for (auto& v : row.as_array())
        mask(v);
    }
    for (auto& m : result["months"].as_array())
      mask(m.as_object()["count"]);
    mask(result["without_time"]);
  }
  if (result.contains("counts_shown")) result["counts_shown"] = false;
}

}  // namespace vigie::observatory_analyses
