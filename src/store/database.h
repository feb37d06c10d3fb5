#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

#include "store/connection.h"

namespace vigie {

class Database;

/// A connection borrowed from the pool, given back when the lease ends.
class Lease {
 public:
  Lease(Database& db, std::unique_ptr<Connection> conn) : db_(&db), conn_(std::move(conn)) {}
  Lease(Lease&&) noexcept = default;
  Lease& operator=(Lease&&) = delete;
  ~Lease();
  Connection& operator*() { return *conn_; }
  Connection* operator->() { return conn_.get(); }

 private:
  Database* db_;
  std::unique_ptr<Connection> conn_;
};

/// The store: a fixed pool of connections to SQLite (a file path) or PostgreSQL (a
/// postgresql:// URL). Thread-safe; each request borrows one connection.
class Database {
 public:
  /// Opens `pool_size` connections; does not migrate.
  static Result<std::unique_ptr<Database>> open(const std::string& url, std::size_t pool_size);

  Lease acquire();
  Dialect dialect() const { return dialect_; }
  const std::string& url() const { return url_; }

  /// Runs `work(conn)` in one transaction: committed when it returns a value, rolled back when
  /// it returns an error (or throws), so a failed request leaves the data as it was.
  template <typename F>
  auto in_transaction(F&& work) -> std::invoke_result_t<F, Connection&> {
    Lease lease = acquire();
    TRY_VOID(lease->begin());
    try {
      auto result = work(*lease);
      if (!result.ok()) {
        lease->rollback();
        return result;
      }
      auto committed = lease->commit();
      if (!committed.ok()) {
        lease->rollback();
        return committed.release_error();
      }
      return result;
    } catch (...) {
      lease->rollback();
      throw;
    }
  }

 private:
  friend class Lease;
  Database(std::string url, Dialect dialect) : url_(std::move(url)), dialect_(dialect) {}
  void give_back(std::unique_ptr<Connection> conn);

  std::string url_;
  Dialect dialect_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

bool is_postgres_url(const std::string& url);

}  // namespace vigie
