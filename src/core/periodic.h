#pragma once

#include <chrono>
#include <functional>
#include <thread>

namespace vigie {

/// When a periodic thread first runs its work: at once, or after one period.
enum class FirstRun { now, after_period };

/// A thread that runs `work` every `period` until it is asked to stop (std::jthread's
/// request_stop, or its destruction); a stop request wakes it at once rather than after the
/// period. `work` runs on that thread, never twice at the same time.
std::jthread run_periodically(std::chrono::milliseconds period, FirstRun first,
                              std::function<void()> work);

}  // namespace vigie
