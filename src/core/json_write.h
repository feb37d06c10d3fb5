#pragma once

#include <optional>
#include <string>

#include <boost/json/value.hpp>

namespace vigie {

/// A JSON value for an optional: the value, or null.
template <typename T>
boost::json::value json_or_null(const std::optional<T>& v) {
  if (!v) return nullptr;
  return boost::json::value(*v);
}

}  // namespace vigie
