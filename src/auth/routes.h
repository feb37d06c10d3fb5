#pragma once

#include "auth/second_factor.h"
#include "auth/session_service.h"
#include "http/router.h"

namespace vigie {

inline constexpr const char* kSessionCookie = "vigie_session";

/// Login (POST /api/v1/session), logout (DELETE) and the signed-in user (GET /api/v1/me).
void add_session_routes(Router& router, SessionService& sessions);
/// TOTP enrolment (POST /api/v1/me/totp, …/confirm) and step-up (POST /api/v1/session/step-up).
void add_second_factor_routes(Router& router, SecondFactorService& factors);

}  // namespace vigie
