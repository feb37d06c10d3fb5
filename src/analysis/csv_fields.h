#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

/// The pieces of CSV reading shared by the event and area readers.
namespace vigie::analysis::csv {

/// The records of a CSV text, one non-empty line at a time: the BOM skipped, the separator
/// decided by the first record (`detect_separator`), the fields split.
class Reader {
 public:
  explicit Reader(std::string_view text);
  /// The next record's fields; nullopt at the end; an unclosed quote is an Error.
  Result<std::optional<std::vector<std::string>>> next();
  /// The file line of the record just read (1-based).
  std::size_t line() const { return line_; }
  char separator() const { return separator_; }

 private:
  std::string_view rest_;
  std::size_t line_ = 0;
  char separator_ = 0;
};

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
