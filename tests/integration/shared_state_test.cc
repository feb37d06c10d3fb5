// Several servers on one store (issue 18 §1): the login throttle per address is shared, the
// background jobs run once across servers with leases taken over after a crash, and a PostgreSQL
// connection lost under a server comes back. Both stores; each "server" is its own object over
// the same database, as separate processes would be.
#include <atomic>
#include <stdexcept>
#include <thread>

#include "auth/address_throttle.h"
#include "core/clock.h"
#include "jobs/scheduler.h"
#include "support/backend.h"

namespace vigie::test {
namespace {

Rows must(Result<Rows> rows) {
  if (!rows) throw std::runtime_error(rows.error().message);
  return std::move(*rows);
}

class SharedStateTest : public BothStores {
 protected:
  ManualClock clock_{1'780'000'000};

  Row job_row(const std::string& name) {
    Lease conn = db().acquire();
    return must(conn->query("SELECT runs, due_at, lease_owner, last_error, last_owner "
                            "FROM scheduled_jobs WHERE name = ?",
                            {name}))
        .at(0);
  }
};

TEST_P(SharedStateTest, the_address_throttle_is_one_budget_across_servers) {
  AddressThrottle first(db(), clock_, 3, 2), second(db(), clock_, 3, 2);
  EXPECT_TRUE(first.take("10.0.0.1").ok());
  EXPECT_TRUE(second.take("10.0.0.1").ok());
  EXPECT_TRUE(first.take("10.0.0.1").ok());
  auto refused = second.take("10.0.0.1");  // the fourth attempt, whichever server gets it
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::throttled);
  EXPECT_NE(refused.error().message.find("réessayez dans 2 s"), std::string::npos);
  EXPECT_TRUE(second.take("10.0.0.2").ok());  // another address has its own budget
  clock_.advance(2);
  EXPECT_TRUE(first.take("10.0.0.1").ok());
  EXPECT_FALSE(second.take("10.0.0.1").ok());
  clock_.advance(5);
  EXPECT_EQ(*first.forget_full(), 1);  // 10.0.0.2 refilled long ago; 10.0.0.1 not yet
  clock_.advance(6);
  EXPECT_EQ(*first.forget_full(), 1);
}

TEST_P(SharedStateTest, a_job_runs_once_across_servers_then_waits_for_its_period) {
  int ran = 0;
  JobScheduler a(db(), clock_, "a"), b(db(), clock_, "b");
  for (JobScheduler* s : {&a, &b}) {
    s->add({"purge", 86400, [&]() -> Result<std::string> {
              ++ran;
              return std::string("fait");
            }});
  }
  auto first = a.run_due();
  ASSERT_TRUE(first.ok()) << first.error().message;
  ASSERT_EQ(first->size(), 1U);
  EXPECT_EQ(first->at(0).outcome, "fait");
  EXPECT_TRUE(b.run_due()->empty());
  EXPECT_TRUE(a.run_due()->empty());
  clock_.advance(86400);
  EXPECT_EQ(b.run_due()->size(), 1U);
  EXPECT_EQ(ran, 2);
  EXPECT_EQ(job_row("purge").integer(0), 2);
  EXPECT_EQ(job_row("purge").text(4), "b");
}

TEST_P(SharedStateTest, servers_claiming_at_the_same_moment_run_the_job_once) {
  std::atomic<int> ran = 0;
  std::vector<std::unique_ptr<JobScheduler>> servers;
  for (int i = 0; i < 6; ++i) {
    servers.push_back(std::make_unique<JobScheduler>(db(), clock_, "s" + std::to_string(i)));
    servers.back()->add({"purge", 86400, [&]() -> Result<std::string> {
                           ++ran;
                           return std::string();
                         }});
  }
  std::vector<std::thread> threads;
  std::atomic<int> failed = 0;
  for (auto& s : servers) {
    threads.emplace_back([&s, &failed] {
      if (!s->run_due().ok()) ++failed;
    });
  }
  for (auto& t : threads)
    t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(ran.load(), 1);
  EXPECT_EQ(job_row("purge").integer(0), 1);
}

TEST_P(SharedStateTest, a_dead_servers_lease_is_taken_over_once_it_expires) {
  {
    Lease conn = db().acquire();
    ASSERT_TRUE(conn->query("INSERT INTO scheduled_jobs (name, due_at, lease_owner, lease_until, "
                            "runs) VALUES ('purge', ?, 'mort', ?, 0)",
                            {clock_.now(), clock_.now() + 600})
                    .ok());
  }
  int ran = 0;
  JobScheduler b(db(), clock_, "b");
  b.add({"purge", 86400, [&]() -> Result<std::string> {
           ++ran;
           return std::string();
         }});
  EXPECT_TRUE(b.run_due()->empty());  // the dead server's lease still holds
  clock_.advance(601);
  EXPECT_EQ(b.run_due()->size(), 1U);
  EXPECT_EQ(ran, 1);
  Row row = job_row("purge");
  EXPECT_EQ(row.integer(0), 1);
  EXPECT_TRUE(row.is_null(2));  // lease given back
}

TEST_P(SharedStateTest, a_failed_run_keeps_its_error_and_is_retried_later) {
  int calls = 0;
  JobScheduler a(db(), clock_, "a", 600, 300);
  a.add({"purge", 86400, [&]() -> Result<std::string> {
           if (++calls == 1) return Error::internal("disque plein");
           return std::string();
         }});
  auto failed = a.run_due();
  ASSERT_EQ(failed->size(), 1U);
  EXPECT_FALSE(failed->at(0).ok);
  EXPECT_EQ(job_row("purge").text(3), "disque plein");
  EXPECT_EQ(job_row("purge").integer(0), 0);
  clock_.advance(299);
  EXPECT_TRUE(a.run_due()->empty());
  clock_.advance(1);
  EXPECT_TRUE(a.run_due()->at(0).ok);
  EXPECT_TRUE(job_row("purge").is_null(3));
  EXPECT_EQ(job_row("purge").integer(0), 1);
}

TEST_P(SharedStateTest, a_run_that_outlived_its_lease_records_nothing) {
  JobScheduler a(db(), clock_, "a", 600), b(db(), clock_, "b", 600);
  int b_ran = 0;
  b.add({"purge", 86400, [&]() -> Result<std::string> {
           ++b_ran;
           return std::string();
         }});
  a.add({"purge", 86400, [&]() -> Result<std::string> {
           clock_.advance(601);  // a stalls past its lease: b takes the job over meanwhile
           EXPECT_EQ(b.run_due()->size(), 1U);
           return std::string();
         }});
  auto runs = a.run_due();
  ASSERT_EQ(runs->size(), 1U);
  EXPECT_FALSE(runs->at(0).recorded);
  EXPECT_EQ(b_ran, 1);
  EXPECT_EQ(job_row("purge").integer(0), 1);  // b's run only
  EXPECT_EQ(job_row("purge").text(4), "b");
}

TEST_P(SharedStateTest, a_connection_whose_server_went_away_comes_back) {
  if (GetParam() != Backend::postgres) GTEST_SKIP() << "PostgreSQL only";
  Lease conn = db().acquire();
  Rows pid = must(conn->query("SELECT pg_backend_pid()"));
  {
    Lease other = db().acquire();  // an administrator, or a failover, ends the session
    ASSERT_TRUE(other->query("SELECT pg_terminate_backend(?)", {pid.at(0).integer(0)}).ok());
  }
  auto lost = conn->query("SELECT 1");
  ASSERT_FALSE(lost.ok());
  EXPECT_EQ(lost.error().code, ErrorCode::busy);  // 503: the balancer or the user retries
  auto back = conn->query("SELECT pg_backend_pid()");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_NE(back->at(0).integer(0), pid.at(0).integer(0));
}

VIGIE_BOTH_STORES(SharedStateTest);

}  // namespace
}  // namespace vigie::test
