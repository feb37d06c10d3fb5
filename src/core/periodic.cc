#include "core/periodic.h"

#include <condition_variable>
#include <mutex>

namespace vigie {

std::jthread run_periodically(std::chrono::milliseconds period, FirstRun first,
                              std::function<void()> work) {
  return std::jthread([period, first, work = std::move(work)](const std::stop_token& stop) {
    std::mutex mutex;
    std::condition_variable_any wake;
    // Only a stop request ends a wait early: the predicate is never true on its own.
    auto sleep = [&] {
      std::unique_lock lock(mutex);
      wake.wait_for(lock, stop, period, [] { return false; });
      return !stop.stop_requested();
    };
    if (first == FirstRun::after_period && !sleep()) return;
    do {
      work();
    } while (sleep());
  });
}

}  // namespace vigie
