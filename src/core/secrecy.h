#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vigie {

/// One line of a statistic: a count, or nothing when below the threshold (masked, not rounded).
struct StatLine {
  std::string key;
  std::optional<int> count;
};

/// Counts as statistic lines, each below `threshold` masked (no count), never rounded; then
/// complementary suppression, since the total is published: the smallest shown lines are masked
/// too until at least two lines are masked and their sum reaches `threshold`, so that no sum or
/// difference of shown figures gives a masked one (the rule of statistical secrecy tables,
/// e.g. INSEE's « secret secondaire »). Lines that would each be one unit are merged under one
/// unnamed line. Pure. Used by the follow-up statistics and the observatoire's counts.
std::vector<StatLine> masked(const std::map<std::string, int>& counts, int threshold);

}  // namespace vigie
