#include "store/database.h"

#include "store/postgres/postgres_connection.h"
#include "store/sqlite/sqlite_connection.h"

namespace vigie {

bool is_postgres_url(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

Lease::~Lease() {
  if (conn_ != nullptr) db_->give_back(std::move(conn_));
}

Result<std::unique_ptr<Database>> Database::open(const std::string& url, std::size_t pool_size) {
  bool pg = is_postgres_url(url);
  std::unique_ptr<Database> db(new Database(url, pg ? Dialect::postgres : Dialect::sqlite));
  for (std::size_t i = 0; i < std::max<std::size_t>(pool_size, 1); ++i) {
    std::unique_ptr<Connection> conn;
    if (pg) {
      conn = TRY(PostgresConnection::open(url));
    } else {
      conn = TRY(SqliteConnection::open(url));
    }
    db->idle_.push_back(std::move(conn));
  }
  return db;
}

Lease Database::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [this] { return !idle_.empty(); });
  std::unique_ptr<Connection> conn = std::move(idle_.back());
  idle_.pop_back();
  return Lease(*this, std::move(conn));
}

void Database::give_back(std::unique_ptr<Connection> conn) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(conn));
  }
  available_.notify_one();
}

}  // namespace vigie
