#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/event.h"

namespace vigie::test {

/// What the Near Repeat Calculator wrote in its verbose CSV for one cell.
struct NrcCell {
  int row = 0;     // 1-based, as the calculator numbers them
  int column = 0;  // 1-based
  std::vector<std::int64_t> simulated;
  std::int64_t observed = 0;
  double mean = 0;
  double p = 0;
  double ratio = 0;  // "Obs over Mean Exp"
};

struct NrcVerbose {
  std::vector<std::vector<std::int64_t>> observed;  // the "Observed frequencies" table
  std::vector<NrcCell> cells;
};

/// Reads a calculator verbose file (throws on a layout it does not know: a test input).
NrcVerbose read_nrc_verbose(const std::string& path);
std::string read_text_file(const std::string& path);
/// A path under tests/fixtures/.
std::string fixture_path(const std::string& relative);
/// The events of a CSV under tests/fixtures/ (throws if unreadable: a test input).
analysis::Events fixture_events(const std::string& relative);

}  // namespace vigie::test
