#include "cli/analyse_output.h"

#include <array>
#include <cstdio>
#include <iomanip>

#include <boost/json.hpp>

#include "core/csv.h"
#include "core/json_text.h"

namespace vigie::cli {
namespace {

namespace json = boost::json;
using analysis::KnoxCell;
using analysis::NearRepeatResult;

std::string fixed(double v, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  std::string text = buffer;
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

// Doubles written so that reading them back gives the same number.
std::string exact(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", v);
  return buffer;
}

json::value optional_number(const std::optional<double>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

// Left-aligned in `width` characters, counting UTF-8 code points rather than bytes.
std::string pad(const std::string& text, std::size_t width) {
  std::size_t chars = 0;
  for (unsigned char c : text)
    chars += (c & 0xC0U) != 0x80U ? 1 : 0;
  return text + std::string(width > chars ? width - chars : 1, ' ');
}

template <typename Cell>
void text_table(std::ostream& out, const NearRepeatResult& r, const std::string& title, Cell cell) {
  out << "\n" << title << "\n" << pad("", 24);
  for (const auto& t : r.temporal)
    out << pad(t.label, 14);
  out << "\n";
  for (std::size_t i = 0; i < r.spatial.size(); ++i) {
    out << pad(r.spatial[i].label, 24);
    for (std::size_t j = 0; j < r.temporal.size(); ++j)
      out << pad(cell(r.cell(i, j)), 14);
    out << "\n";
  }
}

json::object near_repeat_json(const NearRepeatResult& r, std::uint64_t seed) {
  json::object o;
  o["events"] = r.events;
  o["simulations"] = r.simulations;
  o["seed"] = seed;
  o["threads"] = r.threads;
  o["pairs_total"] = r.pairs_total;
  o["pairs_near"] = r.pairs_near;
  auto bands = [](const std::vector<analysis::Band>& list) {
    json::array a;
    for (const auto& b : list) {
      json::object band{{"label", b.label}, {"lower", b.lower}};
      band["upper"] = std::isinf(b.upper) ? json::value(nullptr) : json::value(b.upper);
      a.push_back(band);
    }
    return a;
  };
  o["spatial_bands"] = bands(r.spatial);
  o["temporal_bands"] = bands(r.temporal);
  json::array cells;
  for (std::size_t i = 0; i < r.spatial.size(); ++i) {
    for (std::size_t j = 0; j < r.temporal.size(); ++j) {
      const KnoxCell& c = r.cell(i, j);
      json::object cell{{"spatial", i},   {"temporal", j},      {"observed", c.observed},
                        {"mean", c.mean}, {"median", c.median}, {"p", c.p}};
      cell["ratio_mean"] = optional_number(c.ratio_mean);
      cell["ratio_median"] = optional_number(c.ratio_median);
      cells.push_back(cell);
    }
  }
  o["cells"] = cells;
  return o;
}

}  // namespace

void write_near_repeat(std::ostream& out, const NearRepeatResult& r, std::uint64_t seed,
                       OutputFormat format) {
  if (format == OutputFormat::json) {
    out << json_text(near_repeat_json(r, seed)) << "\n";
    return;
  }
  if (format == OutputFormat::csv) {
    out << "spatial,temporal,observed,mean,median,ratio_mean,ratio_median,p\n";
    for (std::size_t i = 0; i < r.spatial.size(); ++i) {
      for (std::size_t j = 0; j < r.temporal.size(); ++j) {
        const KnoxCell& c = r.cell(i, j);
        out << csv::format_row({r.spatial[i].label, r.temporal[j].label, std::to_string(c.observed),
                                exact(c.mean), exact(c.median),
                                c.ratio_mean ? exact(*c.ratio_mean) : "",
                                c.ratio_median ? exact(*c.ratio_median) : "", exact(c.p)})
            << "\n";
      }
    }
    return;
  }
  out << "Répétitions proches (test de Knox) : " << r.events << " événements, " << r.simulations
      << " simulations (graine " << seed << ", " << r.threads << " fils)\n"
      << "Paires : " << r.pairs_total << " en tout, " << r.pairs_near
      << " dans les bandes spatiales (les seules examinées une à une)\n";
  text_table(out, r, "Paires observées",
             [](const KnoxCell& c) { return std::to_string(c.observed); });
  text_table(out, r, "Rapport de Knox (observé / moyenne des simulations)", [](const KnoxCell& c) {
    return c.ratio_mean ? fixed(*c.ratio_mean, 2) : std::string("–");
  });
  text_table(out, r, "Valeur p (* : p ≤ 0,05)",
             [](const KnoxCell& c) { return fixed(c.p, 3) + (c.p <= 0.05 ? " *" : ""); });
}

void write_density(std::ostream& out, const analysis::DensityGrid& g, OutputFormat format) {
  if (format == OutputFormat::json) {
    json::object o{{"xmin", g.window.xmin}, {"ymin", g.window.ymin},      {"xmax", g.window.xmax},
                   {"ymax", g.window.ymax}, {"columns", g.columns},       {"rows", g.rows},
                   {"sigma", g.sigma},      {"unit", "événements par m²"}};
    json::array values;
    values.reserve(g.values.size());
    for (double v : g.values)
      values.push_back(v);
    o["values"] = values;
    out << json_text(o) << "\n";
    return;
  }
  out << "x,y,density\n";
  for (int r = 0; r < g.rows; ++r) {
    for (int c = 0; c < g.columns; ++c) {
      out << exact(g.x_of(c)) << ',' << exact(g.y_of(r)) << ',' << exact(g.at(r, c)) << "\n";
    }
  }
}

void write_gistar(std::ostream& out, const std::vector<analysis::Area>& areas,
                  const std::vector<analysis::GiStarValue>& values, OutputFormat format) {
  if (format == OutputFormat::json) {
    json::array a;
    for (std::size_t i = 0; i < areas.size(); ++i) {
      const auto& v = values[i];
      auto defined = [&](auto x) { return v.defined ? json::value(x) : json::value(nullptr); };
      a.push_back(json::object{{"id", areas[i].id},
                               {"x", areas[i].x},
                               {"y", areas[i].y},
                               {"value", areas[i].value},
                               {"neighbours", v.neighbours},
                               {"defined", v.defined},
                               {"z", defined(v.z)},
                               {"p", defined(v.p)},
                               {"p_fdr", defined(v.p_fdr)},
                               {"confidence", defined(v.confidence)}});
    }
    out << json_text(a) << "\n";
    return;
  }
  out << "id,x,y,value,neighbours,z,p,p_fdr,confidence\n";
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const auto& v = values[i];
    // An undefined Gi* (field case 14) leaves its cells empty: no z, no p, no class.
    auto cell = [&](const std::string& text) { return v.defined ? text : std::string(); };
    out << csv::format_row({areas[i].id, exact(areas[i].x), exact(areas[i].y),
                            exact(areas[i].value), std::to_string(v.neighbours), cell(exact(v.z)),
                            cell(exact(v.p)), cell(exact(v.p_fdr)),
                            cell(std::to_string(v.confidence))})
        << "\n";
  }
}

void write_temporal(std::ostream& out, const analysis::HourWeekday& hours,
                    const std::vector<analysis::MonthCount>& months,
                    const analysis::MannKendall* trend, OutputFormat format) {
  if (format == OutputFormat::json) {
    json::array grid;
    for (const auto& day : hours.counts)
      grid.push_back(json::value_from(day));
    json::array series;
    for (const auto& m : months)
      series.push_back(json::object{{"month", m.month}, {"count", m.count}});
    json::object o{
        {"hour_weekday", grid}, {"without_time", hours.without_time}, {"months", series}};
    o["trend"] = trend ? json::value(json::object{{"s", trend->s},
                                                  {"z", trend->z},
                                                  {"p", trend->p},
                                                  {"tau", trend->tau},
                                                  {"sen_slope", trend->sen_slope},
                                                  {"trend", trend->trend},
                                                  {"constant", trend->constant}})
                       : json::value(nullptr);
    out << json_text(o) << "\n";
    return;
  }
  static const std::array<const char*, 7> kDays{"lun.", "mar.", "mer.", "jeu.",
                                                "ven.", "sam.", "dim."};
  out << "Événements par jour et heure (heure de début)\n      ";
  for (int h = 0; h < 24; ++h)
    out << std::setw(5) << std::right << (std::to_string(h) + "h");
  out << "\n";
  for (std::size_t d = 0; d < 7; ++d) {
    out << pad(kDays[d], 6);
    for (std::int64_t v : hours.counts[d])
      out << std::setw(5) << std::right << v;
    out << "\n";
  }
  out << "Sans heure connue : " << hours.without_time << "\n\nÉvénements par mois\n";
  for (const auto& m : months)
    out << m.month << "  " << m.count << "\n";
  if (trend == nullptr) {
    out << "\nTendance : moins de 4 mois, pas de test.\n";
    return;
  }
  if (trend->constant) {
    out << "\nTendance : pas de tendance (série constante : S = 0, pente de Sen = 0).\n";
    return;
  }
  out << "\nTendance (Mann-Kendall) : " << trend->trend << " — S = " << trend->s
      << ", z = " << fixed(trend->z, 3) << ", p = " << fixed(trend->p, 4)
      << ", tau = " << fixed(trend->tau, 3) << ", pente de Sen = " << fixed(trend->sen_slope, 2)
      << " événements par mois\n";
}

}  // namespace vigie::cli
