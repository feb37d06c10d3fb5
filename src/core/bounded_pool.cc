#include "core/bounded_pool.h"

#include <algorithm>

namespace vigie {

BoundedPool::BoundedPool(std::size_t threads, std::size_t queue, std::string busy_message)
    : capacity_(std::max<std::size_t>(1, threads) + queue), busy_message_(std::move(busy_message)) {
  for (std::size_t i = 0; i < std::max<std::size_t>(1, threads); ++i)
    threads_.emplace_back([this] { work(); });
}

BoundedPool::~BoundedPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& t : threads_)
    t.join();
}

std::size_t BoundedPool::load() const {
  std::lock_guard lock(mutex_);
  return admitted_;
}

bool BoundedPool::admit(std::function<void()> task) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || admitted_ >= capacity_) return false;
    ++admitted_;
    waiting_.push_back(std::move(task));
  }
  ready_.notify_one();
  return true;
}

void BoundedPool::work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
      // Admitted tasks still run at shutdown: their callers are waiting for them.
      if (waiting_.empty()) return;
      task = std::move(waiting_.front());
      waiting_.pop_front();
    }
    task();  // a packaged_task: an exception reaches the caller through its future
    std::lock_guard lock(mutex_);
    --admitted_;
  }
}

}  // namespace vigie
