#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include "core/result.h"

namespace vigie {

/// Reads and validates one JSON object field by field. The first problem is kept (with the path
/// of the field, e.g. "budget_lines[1].amount") and later reads return neutral values, so a
/// parser reads as a straight list of fields followed by one `finish()`. Unknown fields are errors.
class JsonReader {
 public:
  JsonReader(const boost::json::value& value, std::string path);

  std::string string(std::string_view key, std::size_t max_length);  // required, non-blank
  std::optional<std::string> optional_string(std::string_view key, std::size_t max_length);
  std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max);
  std::optional<std::int64_t> optional_integer(std::string_view key, std::int64_t min,
                                               std::int64_t max);
  std::optional<double> optional_number(std::string_view key);
  bool boolean(std::string_view key);                          // required
  std::optional<bool> optional_boolean(std::string_view key);  // absent or null: none
  std::optional<std::string>
  optional_date(std::string_view key);  // "YYYY-MM-DD"; blank or null: none
  /// A required date; `missing` says which date is expected when it is absent.
  std::string date(std::string_view key, std::string_view missing);
  /// A required code from a closed list.
  std::string enumeration(std::string_view key, std::span<const std::string_view> allowed);
  std::optional<std::string> optional_enumeration(std::string_view key,
                                                  std::span<const std::string_view> allowed);
  std::vector<std::string> string_list(std::string_view key, std::size_t max_items,
                                       std::size_t max_length);
  /// A list of positive integer ids, without duplicates.
  std::vector<std::int64_t> id_list(std::string_view key, std::size_t max_items);

  /// Calls `each(reader, index)` for every object of an optional array.
  template <typename F>
  void object_list(std::string_view key, std::size_t max_items, F&& each) {
    const boost::json::array* items = array_field(key, max_items);
    if (items == nullptr) return;
    for (std::size_t i = 0; i < items->size() && !failed(); ++i) {
      JsonReader item((*items)[i], child_path(key, i), error_);
      if (!item.require_object()) return;
      each(item, i);
      item.check_unknown_fields();
    }
  }

  /// Calls `read(reader)` on an optional nested object; returns false when absent or null.
  template <typename F>
  bool object(std::string_view key, F&& read) {
    const boost::json::value* v = field(key);
    if (v == nullptr || v->is_null()) return false;
    JsonReader nested(*v, child_path(key), error_);
    if (!nested.require_object()) return false;
    read(nested);
    nested.check_unknown_fields();
    return !failed();
  }

  bool has(std::string_view key) const;
  /// Accepts `key` without reading it: a value the server computes, which a client may send back
  /// as it received it ("GET, edit, PUT").
  void ignore(std::string_view key) { seen_.emplace(key); }
  bool failed() const { return error_->has_value(); }
  void fail(std::string_view key, std::string message);
  /// Checks for unknown fields, then returns the first error found, if any.
  Result<void> finish();

  /// Parses a request body into a JSON value, or a 400 naming the position of the fault.
  static Result<boost::json::value> parse(std::string_view body);

 private:
  JsonReader(const boost::json::value& value, std::string path,
             std::shared_ptr<std::optional<Error>> error);
  bool require_object();
  void check_unknown_fields();
  const boost::json::value* field(std::string_view key);
  const boost::json::array* array_field(std::string_view key, std::size_t max_items);
  std::string child_path(std::string_view key) const;
  std::string child_path(std::string_view key, std::size_t index) const;
  std::optional<std::string> checked_string(std::string_view key, std::size_t max_length,
                                            bool required);

  const boost::json::value& value_;
  const boost::json::object* object_ = nullptr;
  std::string path_;
  std::set<std::string, std::less<>> seen_;
  std::shared_ptr<std::optional<Error>> error_;
};

}  // namespace vigie
