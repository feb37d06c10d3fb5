#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/clock.h"
#include "core/result.h"

namespace vigie {

/// Login attempts per client address, whatever the login: a token bucket of `burst` attempts
/// refilled by one every `refill` seconds (issue 12 §5). It complements the lock per
/// (login, address) in the store, which an attacker trying many logins never reaches; it lives in
/// memory because it only sheds load (a restart forgets it, the store keeps the locks).
class AddressThrottle {
 public:
  AddressThrottle(const Clock& clock, int burst, std::int64_t refill)
      : clock_(clock), burst_(burst), refill_(refill) {}

  /// Takes one attempt for `address`; Error::throttled (429) with the wait in seconds when none
  /// is left.
  Result<void> take(const std::string& address);

 private:
  struct Bucket {
    double tokens = 0;
    std::int64_t at = 0;  // seconds, when `tokens` was computed
  };

  const Clock& clock_;
  int burst_;
  std::int64_t refill_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace vigie
