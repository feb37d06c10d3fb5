// The follow-up journal under a key kept outside the database (issue 12 §3): whoever can write
// the database — and recompute SHA-256 — still cannot rewrite, insert, delete, or cut either end
// unseen. Each attack below is done as such a person would, with SQL and any key but ours.
#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include "journal/chained/journal.h"
#include "support/backend.h"

namespace vigie::test {
namespace fs = std::filesystem;

class JournalKeyTest : public BothStores {
 protected:
  void SetUp() override {
    BothStores::SetUp();
    dir_ = fs::path(::testing::TempDir()) / ("journal-key-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    keys_ = ensure_journal_keys(dir_ / "journal.key").value().first;
    actor_.user_id = 7;
    actor_.login = "agent";
    actor_.origin = "192.0.2.10";
  }
  void TearDown() override {
    fs::remove_all(dir_);
    BothStores::TearDown();
  }
  ChainedJournal journal() { return ChainedJournal(db(), clock_, keys_); }
  /// Entry ids, oldest first, after writing `n` entries.
  std::vector<std::int64_t> write(int n) {
    ChainedJournal j = journal();
    for (int i = 0; i < n; ++i) {
      clock_.advance(60);
      EXPECT_TRUE(j.record(actor_, 1, 100 + i, "lecture", "entrée " + std::to_string(i)).ok());
    }
    return ids();
  }
  std::vector<std::int64_t> ids() {
    Lease conn = db().acquire();
    std::vector<std::int64_t> out;
    Rows rows = conn->query("SELECT id FROM followup_journal ORDER BY id").value();
    for (const Row& r : rows)
      out.push_back(r.integer(0));
    return out;
  }
  void sql(const std::string& statement, const std::vector<Value>& params = {}) {
    Lease conn = db().acquire();
    ASSERT_TRUE(conn->query(statement, params).ok()) << statement;
  }
  std::string text(const std::string& query, const std::vector<Value>& params = {}) {
    Lease conn = db().acquire();
    return conn->query(query, params).value().at(0).text(0);
  }
  ChainCheck check(const std::optional<std::string>& checkpoint = std::nullopt) {
    return journal().verify(checkpoint).value();
  }

  fs::path dir_;
  JournalKeys keys_;
  Actor actor_;
  ManualClock clock_{1'780'000'000};
};

TEST_P(JournalKeyTest, a_keyed_journal_verifies_and_says_so) {
  write(4);
  ChainCheck c = check();
  EXPECT_EQ(c.state, "intact");
  EXPECT_EQ(c.entries, 4);
  EXPECT_FALSE(c.broken_at);
  EXPECT_EQ(ChainedJournal(db(), clock_).verify().value().state, "sans_cle");
}

TEST_P(JournalKeyTest, an_entry_rewritten_and_rehashed_without_the_key_is_found) {
  auto id = write(5);
  // The attacker changes entry 3 and recomputes every hash after it with SHA-256, as the
  // unkeyed chain allowed, then moves the head.
  sql("UPDATE followup_journal SET detail = 'rien' WHERE id = ?", {id[2]});
  Lease conn = db().acquire();
  std::string previous =
      conn->query("SELECT previous_hash FROM followup_journal WHERE id = ?", {id[2]})
          .value()
          .at(0)
          .text(0);
  for (std::size_t k = 2; k < id.size(); ++k) {
    ChainedEntry e;
    Row r = conn->query("SELECT at, user_id, user_login, origin, territory_id, followup_id, "
                        "action, detail FROM followup_journal WHERE id = ?",
                        {id[k]})
                .value()
                .at(0);
    e = {id[k],
         r.text(0),
         r.integer(1),
         r.text(2),
         r.text(3),
         r.integer(4),
         r.optional_integer(5),
         r.text(6),
         r.optional_text(7),
         previous,
         "",
         0};
    e.hash = chain_hash(e);
    ASSERT_TRUE(conn->query("UPDATE followup_journal SET previous_hash = ?, hash = ?, "
                            "key_version = 0 WHERE id = ?",
                            {previous, e.hash, id[k]})
                    .ok());
    previous = e.hash;
  }
  ASSERT_TRUE(
      conn->query("UPDATE followup_journal_head SET last_hash = ? WHERE id = 1", {previous}).ok());
  ChainCheck c = check();
  EXPECT_EQ(c.state, "altere");
  EXPECT_EQ(c.broken_at, id[2]);
}

TEST_P(JournalKeyTest, an_entry_forged_under_another_key_is_found) {
  auto id = write(3);
  JournalKeys other = ensure_journal_keys(dir_ / "autre.key").value().first;
  ChainedJournal forger(db(), clock_, other);
  ASSERT_TRUE(forger.record(actor_, 1, 999, "lecture", "inventée").ok());
  EXPECT_EQ(check().broken_at, ids().back());
}

TEST_P(JournalKeyTest, an_entry_removed_from_the_middle_is_found) {
  auto id = write(5);
  sql("DELETE FROM followup_journal WHERE id = ?", {id[2]});
  EXPECT_EQ(check().broken_at, id[3]);
}

TEST_P(JournalKeyTest, entries_cut_from_the_end_are_found_and_later_writes_do_not_hide_it) {
  auto id = write(5);
  sql("DELETE FROM followup_journal WHERE id >= ?", {id[3]});
  sql("UPDATE followup_journal_head SET last_hash = ? WHERE id = 1",
      {text("SELECT hash FROM followup_journal WHERE id = ?", {id[2]})});
  EXPECT_EQ(check().state, "altere");
  EXPECT_EQ(check().broken_at, 0);
  write(1);  // the server goes on writing: the seal stays broken
  EXPECT_EQ(check().state, "altere");
}

TEST_P(JournalKeyTest, entries_cut_from_the_start_are_found_but_a_lawful_prune_is_not) {
  auto id = write(5);
  sql("DELETE FROM followup_journal WHERE id <= ?", {id[1]});
  sql("UPDATE followup_journal_head SET anchor_hash = ? WHERE id = 1",
      {text("SELECT previous_hash FROM followup_journal WHERE id = ?", {id[2]})});
  EXPECT_EQ(check().state, "altere");
  EXPECT_EQ(check().broken_at, 0);
}

TEST_P(JournalKeyTest, the_retention_prune_keeps_the_journal_intact) {
  write(3);
  clock_.advance(86'400);
  write(2);
  std::string cutoff = format_timestamp(clock_.now() - 3'600);
  auto removed =
      db().in_transaction([&](Connection& conn) { return journal().prune_in(conn, cutoff); });
  ASSERT_EQ(removed.value(), 3);
  ChainCheck c = check();
  EXPECT_EQ(c.state, "intact");
  EXPECT_EQ(c.entries, 2);
}

TEST_P(JournalKeyTest, a_head_rolled_back_to_an_old_sealed_state_is_caught_by_a_checkpoint) {
  write(3);
  std::string old_last = text("SELECT last_hash FROM followup_journal_head WHERE id = 1");
  std::string old_seal = text("SELECT seal FROM followup_journal_head WHERE id = 1");
  auto id = write(2);
  std::string checkpoint = check().last_hash;  // printed by `vigie journal verify`, kept outside
  sql("DELETE FROM followup_journal WHERE id >= ?", {id[3]});
  sql("UPDATE followup_journal_head SET last_hash = ?, seal = ? WHERE id = 1",
      {old_last, old_seal});
  EXPECT_EQ(check().state, "intact");  // a replayed head: only what was kept outside tells
  ChainCheck c = check(checkpoint);
  EXPECT_EQ(c.state, "altere");
  EXPECT_EQ(c.broken_at, 0);
}

TEST_P(JournalKeyTest, entries_downgraded_to_the_unkeyed_form_are_found) {
  write(3);
  sql("UPDATE followup_journal_head SET seal = '' WHERE id = 1");
  EXPECT_EQ(check().state, "altere");  // keyed entries always have a sealed head
}

TEST_P(JournalKeyTest, older_unkeyed_entries_are_sealed_once_when_keys_arrive) {
  ChainedJournal before(db(), clock_);
  ASSERT_TRUE(before.record(actor_, 1, 1, "creation").ok());
  EXPECT_EQ(check().state, "non_scelle");
  ASSERT_TRUE(journal().seal_new().ok());
  EXPECT_EQ(journal().seal_new().error().code, ErrorCode::conflict);
  write(2);
  ChainCheck c = check();
  EXPECT_EQ(c.state, "intact");
  EXPECT_EQ(c.entries, 3);
  sql("UPDATE followup_journal SET detail = 'x' WHERE key_version = 0");  // rewrite the prefix
  EXPECT_EQ(check().state, "altere");
}

TEST_P(JournalKeyTest, a_rotated_key_signs_new_entries_and_old_ones_still_verify) {
  write(2);
  ASSERT_EQ(rotate_journal_key(dir_ / "journal.key").value(), 2);
  keys_ = load_journal_keys(dir_ / "journal.key").value();
  write(2);
  EXPECT_EQ(text("SELECT MAX(key_version) FROM followup_journal"), "2");
  EXPECT_EQ(check().state, "intact");
  keys_.by_version.erase(1);  // the old key lost: its entries can no longer be vouched for
  EXPECT_EQ(check().state, "altere");
}

TEST(JournalKeyFile, a_key_readable_by_others_or_malformed_is_refused) {
  fs::path dir = fs::path(::testing::TempDir()) / "journal-key-file";
  fs::remove_all(dir);
  auto made = ensure_journal_keys(dir / "k");
  ASSERT_TRUE(made.ok());
  EXPECT_TRUE(made->second);
  EXPECT_EQ(fs::status(dir / "k").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_FALSE(ensure_journal_keys(dir / "k").value().second);  // kept, not replaced
  ::chmod((dir / "k").c_str(), 0644);
  EXPECT_EQ(load_journal_keys(dir / "k").error().field, "journal-key");
  std::ofstream(dir / "bad") << "1 abc\n";
  ::chmod((dir / "bad").c_str(), 0600);
  auto bad = load_journal_keys(dir / "bad");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find(":1"), std::string::npos) << bad.error().message;
  fs::remove_all(dir);
}

VIGIE_BOTH_STORES(JournalKeyTest);

}  // namespace vigie::test
