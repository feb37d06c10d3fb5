#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "core/result.h"

namespace vigie {

/// A fixed set of threads with a bounded queue, for CPU- and memory-heavy work that must not
/// run on the server's I/O threads nor pile up without limit (argon2id takes 64 MiB and tens of
/// milliseconds per call: a flood of logins would otherwise exhaust both, issue 12 §5).
/// `run` blocks the caller until its task is done; when `threads + queue` tasks are already
/// admitted it refuses at once with Error::busy (503), so a flood is shed instead of queued.
class BoundedPool {
 public:
  /// `threads` ≥ 1 workers; at most `queue` tasks waiting besides those running.
  BoundedPool(std::size_t threads, std::size_t queue, std::string busy_message);
  ~BoundedPool();
  BoundedPool(const BoundedPool&) = delete;
  BoundedPool& operator=(const BoundedPool&) = delete;

  /// Runs `task` on a pool thread and returns its value; Error::busy when the pool is full.
  template <typename F>
  auto run(F task) -> Result<std::invoke_result_t<F>> {
    using T = std::invoke_result_t<F>;
    std::packaged_task<T()> packaged(std::move(task));
    std::future<T> done = packaged.get_future();
    auto shared = std::make_shared<std::packaged_task<T()>>(std::move(packaged));
    if (!admit([shared] { (*shared)(); })) return Error::busy(busy_message_);
    if constexpr (std::is_void_v<T>) {
      done.get();
      return success();
    } else {
      return done.get();
    }
  }

  /// Tasks admitted and not finished (running or waiting).
  std::size_t load() const;
  /// True when `run` would refuse now: lets a caller shed before doing costlier work first.
  bool full() const { return load() >= capacity_; }

 private:
  bool admit(std::function<void()> task);
  void work();

  std::size_t capacity_;
  std::string busy_message_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> waiting_;
  std::size_t admitted_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace vigie
