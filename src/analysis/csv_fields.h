#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

/// The pieces of CSV reading shared by the event and area readers.
namespace vigie::analysis::csv {

/// An invalid-input Error whose message starts with "ligne N : ".
Error line_error(std::size_t line, const std::string& what, std::string field);
std::string_view trim(std::string_view s);
/// One line's fields. Quotes may wrap a field ("" is a quote inside); a field never spans lines.
Result<std::vector<std::string>> split_fields(std::string_view line, char sep, std::size_t number);
/// `;` if the line has one (French spreadsheets), else tab, else `,`.
char detect_separator(std::string_view first_line);
/// A decimal number; with `;` as separator the decimal comma is accepted.
std::optional<double> parse_number(std::string_view text, char sep);
std::string lower(std::string_view s);
/// A non-negative integer of min_len to max_len digits.
std::optional<int> parse_int(std::string_view s, std::size_t min_len, std::size_t max_len);

}  // namespace vigie::analysis::csv
