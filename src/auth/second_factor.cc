#include "auth/second_factor.h"

#include <cctype>

#include <sodium.h>

#include "auth/password.h"
#include "auth/totp.h"

namespace vigie {

Result<void> require_step_up(const Actor& actor, std::int64_t now, const std::string& message) {
  if (actor.stepped_up_at + kStepUpSeconds >= now) return success();
  return Error::forbidden(message);
}

Result<bool> has_second_factor(Connection& conn, std::int64_t user_id) {
  Rows rows = TRY(conn.query(
      "SELECT 1 FROM user_totp WHERE user_id = ? AND confirmed_at IS NOT NULL", {user_id}));
  return !rows.empty();
}

Result<bool> verify_second_factor(Connection& conn, std::int64_t user_id, const std::string& typed,
                                  std::int64_t now) {
  std::string code = compact_code(typed);
  if (code.size() == 6 && code.find_first_not_of("0123456789") == std::string::npos) {
    Rows rows = TRY(conn.query("SELECT secret, last_step FROM user_totp WHERE user_id = ? AND "
                               "confirmed_at IS NOT NULL",
                               {user_id}));
    if (rows.empty()) return false;
    auto secret = base32_decode(rows[0].text(0)).value_or("");
    auto step = totp_match(secret, code, now, rows[0].integer(1));
    if (!step) return false;
    TRY(conn.query("UPDATE user_totp SET last_step = ? WHERE user_id = ?", {*step, user_id}));
    return true;
  }
  for (char& c : code)  // recovery codes are base32: typed in lower case, they still count
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  Rows spent = TRY(conn.query("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND "
                              "code_digest = ? AND used_at IS NULL RETURNING id",
                              {now, user_id, token_digest(code)}));
  return !spent.empty();
}

Result<Enrolment> SecondFactorService::begin(const Actor& actor) {
  return db_.in_transaction([&](Connection& conn) -> Result<Enrolment> {
    if (TRY(has_second_factor(conn, actor.user_id))) {
      return Error::conflict("La double authentification est déjà active sur ce compte.");
    }
    std::string bytes(20, '\0');
    randombytes_buf(bytes.data(), bytes.size());
    std::string secret = base32_encode(bytes);
    TRY(conn.query("DELETE FROM user_totp WHERE user_id = ?", {actor.user_id}));
    TRY(conn.query("INSERT INTO user_totp (user_id, secret) VALUES (?, ?)",
                   {actor.user_id, secret}));
    return Enrolment{secret, "otpauth://totp/Vigie:" + actor.login + "?secret=" + secret +
                                 "&issuer=Vigie&algorithm=SHA1&digits=6&period=30"};
  });
}

Result<std::vector<std::string>> SecondFactorService::confirm(const Actor& actor,
                                                              const std::string& code) {
  return db_.in_transaction([&](Connection& conn) -> Result<std::vector<std::string>> {
    Rows rows =
        TRY(conn.query("SELECT secret FROM user_totp WHERE user_id = ? AND confirmed_at IS NULL",
                       {actor.user_id}));
    if (rows.empty()) return Error::invalid("Commencez par créer un secret.", "code");
    auto step = totp_match(base32_decode(rows[0].text(0)).value_or(""), code, clock_.now(), 0);
    if (!step) return Error::invalid("Code incorrect : vérifiez l'heure du téléphone.", "code");
    TRY(conn.query("UPDATE user_totp SET confirmed_at = ?, last_step = ? WHERE user_id = ?",
                   {clock_.now(), *step, actor.user_id}));
    TRY(conn.query("DELETE FROM recovery_codes WHERE user_id = ?", {actor.user_id}));
    std::vector<std::string> codes;
    for (int i = 0; i < 10; ++i) {
      std::string bytes(6, '\0');
      randombytes_buf(bytes.data(), bytes.size());
      std::string code_text = base32_encode(bytes).substr(0, 10);
      codes.push_back(code_text);
      TRY(conn.query("INSERT INTO recovery_codes (user_id, code_digest) VALUES (?, ?)",
                     {actor.user_id, token_digest(code_text)}));
    }
    TRY(conn.query("UPDATE sessions SET second_factor = 1 WHERE token_hash = ?",
                   {actor.session_digest}));
    return codes;
  });
}

// The password (or a code) again, for what needs a fresh proof. The fifth wrong answer ends the
// session: a stolen session cannot try passwords forever.
Result<void> SecondFactorService::step_up(const Actor& actor, const std::string& secret) {
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query("SELECT password_hash FROM users WHERE id = ?", {actor.user_id}));
  bool proved = !rows.empty() && TRY(verify_password(rows[0].text(0), secret));
  if (!proved) proved = TRY(verify_second_factor(*conn, actor.user_id, secret, clock_.now()));
  if (!proved) {
    Rows failures = TRY(conn->query("UPDATE sessions SET step_up_failures = step_up_failures + 1 "
                                    "WHERE token_hash = ? RETURNING step_up_failures",
                                    {actor.session_digest}));
    if (!failures.empty() && failures[0].integer(0) >= kStepUpAttempts) {
      TRY(conn->query("DELETE FROM sessions WHERE token_hash = ?", {actor.session_digest}));
      return Error{ErrorCode::unauthenticated,
                   "Trop d'essais : la session est fermée, reconnectez-vous.", std::nullopt};
    }
    return Error::invalid("Mot de passe ou code incorrect.", "secret");
  }
  TRY(conn->query(
      "UPDATE sessions SET stepped_up_at = ?, step_up_failures = 0 WHERE token_hash = ?",
      {clock_.now(), actor.session_digest}));
  return success();
}

}  // namespace vigie
