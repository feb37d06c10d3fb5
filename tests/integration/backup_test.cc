// vigie backup and vigie restore (issue 18 §2): a copy taken while a server writes restores into
// a fresh instance holding every table as the copy had it; bad input leaves everything as it was.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <gtest/gtest.h>

#include "store/database.h"
#include "support/backend.h"
#include "support/command.h"
#include "support/temp_dir.h"

namespace vigie::test {
namespace {
namespace fs = std::filesystem;

using Outcome = CommandOutcome;

// From the sources, where the demo finds its data (ctest runs elsewhere); every path is absolute.
Outcome run(const std::string& args) { return run_vigie(args, source_path(".")); }

std::string text_of(const Value& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return "∅";
        } else if constexpr (std::is_same_v<T, std::string>) {
          return "'" + x + "'";
        } else {
          return std::to_string(x);
        }
      },
      v);
}

// Every table of a SQLite file: its name → its rows as sorted lines.
std::map<std::string, std::vector<std::string>> tables(const std::string& file) {
  auto db = Database::open(file, 1);
  if (!db) throw std::runtime_error(db.error().message);
  Lease conn = (*db)->acquire();
  std::map<std::string, std::vector<std::string>> out;
  auto names = conn->query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  for (const Row& n : *names) {
    auto rows = conn->query("SELECT * FROM \"" + n.text(0) + "\"");
    if (!rows) throw std::runtime_error(rows.error().message);
    auto& lines = out[n.text(0)];
    for (const Row& r : *rows) {
      std::string line;
      for (std::size_t i = 0; i < r.size(); ++i)
        line += text_of(r.value(i)) + "|";
      lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end());
  }
  return out;
}

class BackupTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(run("demo --db " + path("vigie.db")).status, 0); }
  std::string path(const std::string& name) const { return dir_ / name; }

  TempDir dir_{"vigie-backup-"};
};

TEST_F(BackupTest, a_copy_taken_while_a_server_writes_restores_every_table) {
  // A server's writes go on during the copy: the copy is the base at one instant.
  std::atomic<bool> stop = false;
  std::atomic<int> written = 0;
  std::thread writer([&] {
    auto db = Database::open(path("vigie.db"), 1);
    ASSERT_TRUE(db.ok());
    while (!stop) {
      Lease conn = (*db)->acquire();
      if (conn->query("INSERT INTO address_buckets (address, tokens, at, granted) "
                      "VALUES (?, 1, 0, 1)",
                      {"10.0.0." + std::to_string(written.load())})
              .ok()) {
        ++written;
      }
    }
  });
  while (written < 20)
    std::this_thread::yield();
  Outcome backup = run("backup --db " + path("vigie.db") + " --to " + path("copie.db"));
  stop = true;
  writer.join();
  ASSERT_EQ(backup.status, 0) << backup.output;
  EXPECT_NE(backup.output.find("Sauvegarde écrite et vérifiée"), std::string::npos);
  // One self-contained file: no -wal, -shm nor partial copy left beside it.
  for (const auto& entry : fs::directory_iterator(dir_.path())) {
    EXPECT_TRUE(entry.path().filename().string().starts_with("vigie.db") ||
                entry.path().filename() == "copie.db")
        << entry.path();
  }

  Outcome restored = run("restore --from " + path("copie.db") + " --db " + path("neuve.db"));
  ASSERT_EQ(restored.status, 0) << restored.output;
  auto copy = tables(path("copie.db")), fresh = tables(path("neuve.db"));
  auto live = tables(path("vigie.db"));
  EXPECT_GT(copy.size(), 40U);
  EXPECT_EQ(fresh, copy);  // every table, every row
  for (const auto& [name, rows] : live) {
    if (name == "address_buckets") continue;
    EXPECT_EQ(copy[name], rows) << name;
  }
  EXPECT_GE(copy["address_buckets"].size(), 20U);
  EXPECT_LE(copy["address_buckets"].size(), live["address_buckets"].size());
  EXPECT_GT(copy["strategies"].size(), 3U);
}

TEST_F(BackupTest, bad_requests_are_refused_and_change_nothing) {
  auto before = tables(path("vigie.db"));
  std::ofstream(path("texte.db")) << "pas une base";
  Outcome exists = run("backup --db " + path("vigie.db") + " --to " + path("texte.db"));
  EXPECT_EQ(exists.status, 2);
  EXPECT_NE(exists.output.find("existe déjà"), std::string::npos) << exists.output;
  Outcome not_a_base = run("restore --from " + path("texte.db") + " --db " + path("autre.db"));
  EXPECT_EQ(not_a_base.status, 2) << not_a_base.output;
  EXPECT_FALSE(fs::exists(path("autre.db")));
  ASSERT_EQ(run("backup --db " + path("vigie.db") + " --to " + path("copie.db")).status, 0);
  Outcome onto = run("restore --from " + path("copie.db") + " --db " + path("vigie.db"));
  EXPECT_EQ(onto.status, 2);
  EXPECT_NE(onto.output.find("--remplacer"), std::string::npos) << onto.output;
  Outcome postgres = run("backup --db postgresql://localhost/vigie --to " + path("pg.db"));
  EXPECT_EQ(postgres.status, 2);
  EXPECT_NE(postgres.output.find("pgBackRest"), std::string::npos) << postgres.output;
  Outcome missing_folder =
      run("backup --db " + path("vigie.db") + " --to " + path("absent/copie.db"));
  EXPECT_EQ(missing_folder.status, 2);
  EXPECT_EQ(tables(path("vigie.db")), before);
  // With --remplacer the base comes back as the copy had it.
  {
    auto db = Database::open(path("vigie.db"), 1);
    Lease conn = (*db)->acquire();
    ASSERT_TRUE(conn->query("DELETE FROM funding_requests").ok());
  }
  ASSERT_EQ(
      run("restore --remplacer --from " + path("copie.db") + " --db " + path("vigie.db")).status,
      0);
  EXPECT_EQ(tables(path("vigie.db")), before);
}

// The helper's report: a restore under a running server must not leave it writing into a
// replaced file. The server's connection, kept open across the restore, reads the restored base
// and its later writes land in it.
TEST_F(BackupTest, a_restore_under_a_running_server_is_what_the_server_then_uses) {
  ASSERT_EQ(run("backup --db " + path("vigie.db") + " --to " + path("copie.db")).status, 0);
  auto server = Database::open(path("vigie.db"), 1);
  ASSERT_TRUE(server.ok());
  {
    Lease conn = (*server)->acquire();
    ASSERT_TRUE(conn->query("DELETE FROM funding_requests").ok());
  }
  Outcome restored =
      run("restore --remplacer --from " + path("copie.db") + " --db " + path("vigie.db"));
  ASSERT_EQ(restored.status, 0) << restored.output;
  Lease conn = (*server)->acquire();
  auto counted = conn->query("SELECT COUNT(*) FROM funding_requests");
  ASSERT_TRUE(counted.ok());
  EXPECT_GT((*counted)[0].integer(0), 0);  // the restored rows, seen by the open connection
  ASSERT_TRUE(conn->query("INSERT INTO address_buckets (address, tokens, at, granted) "
                          "VALUES ('192.0.2.1', 1, 0, 1)")
                  .ok());
  EXPECT_EQ(tables(path("vigie.db"))["address_buckets"].size(),
            tables(path("copie.db"))["address_buckets"].size() + 1);
}

TEST_F(BackupTest, a_restore_names_its_mistakes) {
  ASSERT_EQ(run("backup --db " + path("vigie.db") + " --to " + path("copie.db")).status, 0);
  auto before = tables(path("vigie.db"));
  // No default base: run from the wrong folder, it would have overwritten var/vigie.db.
  Outcome no_db = run("restore --remplacer --from " + path("copie.db"));
  EXPECT_EQ(no_db.status, 2);
  EXPECT_NE(no_db.output.find("--db"), std::string::npos) << no_db.output;
  std::ofstream(path("texte.db")) << "pas une base";
  const std::string copy = " --from " + path("copie.db"), base = " --db " + path("vigie.db");
  const std::pair<std::string, std::string> cases[] = {
      {copy + " --db " + path("copie.db"), "db: " + path("copie.db") + " : c'est la sauvegarde"},
      {" --from " + dir_.path().string() + base, "from: " + dir_.path().string() + " : un dossier"},
      {" --from " + path("texte.db") + base,
       "from: " + path("texte.db") + " : ce n'est pas une base SQLite"},
      {copy + " --db " + path("texte.db"),
       "db: " + path("texte.db") + " : ce n'est pas une base SQLite"},
      {copy + " --db " + path("absent/vigie.db"),
       "db: " + path("absent") + " : dossier introuvable"},
  };
  for (const auto& [args, expected] : cases) {
    Outcome outcome = run("restore --remplacer" + args);
    EXPECT_EQ(outcome.status, 2) << args << "\n" << outcome.output;
    EXPECT_NE(outcome.output.find(expected), std::string::npos) << args << "\n" << outcome.output;
  }
  EXPECT_EQ(tables(path("vigie.db")), before);
}

}  // namespace
}  // namespace vigie::test
