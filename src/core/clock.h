#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace vigie {

/// The source of time. Domain code asks a Clock, never the system, so tests can move time.
class Clock {
 public:
  virtual ~Clock() = default;
  /// Seconds since the Unix epoch, UTC.
  virtual std::int64_t now() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::int64_t now() const override;
};

/// A clock that only moves when told to.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(std::int64_t start) : now_(start) {}
  std::int64_t now() const override { return now_; }
  void advance(std::int64_t seconds) { now_ += seconds; }

 private:
  std::int64_t now_;
};

/// "2026-11-24T10:00:00Z".
std::string format_timestamp(std::int64_t epoch_seconds);

}  // namespace vigie
