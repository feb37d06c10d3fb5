#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace vigie {

/// A JSON value for an optional: the value, or null.
template <typename T>
boost::json::value json_or_null(const std::optional<T>& v) {
  if (!v) return nullptr;
  return boost::json::value(*v);
}

/// [...], each item through its module's to_json (found by argument-dependent lookup).
template <typename T>
boost::json::array json_array(const std::vector<T>& items) {
  boost::json::array out;
  for (const T& item : items)
    out.push_back(to_json(item));
  return out;
}

/// A list of texts as a JSON array.
inline boost::json::array string_array(const std::vector<std::string>& items) {
  boost::json::array out;
  out.reserve(items.size());
  for (const auto& s : items)
    out.emplace_back(s);
  return out;
}

/// A short list of texts kept in one column as JSON text ("[\"a\",\"b\"]"), and back; the
/// stores wrote the text, so it is trusted when read.
inline std::string string_list_text(const std::vector<std::string>& items) {
  return boost::json::serialize(string_array(items));
}
inline std::vector<std::string> string_list_of(const std::string& text) {
  std::vector<std::string> out;
  boost::json::value parsed = boost::json::parse(text);
  for (const auto& v : parsed.as_array())
    out.emplace_back(v.as_string());
  return out;
}

/// {"items": [...]}: the shape of every list the API answers.
template <typename T>
boost::json::object items_json(const std::vector<T>& items) {
  return {{"items", json_array(items)}};
}

}  // namespace vigie
