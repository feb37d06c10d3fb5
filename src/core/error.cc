#include "core/error.h"

namespace vigie {

const char* error_code_name(ErrorCode code) {
  switch (code) {
  case ErrorCode::invalid: return "invalid";
  case ErrorCode::unauthenticated: return "unauthenticated";
  case ErrorCode::forbidden: return "forbidden";
  case ErrorCode::not_found: return "not_found";
  case ErrorCode::method_not_allowed: return "method_not_allowed";
  case ErrorCode::conflict: return "conflict";
  case ErrorCode::too_large: return "too_large";
  case ErrorCode::throttled: return "throttled";
  case ErrorCode::cancelled: return "cancelled";
  case ErrorCode::busy: return "busy";
  case ErrorCode::internal: return "internal";
  }
  return "internal";
}

int http_status(ErrorCode code) {
  switch (code) {
  case ErrorCode::invalid: return 400;
  case ErrorCode::unauthenticated: return 401;
  case ErrorCode::forbidden: return 403;
  case ErrorCode::not_found: return 404;
  case ErrorCode::method_not_allowed: return 405;
  case ErrorCode::conflict: return 409;
  case ErrorCode::too_large: return 413;
  case ErrorCode::throttled: return 429;
  case ErrorCode::cancelled: return 409;
  case ErrorCode::busy: return 503;
  case ErrorCode::internal: return 500;
  }
  return 500;
}

}  // namespace vigie
