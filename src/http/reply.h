#pragma once

#include <utility>

#include <boost/json/value.hpp>

#include "http/message.h"

namespace vigie {

/// The JSON answer for a service result: `status` with `to_json(value)`, or the error.
template <typename T, typename F>
Response reply(const Result<T>& result, int status, F&& to_json) {
  if (!result) return error_response(result.error());
  return json_response(status, to_json(*result));
}

inline Response reply(const Result<void>& result) {
  return result ? no_content() : error_response(result.error());
}

}  // namespace vigie
