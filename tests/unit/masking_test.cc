// Small-count masking that subtraction cannot undo (issue 12 §7): for many tables, an attacker
// who knows the published total, the shown cells and that every listed cell counts at least one
// person tries every assignment of the masked cells; none of them may be pinned to one value.
#include <numeric>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "followup/retention/policy.h"

namespace vigie {
namespace {

// The values a masked cell can take given the shown figures: every split of the hidden sum into
// positive parts (the attacker's best, with no upper bound known).
std::set<int> possible_values(const std::vector<StatLine>& lines, int total) {
  int shown = 0;
  int hidden = 0;
  for (const StatLine& l : lines) {
    if (l.count) {
      shown += *l.count;
    } else {
      ++hidden;
    }
  }
  int rest = total - shown;  // every subtraction of shown figures from the total ends here
  std::set<int> values;
  if (hidden == 0) return values;
  for (int v = 1; v <= rest - (hidden - 1); ++v)
    values.insert(v);
  return values;
}

TEST(Masking, the_issue_s_example_no_longer_gives_the_parquet_count) {
  // total 6, famille 5, parquet 1: before, 6 − 5 = 1 gave parquet away.
  auto lines = masked({{"famille", 5}, {"parquet", 1}}, 5);
  EXPECT_FALSE(lines[0].count);
  EXPECT_FALSE(lines[1].count);
  EXPECT_GE(possible_values(lines, 6).size(), 2U);
}

TEST(Masking, no_subtraction_recovers_a_masked_count_in_any_table) {
  std::mt19937 random(12);
  for (int table = 0; table < 5000; ++table) {
    std::map<std::string, int> counts;
    int cells = 1 + static_cast<int>(random() % 6);
    for (int c = 0; c < cells; ++c)
      counts["k" + std::to_string(c)] = 1 + static_cast<int>(random() % (c % 2 ? 12 : 5));
    int total = 0;
    for (const auto& [k, v] : counts)
      total += v;
    if (total < 5) continue;  // the total itself is masked then, and so is every cell
    auto lines = masked(counts, 5);
    int hidden = 0;
    for (const StatLine& l : lines) {
      if (l.count) {
        // Shown figures are exact, never rounded (or the one "autres" line of ones).
        if (counts.contains(l.key)) {
          EXPECT_EQ(*l.count, counts[l.key]);
        }
        EXPECT_GE(*l.count, 5);
      } else {
        ++hidden;
      }
    }
    if (hidden == 0) continue;
    EXPECT_GE(hidden, 2) << "table " << table;
    EXPECT_GE(possible_values(lines, total).size(), 2U) << "table " << table;
  }
}

TEST(Masking, single_people_in_many_categories_are_shown_together_unnamed) {
  auto lines = masked({{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}, {"e", 1}}, 5);
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0].count, 5);
  EXPECT_EQ(lines[0].key, "autres (moins de 5 chacune)");
}

TEST(Masking, nothing_is_masked_when_every_count_reaches_the_threshold) {
  auto lines = masked({{"a", 5}, {"b", 9}}, 5);
  EXPECT_EQ(lines[0].count, 5);
  EXPECT_EQ(lines[1].count, 9);
}

}  // namespace
}  // namespace vigie
