#include "auth/address_throttle.h"

#include <algorithm>
#include <cmath>

namespace vigie {

Result<void> AddressThrottle::take(const std::string& address) {
  const std::int64_t now = clock_.now();
  const auto burst = static_cast<double>(burst_);
  // One transaction holding the bucket's row (SQLite: BEGIN IMMEDIATE; PostgreSQL: FOR UPDATE),
  // so two servers taking from the same bucket at once each see the other's take.
  auto tokens = db_.in_transaction([&](Connection& conn) -> Result<double> {
    TRY(conn.query("INSERT INTO address_buckets (address, tokens, at, granted) VALUES (?, ?, ?, 0) "
                   "ON CONFLICT (address) DO NOTHING",
                   {address, burst, now}));
    const char* lock = conn.dialect() == Dialect::postgres ? " FOR UPDATE" : "";
    Rows rows = TRY(conn.query(
        std::string("SELECT tokens, at FROM address_buckets WHERE address = ?") + lock, {address}));
    const double gained =
        static_cast<double>(now - rows.at(0).integer(1)) / static_cast<double>(refill_);
    const double refilled = std::min(burst, rows.at(0).real(0) + std::max(0.0, gained));
    const bool granted = refilled >= 1;
    TRY(conn.query(
        "UPDATE address_buckets SET tokens = ?, at = ?, granted = ? WHERE address = ?",
        {granted ? refilled - 1 : refilled, now, std::int64_t{granted ? 1 : 0}, address}));
    return granted ? -1.0 : refilled;
  });
  if (!tokens) return tokens.release_error();
  if (*tokens < 0) return success();
  auto wait = static_cast<std::int64_t>(std::ceil((1 - *tokens) * static_cast<double>(refill_)));
  return Error{ErrorCode::throttled,
               "Trop de tentatives de connexion depuis ce poste (tous identifiants "
               "confondus) : réessayez dans " +
                   std::to_string(std::max<std::int64_t>(1, wait)) +
                   " s ; le compteur se reconstitue d'un essai toutes les " +
                   std::to_string(refill_) + " s.",
               std::nullopt};
}

Result<std::int64_t> AddressThrottle::forget_full() {
  const std::int64_t now = clock_.now();
  Lease conn = db_.acquire();
  // Full once burst × refill seconds have passed since the last take, whatever was left.
  Rows rows = TRY(conn->query("DELETE FROM address_buckets WHERE at < ? RETURNING address",
                              {now - static_cast<std::int64_t>(burst_) * refill_}));
  return static_cast<std::int64_t>(rows.size());
}

}  // namespace vigie
