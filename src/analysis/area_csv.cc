#include "analysis/area_csv.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "analysis/csv_fields.h"

namespace vigie::analysis {
namespace {

using csv::line_error;

// Column positions of id, x, y, value from a header line.
Result<std::array<std::size_t, 4>> header_columns(const std::vector<std::string>& header) {
  const std::array<std::vector<std::string_view>, 4> names{
      {{"id", "code", "nom", "zone"}, {"x"}, {"y"}, {"value", "valeur", "nombre", "count"}}};
  const std::array<const char*, 4> labels{"id", "x", "y", "valeur"};
  std::array<std::size_t, 4> columns{};
  for (std::size_t k = 0; k < 4; ++k) {
    auto it = std::find_if(header.begin(), header.end(), [&](const std::string& h) {
      const std::string name = csv::lower(csv::trim(h));
      return std::find(names[k].begin(), names[k].end(), name) != names[k].end();
    });
    if (it == header.end()) {
      return Error::invalid(
          std::string("colonne « ") + labels[k] + " » introuvable dans l'en-tête.", labels[k]);
    }
    columns[k] = static_cast<std::size_t>(it - header.begin());
  }
  return columns;
}

Result<Area> area_of(const std::vector<std::string>& fields, const std::array<std::size_t, 4>& col,
                     char sep, std::size_t line) {
  const std::array<const char*, 3> names{"x", "y", "valeur"};
  std::array<double, 3> numbers{};
  for (std::size_t k = 0; k < 3; ++k) {
    const std::size_t c = col[k + 1];
    auto v = c < fields.size() ? csv::parse_number(fields[c], sep) : std::nullopt;
    if (!v || !std::isfinite(*v) || std::fabs(*v) > 1e12) {
      return line_error(line, std::string(names[k]) + " illisible.", names[k]);
    }
    numbers[k] = *v;
  }
  if (col[0] >= fields.size() || csv::trim(fields[col[0]]).empty()) {
    return line_error(line, "identifiant de zone manquant.", "id");
  }
  return Area{std::string(csv::trim(fields[col[0]])), numbers[0], numbers[1], numbers[2]};
}

}  // namespace

Result<std::vector<Area>> parse_areas_csv(std::string_view text) {
  std::vector<Area> areas;
  std::optional<std::array<std::size_t, 4>> columns;
  csv::Reader reader(text);
  while (auto fields = TRY(reader.next())) {
    const char sep = reader.separator();
    if (!columns) {
      const bool header = fields->size() < 2 || !csv::parse_number((*fields)[1], sep);
      columns = header ? TRY(header_columns(*fields)) : std::array<std::size_t, 4>{0, 1, 2, 3};
      if (header) continue;
    }
    areas.push_back(TRY(area_of(*fields, *columns, sep, reader.line())));
  }
  if (areas.empty()) return Error::invalid("le fichier ne contient aucune zone.", "csv");
  return areas;
}

}  // namespace vigie::analysis
