// The diagnostic as CSV and XLSX; see export.h.
#include "diagnostic/export.h"

#include "core/text.h"
#include "diagnostic/service.h"

namespace vigie {
namespace {

using sheet::Cell;
using sheet::Format;

std::string band_words(const SimilarCommunes& s) {
  if (s.band_max == 0) return format_thousands(s.band_min) + " habitants et plus";
  if (s.band_min == 0) return "moins de " + format_thousands(s.band_max) + " habitants";
  return format_thousands(s.band_min) + " à " + format_thousands(s.band_max - 1) + " habitants";
}

std::string diffusion(const SsmsiPoint& p) {
  if (p.partial) {
    return "partiel : " + std::to_string(p.zones_published) + " communes sur " +
           std::to_string(p.zones);
  }
  return p.published ? "diffusé" : "non diffusé";
}

std::optional<double> as_double(const std::optional<std::int64_t>& n) {
  return n ? std::optional<double>(static_cast<double>(*n)) : std::nullopt;
}

}  // namespace

sheet::Sheet diagnostic_sheet(const Diagnostic& d, bool source_column) {
  sheet::Sheet s{"Diagnostic",
                 "Diagnostic : " + d.territory_name,
                 source_line(d),
                 {"Indicateur", "Unité de compte", "Taux rapporté à 1 000", "Zone", "Code", "Année",
                  "Nombre", "Taux pour mille", "Diffusion", "Source"},
                 {},
                 {44, 16, 16, 30, 12, 12, 12, 12, 26, 30}};
  for (const auto& i : d.indicators) {
    std::string base = i.per_dwellings ? "logements" : "habitants";
    for (const SsmsiSeries* z : {&i.territory, &i.departement, &i.region, &i.france}) {
      for (const SsmsiPoint& p : z->points) {
        s.rows.push_back({i.label, i.unit, base, z->name, z->code, Cell::of(p.year),
                          Cell::of(as_double(p.count), Format::count),
                          Cell::of(p.rate, Format::rate), diffusion(p), s.note});
      }
    }
    if (i.similar && i.similar->median) {  // the screen's comparison, as one line
      const SimilarCommunes& c = *i.similar;
      s.rows.push_back({i.label, i.unit, base,
                        "Communes comparables (médiane) : " + band_words(c) + ", " + c.area_name,
                        "", Cell::of(c.year), Cell(), Cell::of(c.median, Format::rate),
                        std::to_string(c.communes) + " communes", s.note});
    }
  }
  if (!source_column) {
    s.header.pop_back();
    for (auto& row : s.rows)
      row.pop_back();
  }
  return s;
}

}  // namespace vigie
