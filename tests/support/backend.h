#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "store/database.h"

namespace vigie::test {

enum class Backend { sqlite, postgres };

/// A fresh, migrated store for one test: a temporary SQLite file, or a new schema on the
/// throw-away PostgreSQL server that scripts/test.sh starts (VIGIE_TEST_POSTGRES).
class FreshStore {
 public:
  explicit FreshStore(Backend backend, std::size_t pool_size = 4);
  ~FreshStore();
  Database& db() { return *db_; }
  const std::string& url() const { return url_; }

 private:
  Backend backend_;
  std::string url_;
  std::string schema_;
  std::string sqlite_dir_;
  std::unique_ptr<Database> db_;
};

/// Base of every integration test: runs once per backend.
class BothStores : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { store_ = std::make_unique<FreshStore>(GetParam()); }
  void TearDown() override { store_.reset(); }
  Database& db() { return store_->db(); }

  std::unique_ptr<FreshStore> store_;
};

std::string backend_name(const ::testing::TestParamInfo<Backend>& info);

/// Inserts the real entries of these INSEE codes from the official list (npm package), so that
/// a test needs no more than the communes it uses.
void add_official_communes(Database& db, const std::vector<std::string>& codes);

/// Every row of the tables a strategy lives in, as text: equal before and after a refused
/// request means the request changed nothing.
std::string snapshot(Database& db);

std::string source_path(const std::string& relative);
std::string read_text(const std::string& path);
/// The seed strategy documents of data/seeds, in order.
std::vector<std::filesystem::path> seed_data_files();

}  // namespace vigie::test

#define VIGIE_BOTH_STORES(Suite)                                                                   \
  INSTANTIATE_TEST_SUITE_P(                                                                        \
      Stores, Suite,                                                                               \
      ::testing::Values(::vigie::test::Backend::sqlite, ::vigie::test::Backend::postgres),         \
      ::vigie::test::backend_name)
