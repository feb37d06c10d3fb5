// json_text: Boost.JSON's text with numbers in plain decimal notation; see json_text.h.
#include "core/json_text.h"

#include <charconv>
#include <cstdlib>

#include <boost/json/serialize.hpp>

namespace vigie {
namespace {

// The number starting at `text[from]` (outside a string), rewritten when it has an exponent.
std::size_t copy_number(const std::string& text, std::size_t from, std::string& out) {
  std::size_t end = from;
  bool exponent = false;
  while (end < text.size() &&
         std::string_view("+-.0123456789eE").find(text[end]) != std::string_view::npos) {
    exponent = exponent || text[end] == 'e' || text[end] == 'E';
    ++end;
  }
  std::string_view token(text.data() + from, end - from);
  double value = 0;
  auto parsed = std::from_chars(token.data(), token.data() + token.size(), value);
  if (!exponent || parsed.ec != std::errc() || parsed.ptr != token.data() + token.size()) {
    out.append(token);
    return end;
  }
  char buffer[64];
  auto written = std::to_chars(buffer, buffer + sizeof buffer, value);  // shortest round trip
  std::string_view plain(buffer, static_cast<std::size_t>(written.ptr - buffer));
  out.append(plain);
  // A whole double keeps a fraction (100.0), so that it reads back as a double, not an integer.
  if (plain.find_first_of(".e") == std::string_view::npos) out.append(".0");
  return end;
}

}  // namespace

std::string json_text(const boost::json::value& v) {
  std::string text = boost::json::serialize(v);
  if (text.find_first_of("eE") == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (std::size_t k = 0; k < text.size();) {
    char c = text[k];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && k + 1 < text.size()) {
        out.push_back(text[++k]);
      } else if (c == '"') {
        in_string = false;
      }
      ++k;
    } else if (c == '"') {
      in_string = true;
      out.push_back(c);
      ++k;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      k = copy_number(text, k, out);
    } else {
      out.push_back(c);
      ++k;
    }
  }
  return out;
}

}  // namespace vigie
