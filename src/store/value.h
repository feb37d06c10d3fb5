#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace vigie {

/// A SQL parameter or column value. Booleans are stored as 0/1, money as integer cents,
/// dates as ISO text, so that both backends hold the same thing.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

inline Value null_value() { return std::monostate{}; }
template <typename T>
Value optional_value(const std::optional<T>& v) {
  if (!v) return std::monostate{};
  if constexpr (std::is_integral_v<T>) {
    return static_cast<std::int64_t>(*v);
  } else {
    return *v;
  }
}

/// One result row; columns are read by position in the order of the SELECT.
class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}

  std::size_t size() const { return values_.size(); }
  bool is_null(std::size_t i) const { return std::holds_alternative<std::monostate>(values_[i]); }
  std::int64_t integer(std::size_t i) const;
  double real(std::size_t i) const;
  std::string text(std::size_t i) const;
  std::optional<std::int64_t> optional_integer(std::size_t i) const;
  std::optional<double> optional_real(std::size_t i) const;
  std::optional<std::string> optional_text(std::size_t i) const;
  const Value& value(std::size_t i) const { return values_[i]; }

 private:
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;

/// "?, ?, ?" for an IN list of `ids`, whose values are appended to `params`.
inline std::string in_list(const std::vector<std::int64_t>& ids, std::vector<Value>& params) {
  std::string out;
  for (std::int64_t id : ids) {
    out += out.empty() ? "?" : ", ?";
    params.emplace_back(id);
  }
  return out;
}

/// Each row through `from_row`: how repositories turn a result into records.
template <typename F>
auto map_rows(const Rows& rows, F&& from_row) {
  std::vector<std::decay_t<decltype(from_row(rows.front()))>> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(from_row(r));
  return out;
}

}  // namespace vigie
