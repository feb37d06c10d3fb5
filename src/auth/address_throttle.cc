#include "auth/address_throttle.h"

#include <algorithm>
#include <cmath>

namespace vigie {

Result<void> AddressThrottle::take(const std::string& address) {
  std::int64_t now = clock_.now();
  std::lock_guard lock(mutex_);
  auto refilled = [&](const Bucket& b) {
    double gained = static_cast<double>(now - b.at) / static_cast<double>(refill_);
    return std::min<double>(burst_, b.tokens + std::max(0.0, gained));
  };
  // Full buckets carry no information: dropping them bounds the memory a scan of addresses takes.
  if (buckets_.size() > 10000) {
    std::erase_if(buckets_, [&](const auto& entry) { return refilled(entry.second) >= burst_; });
  }
  auto [found, fresh] = buckets_.try_emplace(address, Bucket{static_cast<double>(burst_), now});
  Bucket& bucket = found->second;
  bucket.tokens = refilled(bucket);
  bucket.at = now;
  if (bucket.tokens < 1) {
    auto wait =
        static_cast<std::int64_t>(std::ceil((1 - bucket.tokens) * static_cast<double>(refill_)));
    return Error{ErrorCode::throttled,
                 "Trop de tentatives de connexion depuis ce poste (tous identifiants "
                 "confondus) : réessayez dans " +
                     std::to_string(std::max<std::int64_t>(1, wait)) +
                     " s ; le compteur se reconstitue d'un essai toutes les " +
                     std::to_string(refill_) + " s.",
                 std::nullopt};
  }
  bucket.tokens -= 1;
  return success();
}

}  // namespace vigie
