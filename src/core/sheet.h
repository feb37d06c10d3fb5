#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

/// A table Vigie hands to spreadsheets, written once as CSV and as XLSX so both say the same.
namespace vigie::sheet {

/// How a number shows: `plain` as typed (a year, a measurement), `count` with a thousands
/// separator, `rate` with three decimals, `euros` from cents with two decimals and "€".
enum class Format { plain, count, rate, euros };

/// One cell: text, or a number (a cell with neither is empty). `euros` numbers are in cents.
struct Cell {
  std::string text;
  std::optional<double> number;
  Format format = Format::plain;

  Cell() = default;
  Cell(std::string t) : text(std::move(t)) {}  // NOLINT(google-explicit-constructor): tables
  Cell(const char* t) : text(t) {}             // NOLINT(google-explicit-constructor)
  static Cell of(std::optional<double> n, Format f = Format::plain) {
    Cell c;
    c.number = n;
    c.format = f;
    return c;
  }
};

/// A sheet: its tab name (31 characters at most), a title and a note (source, period) above the
/// table in XLSX, the header, the rows, and column widths in characters (missing ones: 14).
struct Sheet {
  std::string name;
  std::string title;
  std::string note;
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<double> widths;
};

/// A cell as CSV text: `decimal` comma for French spreadsheets, point for open data; no
/// thousands separator, euros from cents ("1234,50").
std::string csv_text(const Cell& c, char decimal = ',');

/// The header and rows as CSV for French spreadsheets: UTF-8 with a byte-order mark, `;`,
/// CRLF, RFC 4180 quoting (csv::format_row). The title and note are not repeated in it.
std::string to_csv(const Sheet& s);

/// The header and rows as open data CSV (the schema.data.gouv.fr conventions): UTF-8 without
/// byte-order mark, `,`, decimal point, CRLF, RFC 4180 quoting.
std::string to_open_csv(const Sheet& s);

/// An XLSX workbook (libxlsxwriter), one tab per sheet: title in bold, note, the header from
/// the fourth row, frozen with the first column, numbers as numbers in their format.
/// Errors: 500 when the temporary file cannot be written.
Result<std::string> to_xlsx(const std::vector<Sheet>& sheets);

}  // namespace vigie::sheet
