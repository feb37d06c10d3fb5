#pragma once

#include <string>

#include "core/result.h"
#include "diagnostic/view.h"

namespace vigie {

/// The diagnostic as one table: a row per indicator, zone (the territory, its département,
/// région, France) and year — indicator, unit, rate base, zone, code, year, count, rate per
/// 1,000, diffusion ("diffusé", "non diffusé", "partiel : 2 communes sur 3"), source — and per
/// indicator the similar communes' median rate. A masked cell is empty with "non diffusé",
/// never 0.
std::vector<std::vector<std::string>> diagnostic_rows(const Diagnostic& d);

/// CSV for French spreadsheets: UTF-8 with a byte-order mark, `;`, decimal comma, CRLF
/// (RFC 4180 quoting through csv::format_row).
std::string diagnostic_csv(const Diagnostic& d);

/// XLSX (libxlsxwriter): a title, the source line, the table with counts and rates as numbers.
/// Errors: 500 when the temporary file cannot be written.
Result<std::string> diagnostic_xlsx(const Diagnostic& d);

}  // namespace vigie
