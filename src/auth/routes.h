#pragma once

#include "auth/second_factor.h"
#include "auth/session_service.h"
#include "http/router.h"

namespace vigie {

inline constexpr const char* kSessionCookie = "vigie_session";

/// The session cookie's Set-Cookie value (HttpOnly, SameSite=Strict, Secure over TLS); `expire`
/// removes it.
std::string session_cookie(const std::string& value, bool secure, bool expire);

/// Login (POST /api/v1/session), logout (DELETE) and the signed-in user (GET /api/v1/me).
void add_session_routes(Router& router, SessionService& sessions);
/// TOTP enrolment (POST /api/v1/me/totp, …/confirm) and step-up (POST /api/v1/session/step-up).
void add_second_factor_routes(Router& router, SecondFactorService& factors);

}  // namespace vigie
