#include "analysis/csv_fields.h"

#include <algorithm>
#include <charconv>

namespace vigie::analysis::csv {

Error line_error(std::size_t line, const std::string& what, std::string field) {
  return Error::invalid("ligne " + std::to_string(line) + " : " + what, std::move(field));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::optional<double> parse_number(std::string_view text, char sep) {
  text = trim(text);
  std::string buffer(text);
  if (sep != ',') std::replace(buffer.begin(), buffer.end(), ',', '.');
  if (!buffer.empty() && buffer.front() == '+') buffer.erase(0, 1);
  double value = 0;
  const char* end = buffer.data() + buffer.size();
  auto [ptr, ec] = std::from_chars(buffer.data(), end, value);
  if (ec != std::errc() || ptr != end || buffer.empty()) return std::nullopt;
  return value;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<int> parse_int(std::string_view s, std::size_t min_len, std::size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return std::nullopt;
  if (!std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;  // no sign: "-6" is not an hour, a day or a column
  }
  int value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

}  // namespace vigie::analysis::csv
