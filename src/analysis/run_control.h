#pragma once

#include <atomic>
#include <functional>
#include <string_view>

#include "core/error.h"

namespace vigie::analysis {

/// How a caller follows and stops a long analysis. Both parts are optional; the analyses call
/// `progress` from one thread at a time and poll `cancel` between units of work, so a cancelled
/// run returns Error::cancelled() promptly and never a partial result.
struct RunControl {
  /// Called with a stage name ("simulations", "densité"…) and the fraction done, 0 to 1.
  std::function<void(std::string_view stage, double fraction)> progress;
  const std::atomic<bool>* cancel = nullptr;

  bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
  void report(std::string_view stage, double fraction) const {
    if (progress) progress(stage, fraction);
  }
};

}  // namespace vigie::analysis
