// The pool that keeps argon2id off the I/O threads, and the per-address login budget.
#include <future>
#include <thread>

#include <gtest/gtest.h>

#include "core/bounded_pool.h"

namespace vigie {
namespace {

TEST(BoundedPool, runs_the_task_and_returns_its_value) {
  BoundedPool pool(1, 1, "occupé");
  auto value = pool.run([] { return 6 * 7; });
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(*value, 42);
}

TEST(BoundedPool, sheds_work_beyond_threads_plus_queue_with_busy) {
  BoundedPool pool(1, 1, "occupé");
  std::promise<void> release;
  auto released = release.get_future().share();
  std::promise<void> started;
  // One task runs (and waits), one waits in the queue: the pool is full.
  auto running = std::async(std::launch::async, [&] {
    return pool.run([&] {
      started.set_value();
      released.wait();
      return 1;
    });
  });
  started.get_future().wait();
  auto queued = std::async(std::launch::async, [&] { return pool.run([] { return 2; }); });
  while (pool.load() < 2)
    std::this_thread::yield();
  auto refused = pool.run([] { return 3; });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::busy);
  EXPECT_EQ(refused.error().message, "occupé");
  release.set_value();
  EXPECT_EQ(*running.get(), 1);
  EXPECT_EQ(*queued.get(), 2);
  EXPECT_EQ(*pool.run([] { return 4; }), 4);  // free again
}

}  // namespace
}  // namespace vigie
