// The diagnostic as CSV and XLSX; see export.h.
#include "diagnostic/export.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sodium.h>
#include <xlsxwriter.h>

#include "core/csv.h"
#include "core/text.h"
#include "diagnostic/service.h"

namespace vigie {
namespace {

const char* const kHeader[] = {
    "Indicateur", "Unité de compte", "Taux rapporté à 1 000", "Zone",      "Code",
    "Année",      "Nombre",          "Taux pour mille",       "Diffusion", "Source"};
constexpr int kCount = 6, kRate = 7;

std::string decimal(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", v);
  return text;
}

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

}  // namespace

std::vector<std::vector<std::string>> diagnostic_rows(const Diagnostic& d) {
  std::vector<std::vector<std::string>> rows;
  rows.emplace_back(std::begin(kHeader), std::end(kHeader));
  std::string source = source_line(d);
  for (const auto& i : d.indicators) {
    for (const SsmsiSeries* s : {&i.territory, &i.departement, &i.region, &i.france}) {
      for (const SsmsiPoint& p : s->points) {
        rows.push_back({i.label, i.unit, i.per_dwellings ? "logements" : "habitants", s->name,
                        s->code, std::to_string(p.year), p.count ? std::to_string(*p.count) : "",
                        p.rate ? decimal(*p.rate) : "", diffusion(p), source});
      }
    }
    if (i.similar && i.similar->median) {  // the screen's comparison, as one line
      const SimilarCommunes& s = *i.similar;
      rows.push_back({i.label, i.unit, i.per_dwellings ? "logements" : "habitants",
                      "Communes comparables (médiane) : " + band_words(s) + ", " + s.area_name, "",
                      std::to_string(s.year), "", decimal(*s.median),
                      std::to_string(s.communes) + " communes", source});
    }
  }
  return rows;
}

std::string diagnostic_csv(const Diagnostic& d) {
  std::string out = "\xEF\xBB\xBF";
  for (auto row : diagnostic_rows(d)) {
    for (char& c : row[kRate])
      c = c == '.' ? ',' : c;
    out += csv::format_row(row, ';') + "\r\n";
  }
  return out;
}

Result<std::string> diagnostic_xlsx(const Diagnostic& d) {
  unsigned char random[8];
  randombytes_buf(random, sizeof random);
  char hex[sizeof random * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, random, sizeof random);
  auto path =
      std::filesystem::temp_directory_path() / ("vigie-diagnostic-" + std::string(hex) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  if (wb == nullptr) return Error::internal("Classeur XLSX impossible à créer.");
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Diagnostic");
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  format_set_text_wrap(bold);
  lxw_format* rate = workbook_add_format(wb);
  format_set_num_format(rate, "0.000");
  lxw_format* count = workbook_add_format(wb);
  format_set_num_format(count, "# ##0");
  worksheet_write_string(ws, 0, 0, ("Diagnostic : " + d.territory_name).c_str(), title);
  worksheet_write_string(ws, 1, 0, source_line(d).c_str(), nullptr);
  auto rows = diagnostic_rows(d);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    auto row = static_cast<lxw_row_t>(r + 3);
    for (std::size_t c = 0; c + 1 < rows[r].size(); ++c) {  // the source is above the table
      const std::string& cell = rows[r][c];
      auto col = static_cast<lxw_col_t>(c);
      if (r == 0) {
        worksheet_write_string(ws, row, col, cell.c_str(), bold);
      } else if ((c == kCount || c == kRate || c == 5) && !cell.empty()) {
        worksheet_write_number(ws, row, col, std::stod(cell),
                               c == kCount  ? count
                               : c == kRate ? rate
                                            : nullptr);
      } else if (!cell.empty()) {
        worksheet_write_string(ws, row, col, cell.c_str(), nullptr);
      }
    }
  }
  worksheet_set_column(ws, 0, 0, 44, nullptr);
  worksheet_set_column(ws, 1, 2, 16, nullptr);
  worksheet_set_column(ws, 3, 3, 30, nullptr);
  worksheet_set_column(ws, 4, 7, 12, nullptr);
  worksheet_set_column(ws, 8, 8, 26, nullptr);
  worksheet_freeze_panes(ws, 4, 1);
  lxw_error closed = workbook_close(wb);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::error_code ec;
  std::filesystem::remove(path, ec);
  if (closed != LXW_NO_ERROR) {
    return Error::internal(std::string("Classeur XLSX : ") + lxw_strerror(closed));
  }
  return bytes.str();
}

}  // namespace vigie
