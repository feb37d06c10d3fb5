// Analysis results as CSV and GeoJSON files; see analysis_export.h.
#include "observatory/analysis_export.h"

#include <algorithm>
#include <cstdio>

#include "core/csv.h"
#include "core/json_text.h"

namespace vigie::analysis_export {
namespace json = boost::json;

namespace {

// A number as a French spreadsheet reads it: decimal comma; an empty cell for null.
std::string cell(const json::value& v) {
  if (v.is_null()) return "";
  if (v.is_int64()) return std::to_string(v.as_int64());
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_bool()) return v.as_bool() ? "oui" : "non";
  char text[40];
  std::snprintf(text, sizeof text, "%.10g", v.to_number<double>());
  std::string out(text);
  for (char& c : out)
    c = c == '.' ? ',' : c;
  return out;
}

// A Gi* class in words: -3…3 → « point froid (99 %) » … « point chaud (99 %) ».
std::string significance(const json::value& confidence) {
  if (!confidence.is_int64() || confidence.as_int64() == 0) return "non significatif";
  std::int64_t c = confidence.as_int64();
  static constexpr const char* kLevels[] = {"90 %", "95 %", "99 %"};
  std::size_t level = static_cast<std::size_t>(std::min<std::int64_t>(3, c < 0 ? -c : c)) - 1;
  return std::string(c > 0 ? "point chaud (" : "point froid (") + kLevels[level] + ")";
}

// A count masked for a partner (secret statistique: 1 to 4) is said, not left blank.
std::string count_cell(const json::value& v) { return v.is_null() ? "moins de 5" : cell(v); }

struct Sheet {
  std::string text = "\xEF\xBB\xBF";  // Excel reads UTF-8 when it sees the mark
  void row(const std::vector<std::string>& fields) {
    text += csv::format_row(fields, ';') + "\r\n";
  }
};

}  // namespace

Result<std::string> csv(const json::object& r) {
  Sheet s;
  const json::value& kind = r.at("kind");
  if (kind == "densite") {
    const auto& image = r.at("image").as_object();
    double west = image.at("west").to_number<double>(),
           north = image.at("north").to_number<double>();
    double dx =
        (image.at("east").to_number<double>() - west) / image.at("columns").to_number<double>();
    double dy =
        (north - image.at("south").to_number<double>()) / image.at("rows").to_number<double>();
    auto columns = image.at("columns").to_number<std::int64_t>();
    s.row({"longitude", "latitude", "densité (signalements par km²)"});
    const auto& values = image.at("values").as_array();
    for (std::size_t k = 0; k < values.size(); ++k) {
      if (values[k].is_null()) continue;
      std::int64_t row = static_cast<std::int64_t>(k) / columns;
      std::int64_t column = static_cast<std::int64_t>(k) % columns;
      auto i = static_cast<double>(row);
      auto j = static_cast<double>(column);
      s.row({cell(west + (j + 0.5) * dx), cell(north - (i + 0.5) * dy), cell(values[k])});
    }
  } else if (kind == "points_chauds") {
    bool counts = r.contains("counts_shown") && r.at("counts_shown").as_bool();
    s.row({"maille", "longitude (centre)", "latitude (centre)", "z", "p (FDR)", "classe",
           "signification", "signalements"});
    for (const auto& f : r.at("geojson").at("features").as_array()) {
      const auto& ring = f.at("geometry").at("coordinates").at(0).as_array();
      double lon = (ring[0].at(0).to_number<double>() + ring[2].at(0).to_number<double>()) / 2;
      double lat = (ring[0].at(1).to_number<double>() + ring[2].at(1).to_number<double>()) / 2;
      const auto& p = f.at("properties").as_object();
      s.row({cell(p.at("id")), cell(lon), cell(lat), cell(p.at("z")), cell(p.at("p")),
             cell(p.at("confidence")), significance(p.at("confidence")),
             counts && p.contains("count") ? cell(p.at("count")) : "non montré"});
    }
  } else if (kind == "quasi_repetition") {
    s.row({"distance", "délai", "paires observées", "rapport à l'attendu", "p", "risque accru"});
    for (const auto& row : r.at("knox").as_array()) {
      for (const auto& c : row.at("cells").as_array()) {
        s.row({cell(row.at("distance")), cell(c.at("days")), cell(c.at("observed")),
               cell(c.at("ratio")), cell(c.at("p")), cell(c.at("elevated"))});
      }
    }
  } else {
    s.row({"mois", "signalements"});
    for (const auto& m : r.at("months").as_array())
      s.row({cell(m.at("month")), count_cell(m.at("count"))});
    // The hour × weekday table shown on screen, below the months.
    static constexpr const char* kDays[] = {"lundi",    "mardi",  "mercredi", "jeudi",
                                            "vendredi", "samedi", "dimanche"};
    s.row({});
    s.row({"jour", "heure", "signalements"});
    const auto& week = r.at("hour_weekday").as_array();
    for (std::size_t d = 0; d < week.size() && d < 7; ++d) {
      const auto& hours = week[d].as_array();
      for (std::size_t h = 0; h < hours.size(); ++h)
        s.row({kDays[d], std::to_string(h) + " h", count_cell(hours[h])});
    }
    s.row({"sans heure", "", count_cell(r.at("without_time"))});
  }
  return s.text;
}

Result<std::string> geojson(const json::object& r) {
  if (r.at("kind") == "points_chauds") return json_text(r.at("geojson"));
  if (r.at("kind") == "quasi_repetition") return json_text(r.at("zones"));
  return Error::invalid("Cette analyse s'exporte en CSV (et la carte en PNG).", "format");
}

}  // namespace vigie::analysis_export
