#pragma once

#include <cstdint>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "store/database.h"

namespace vigie {

/// Login attempts per client address, whatever the login: a token bucket of `burst` attempts
/// refilled by one every `refill` seconds (issue 12 §5). It complements the lock per
/// (login, address), which an attacker trying many logins never reaches. The buckets live in the
/// store (table address_buckets), so that several servers behind one balancer share them
/// (issue 18 §1): otherwise each server would grant its own `burst`.
class AddressThrottle {
 public:
  AddressThrottle(Database& db, const Clock& clock, int burst, std::int64_t refill)
      : db_(db), clock_(clock), burst_(burst), refill_(refill) {}

  /// Takes one attempt for `address` in one atomic statement; Error::throttled (429) with the
  /// wait in seconds when none is left; the store's error when it cannot be reached.
  Result<void> take(const std::string& address);

  /// Deletes the buckets that have refilled (they carry no information); returns how many.
  /// Run by the daily purge job.
  Result<std::int64_t> forget_full();

 private:
  Database& db_;
  const Clock& clock_;
  int burst_;
  std::int64_t refill_;
};

}  // namespace vigie
