#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include <boost/json.hpp>

#include "app/app.h"
#include "support/backend.h"

namespace vigie::test {

struct ApiResponse {
  int status = 0;
  std::string body;
  boost::json::value json;  // null when the body is not JSON
  std::vector<std::pair<std::string, std::string>> headers;

  std::optional<std::string> header(const std::string& name) const;
  /// The error's "field" (or "" when null), for 4xx answers.
  std::string error_field() const;
  std::string error_code() const;
};

/// Drives the whole request pipeline of an App in-process (sessions, CSRF, access rules):
/// what the server does with bytes, minus the socket.
class ApiClient {
 public:
  explicit ApiClient(App& app) : app_(&app) {}

  ApiResponse call(const std::string& method, const std::string& target,
                   const std::optional<boost::json::value>& body = std::nullopt);
  ApiResponse call_raw(const std::string& method, const std::string& target, std::string body,
                       std::map<std::string, std::string> headers);
  /// Signs in; keeps the session cookie and the CSRF token for later calls.
  ApiResponse login(const std::string& login, const std::string& password,
                    const std::optional<std::string>& code = std::nullopt);
  /// Enrols a TOTP second factor for the signed-in user (this session then counts as opened
  /// with it); returns the raw secret, for later codes.
  std::string enrol_second_factor(const Clock& clock);

  std::string cookie;
  std::string csrf;
  bool send_csrf = true;

 private:
  App* app_;
};

/// An App over a fresh store on each backend, with a clock the test moves.
class ApiTest : public BothStores {
 protected:
  void SetUp() override;
  void TearDown() override;

  /// A CLSPD territory for the real commune with this INSEE code.
  std::int64_t make_territory(const std::string& name, const std::string& insee_code);
  /// A signed-in client for a new user holding `role` on `territory`.
  ApiClient signed_in(const std::string& login, Role role, std::int64_t territory);
  /// The App's options: a fixture that needs more (an SMTP server) says so here.
  virtual AppOptions app_options() { return {}; }

  ManualClock clock_{1'780'000'000};
  std::unique_ptr<App> app_;
};

inline constexpr const char* kTestPassword = "mot-de-passe-solide";

/// "/api/v1/axes/{id}/x" → "/api/v1/axes/7/x": the id of the collection named before {id};
/// "{token}" becomes an unknown token, a final "{kind}" a kind that exists ("convocation"), a final
/// "{user}" the account of ids["users"].
std::string concrete_path(const std::string& pattern,
                          const std::map<std::string, std::int64_t>& ids);

}  // namespace vigie::test
