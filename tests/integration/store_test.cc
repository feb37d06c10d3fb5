#include <set>

#include "store/migrations.h"
#include "support/backend.h"

namespace vigie::test {

class StoreTest : public BothStores {};

TEST_P(StoreTest, migrations_are_recorded_and_idempotent) {
  auto version = schema_version(db());
  ASSERT_TRUE(version.ok());
  EXPECT_EQ(*version, builtin_migrations().back().version);
  auto again = migrate(db());
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(*again, 0);
}

TEST_P(StoreTest, values_round_trip_with_their_types) {
  Lease conn = db().acquire();
  auto rows = conn->query("SELECT ?, ?, ?, ?",
                          {std::int64_t{-42}, 2.5, std::string("Sécurité « à »"), null_value()});
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  const Row& r = rows->at(0);
  EXPECT_EQ(r.text(2), "Sécurité « à »");
  EXPECT_TRUE(r.is_null(3));
  auto typed = conn->query("SELECT CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION)",
                           {std::int64_t{-42}, 2.5});
  ASSERT_TRUE(typed.ok()) << typed.error().message;
  EXPECT_EQ(typed->at(0).integer(0), -42);
  EXPECT_DOUBLE_EQ(typed->at(0).real(1), 2.5);
}

TEST_P(StoreTest, a_failed_unit_of_work_leaves_nothing_behind) {
  auto result = db().in_transaction([](Connection& conn) -> Result<int> {
    TRY(conn.query("INSERT INTO regions (code, name) VALUES ('99', 'Essai')"));
    return Error::invalid("refusé", "x");
  });
  ASSERT_FALSE(result.ok());
  Lease conn = db().acquire();
  EXPECT_TRUE(conn->query("SELECT 1 FROM regions WHERE code = '99'")->empty());
}

TEST_P(StoreTest, a_unique_violation_is_a_conflict) {
  Lease conn = db().acquire();
  ASSERT_TRUE(conn->query("INSERT INTO regions (code, name) VALUES ('98', 'A')").ok());
  auto dup = conn->query("INSERT INTO regions (code, name) VALUES ('98', 'B')");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, ErrorCode::conflict);
}

TEST_P(StoreTest, a_connection_is_usable_after_a_failed_statement) {
  Lease conn = db().acquire();
  EXPECT_FALSE(conn->query("SELECT * FROM no_such_table").ok());
  EXPECT_TRUE(conn->query("SELECT 1").ok());
}

VIGIE_BOTH_STORES(StoreTest);

}  // namespace vigie::test

namespace vigie::test {

// Every reference to another table leads an index (issue 18 §4): otherwise a screen reading
// "the rows of X" scans the whole table, as each deletion of X does to check the reference.
// The schema is the same on both stores; SQLite's catalogue is the easier to read.
TEST(Schema, every_reference_leads_an_index) {
  FreshStore store(Backend::sqlite);
  Lease conn = store.db().acquire();
  // Accounts are disabled, never deleted, and no screen lists rows by who wrote them.
  const std::set<std::string> exempt_targets{"users"};
  std::vector<std::string> missing;
  Rows tables = conn->query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                            "LIKE 'sqlite_%' ORDER BY name")
                    .value();
  for (const Row& t : tables) {
    const std::string table = t.text(0);
    std::set<std::string> leading;
    Rows keys = conn->query("SELECT name FROM pragma_table_info(?) WHERE pk = 1", {table}).value();
    for (const Row& c : keys)
      leading.insert(c.text(0));
    Rows indexes = conn->query("SELECT name FROM pragma_index_list(?)", {table}).value();
    for (const Row& index : indexes) {
      Rows first =
          conn->query("SELECT name FROM pragma_index_info(?) WHERE seqno = 0", {index.text(0)})
              .value();
      if (!first.empty()) leading.insert(first.at(0).text(0));
    }
    Rows references =
        conn->query("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?) WHERE seq = 0",
                    {table})
            .value();
    for (const Row& fk : references) {
      const std::string name = table + "." + fk.text(0);
      if (!leading.contains(fk.text(0)) && !exempt_targets.contains(fk.text(1))) {
        missing.push_back(name);
      }
    }
  }
  EXPECT_TRUE(missing.empty()) << "sans index : " << ::testing::PrintToString(missing);
}

}  // namespace vigie::test
