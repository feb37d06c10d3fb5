#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/result.h"

/// The pieces of CSV reading shared by the event and area readers.
namespace vigie::analysis::csv {

/// The records of a CSV text: core/csv's RFC 4180 reader (libcsv), dialect detected.
using Reader = ::vigie::csv::Reader;

/// An invalid-input Error whose message starts with "ligne N : ".
Error line_error(std::size_t line, const std::string& what, std::string field);
std::string_view trim(std::string_view s);
/// A decimal number; unless `,` separates fields, the decimal comma is accepted (French
/// spreadsheets with `;`, Excel's « Texte Unicode » with tabs).
std::optional<double> parse_number(std::string_view text, char sep);
std::string lower(std::string_view s);
/// A non-negative integer of min_len to max_len digits.
std::optional<int> parse_int(std::string_view s, std::size_t min_len, std::size_t max_len);

}  // namespace vigie::analysis::csv
