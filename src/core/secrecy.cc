// Statistical secrecy of small counts; see secrecy.h.
#include "core/secrecy.h"

#include <algorithm>

namespace vigie {

std::vector<StatLine> masked(const std::map<std::string, int>& counts, int threshold) {
  std::vector<StatLine> out;
  out.reserve(counts.size());
  int hidden = 0;
  int hidden_sum = 0;
  for (const auto& [key, count] : counts) {
    bool small = count < threshold;
    out.push_back({key, small ? std::nullopt : std::optional<int>(count)});
    hidden += small ? 1 : 0;
    hidden_sum += small ? count : 0;
  }
  // Complementary suppression: the total is shown, so the masked cells' sum is known. One masked
  // cell would be that sum; several summing to less than the threshold could be pinned (two
  // cells summing to 2 are 1 and 1). Mask the smallest shown cells until neither can happen.
  while (hidden > 0 && (hidden < 2 || hidden_sum < threshold || hidden_sum == hidden)) {
    StatLine* smallest = nullptr;
    for (StatLine& line : out)
      if (line.count && (smallest == nullptr || *line.count < *smallest->count)) smallest = &line;
    if (smallest == nullptr) break;  // everything is masked already
    hidden_sum += *smallest->count;
    ++hidden;
    smallest->count.reset();
  }
  if (hidden >= 2 && hidden_sum == hidden && hidden_sum >= threshold) {
    // Every line masked and each one person: listing their keys alone would tell each count.
    // They are shown together instead, under one line whose members are not named.
    std::erase_if(out, [](const StatLine& l) { return !l.count; });
    out.push_back({"autres (moins de " + std::to_string(threshold) + " chacune)", hidden_sum});
  }
  return out;
}

}  // namespace vigie
