#include "core/text.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <utility>

namespace vigie {
namespace {

// Two-byte UTF-8 sequences of Latin-1 and Latin Extended-A letters used in French.
constexpr std::array<std::pair<std::string_view, std::string_view>, 40> kFolds{{
    {"à", "a"},  {"â", "a"}, {"ä", "a"}, {"À", "a"}, {"Â", "a"},  {"Ä", "a"},  {"ç", "c"},
    {"Ç", "c"},  {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"},  {"É", "e"},  {"È", "e"},
    {"Ê", "e"},  {"Ë", "e"}, {"î", "i"}, {"ï", "i"}, {"Î", "i"},  {"Ï", "i"},  {"ô", "o"},
    {"ö", "o"},  {"Ô", "o"}, {"Ö", "o"}, {"ù", "u"}, {"û", "u"},  {"ü", "u"},  {"Ù", "u"},
    {"Û", "u"},  {"Ü", "u"}, {"ÿ", "y"}, {"Ÿ", "y"}, {"œ", "oe"}, {"Œ", "oe"}, {"æ", "ae"},
    {"Æ", "ae"}, {"ñ", "n"}, {"Ñ", "n"}, {"’", "'"}, {"«", "\""},
}};

bool is_separator(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '.' ||
         c == ':' || c == '(' || c == ')' || c == '"' || c == '\'';
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool folded = false;
    for (const auto& [from, to] : kFolds) {
      if (text.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        folded = true;
        break;
      }
    }
    if (!folded) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      ++i;
    }
  }
  return out;
}

std::vector<std::string> search_terms(std::string_view query, std::size_t max_terms) {
  std::string folded = fold_for_search(query);
  std::vector<std::string> terms;
  std::string current;
  for (char c : folded) {
    if (is_separator(c)) {
      if (!current.empty()) terms.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) terms.push_back(std::move(current));
  if (terms.size() > max_terms) terms.resize(max_terms);
  return terms;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  int year = std::stoi(std::string(text.substr(0, 4)));
  int month = std::stoi(std::string(text.substr(5, 2)));
  int day = std::stoi(std::string(text.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max_day = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  return day <= max_day;
}

bool is_valid_utf8(std::string_view text) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = byte(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t extra = c >= 0xC2 && c <= 0xDF   ? 1
                        : c >= 0xE0 && c <= 0xEF ? 2
                        : c >= 0xF0 && c <= 0xF4 ? 3
                                                 : 0;
    if (extra == 0 || i + extra >= text.size()) return false;
    // The second byte's range depends on the first (no overlong form, no surrogate, ≤ U+10FFFF).
    unsigned char low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned char high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (byte(i + 1) < low || byte(i + 1) > high) return false;
    for (std::size_t k = 2; k <= extra; ++k)
      if ((byte(i + k) & 0xC0) != 0x80) return false;
    i += extra + 1;
  }
  return true;
}

std::string format_thousands(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out = n < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return out;
}

bool is_phone_number(std::string_view text) {
  int digits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '+') {
      if (i != 0) return false;
    } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= 2 && digits <= 15;
}

std::string slug(std::string_view name) {
  std::string out;
  for (char c : fold_for_search(name)) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out.empty() ? "territoire" : out;
}

std::string utf8_shortened(std::string_view text, std::size_t max) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool starts = (static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U;
    if (starts && points++ == max) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

std::string french_number(double value) {
  if (std::abs(value) < 1e15 && value == std::floor(value)) {
    return format_thousands(static_cast<long long>(value));
  }
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  std::string out = text;
  std::size_t point = out.find('.');
  if (point == std::string::npos) return out;
  long long whole = std::stoll(out.substr(0, point));
  std::string sign = value < 0 && whole == 0 ? "-" : "";
  return sign + format_thousands(whole) + "," + out.substr(point + 1);
}

std::string french_euros(long long cents) {
  long long magnitude = cents < 0 ? -cents : cents;
  std::string out = (cents < 0 ? "-" : "") + format_thousands(magnitude / 100);
  if (magnitude % 100 != 0) {
    char part[4];
    std::snprintf(part, sizeof part, "%02lld", magnitude % 100);
    out += std::string(",") + part;
  }
  return out + " €";
}

std::vector<std::string> split_codes(const std::string& text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t comma = text.find(',', from);
    if (comma == std::string::npos) comma = text.size();
    out.push_back(text.substr(from, comma - from));
    from = comma + 1;
  }
  return out;
}

std::string join_codes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes)
    out += (out.empty() ? "" : ",") + c;
  return out;
}

std::string counted(long long n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n > 1 ? many : one);
}

std::string word_for(const std::map<std::string_view, std::string_view>& words,
                     std::string_view code) {
  auto found = words.find(code);
  return std::string(found == words.end() ? code : found->second);
}

}  // namespace vigie
