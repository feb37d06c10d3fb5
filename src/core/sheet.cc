// Tables as CSV and XLSX; see sheet.h.
#include "core/sheet.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <xlsxwriter.h>

#include "core/csv.h"
#include "core/random.h"

namespace vigie::sheet {
namespace {

std::string printed(const char* format, double v, char decimal) {
  char text[48];
  std::snprintf(text, sizeof text, format, v);
  std::string s = text;
  for (char& c : s)
    c = c == '.' ? decimal : c;
  return s;
}

// A temporary file's path no other request shares.
std::filesystem::path temporary_xlsx() {
  return std::filesystem::temp_directory_path() / ("vigie-" + random_hex(8) + ".xlsx");
}

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* count;
  lxw_format* rate;
  lxw_format* euros;
  lxw_format* wrap;
};

Formats add_formats(lxw_workbook* wb) {
  Formats f{};
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_bg_color(f.header, 0xE8EEF7);
  f.count = workbook_add_format(wb);
  format_set_num_format(f.count, "# ##0");
  f.rate = workbook_add_format(wb);
  format_set_num_format(f.rate, "0.000");
  f.euros = workbook_add_format(wb);
  format_set_num_format(f.euros, "# ##0.00 €");
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

void write_cell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Cell& c, const Formats& f) {
  if (c.number) {
    switch (c.format) {
    case Format::plain: worksheet_write_number(ws, row, col, *c.number, nullptr); break;
    case Format::count: worksheet_write_number(ws, row, col, *c.number, f.count); break;
    case Format::rate: worksheet_write_number(ws, row, col, *c.number, f.rate); break;
    case Format::euros: worksheet_write_number(ws, row, col, *c.number / 100.0, f.euros); break;
    }
  } else if (!c.text.empty()) {
    bool long_text = c.text.size() > 40 || c.text.find('\n') != std::string::npos;
    worksheet_write_string(ws, row, col, c.text.c_str(), long_text ? f.wrap : nullptr);
  }
}

void write_sheet(lxw_workbook* wb, const Sheet& s, const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.substr(0, 31).c_str());
  worksheet_write_string(ws, 0, 0, s.title.c_str(), f.title);
  if (!s.note.empty()) worksheet_write_string(ws, 1, 0, s.note.c_str(), nullptr);
  constexpr lxw_row_t kHeaderRow = 3;
  for (std::size_t c = 0; c < s.header.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    worksheet_write_string(ws, kHeaderRow, col, s.header[c].c_str(), f.header);
    double width = c < s.widths.size() ? s.widths[c] : 14;
    worksheet_set_column(ws, col, col, width, nullptr);
  }
  for (std::size_t r = 0; r < s.rows.size(); ++r) {
    for (std::size_t c = 0; c < s.rows[r].size(); ++c) {
      write_cell(ws, static_cast<lxw_row_t>(kHeaderRow + 1 + r), static_cast<lxw_col_t>(c),
                 s.rows[r][c], f);
    }
  }
  worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
  if (!s.header.empty()) {
    worksheet_autofilter(ws, kHeaderRow, 0, static_cast<lxw_row_t>(kHeaderRow + s.rows.size()),
                         static_cast<lxw_col_t>(s.header.size() - 1));
  }
}

}  // namespace

std::string csv_text(const Cell& c, char decimal) {
  if (!c.number) return c.text;
  switch (c.format) {
  case Format::count: return printed("%.0f", *c.number, decimal);
  case Format::rate: return printed("%.3f", *c.number, decimal);
  case Format::euros: return printed("%.2f", *c.number / 100.0, decimal);
  case Format::plain: break;
  }
  double v = *c.number;
  return std::floor(v) == v && std::abs(v) < 1e15 ? printed("%.0f", v, decimal)
                                                  : printed("%.10g", v, decimal);
}

namespace {

std::string csv_rows(const Sheet& s, char separator, char decimal) {
  std::string out = csv::format_row(s.header, separator) + "\r\n";
  for (const auto& row : s.rows) {
    std::vector<std::string> cells;
    cells.reserve(row.size());
    for (const Cell& c : row)
      cells.push_back(csv_text(c, decimal));
    out += csv::format_row(cells, separator) + "\r\n";
  }
  return out;
}

}  // namespace

std::string to_csv(const Sheet& s) { return "\xEF\xBB\xBF" + csv_rows(s, ';', ','); }

std::string to_open_csv(const Sheet& s) { return csv_rows(s, ',', '.'); }

Result<std::string> to_xlsx(const std::vector<Sheet>& sheets) {
  std::filesystem::path path = temporary_xlsx();
  lxw_workbook* wb = workbook_new(path.c_str());
  if (wb == nullptr) return Error::internal("Classeur XLSX impossible à créer.");
  Formats formats = add_formats(wb);
  for (const Sheet& s : sheets)
    write_sheet(wb, s, formats);
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

}  // namespace vigie::sheet
