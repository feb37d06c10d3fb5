#pragma once

#include <optional>
#include <string>

namespace vigie {

/// The kinds of expected failure; each maps to one HTTP status and one CLI exit code.
enum class ErrorCode {
  invalid,             // 400: malformed or invalid input
  unauthenticated,     // 401
  forbidden,           // 403
  not_found,           // 404
  method_not_allowed,  // 405
  conflict,            // 409: stale version, duplicate
  too_large,           // 413
  throttled,           // 429
  cancelled,           // 409: a long computation stopped at the user's request
  busy,                // 503: the server sheds load (a full queue); the client tries again
  internal,            // 500: store failure or broken invariant
};

/// An expected failure, carried as a value: a code, a French message for a person, and the
/// input field it concerns (a JSON path such as "axes[2].title"), if any.
struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::optional<std::string> field;

  static Error invalid(std::string message, std::string field) {
    return {ErrorCode::invalid, std::move(message), std::move(field)};
  }
  static Error not_found(std::string message) {
    return {ErrorCode::not_found, std::move(message), std::nullopt};
  }
  static Error forbidden(std::string message = "Accès refusé.") {
    return {ErrorCode::forbidden, std::move(message), std::nullopt};
  }
  static Error conflict(std::string message, std::optional<std::string> field = std::nullopt) {
    return {ErrorCode::conflict, std::move(message), std::move(field)};
  }
  /// An update that carries a version older than the stored one.
  static Error stale_version() {
    return conflict(
        "Cet enregistrement a été modifié entre-temps : rechargez-le avant de le modifier.",
        "version");
  }
  static Error cancelled() {
    return {ErrorCode::cancelled, "Analyse annulée à la demande de l'utilisateur.", std::nullopt};
  }
  /// Load shed: the work was not started; nothing changed.
  static Error busy(std::string message) {
    return {ErrorCode::busy, std::move(message), std::nullopt};
  }
  static Error internal(std::string message) {
    return {ErrorCode::internal, std::move(message), std::nullopt};
  }
};

/// The stable string used in the API's error body ("invalid", "not_found"...).
const char* error_code_name(ErrorCode code);
int http_status(ErrorCode code);

}  // namespace vigie
