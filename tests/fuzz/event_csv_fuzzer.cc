// Fuzz target for the CSV readers: any bytes must give events or a clear error, never a crash,
// a hang, or events that break the readers' promises. Built with clang by scripts/fuzz.sh;
// replayed over the kept corpus by `make test` (fuzz_replay.cc).
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "analysis/area_csv.h"
#include "analysis/event_csv.h"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

void check_events(std::string_view text, vigie::analysis::DateOrder order) {
  vigie::analysis::CsvOptions options;
  options.date_order = order;
  options.max_events = 100000;
  auto table = vigie::analysis::parse_events_csv(text, options);
  if (!table.ok()) {
    require(!table.error().message.empty() && table.error().field.has_value());
    return;
  }
  require(!table->events.empty() && table->events.size() == table->lines.size());
  for (std::size_t i = 0; i < table->events.size(); ++i) {
    const auto& e = table->events[i];
    require(std::isfinite(e.x) && std::isfinite(e.y) && std::fabs(e.x) <= 1e8);
    require(e.second_of_day >= -1 && e.second_of_day < 86400);
    require(i == 0 || table->lines[i] > table->lines[i - 1]);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_events(text, vigie::analysis::DateOrder::automatic);
  check_events(text, vigie::analysis::DateOrder::day_month);
  auto areas = vigie::analysis::parse_areas_csv(text);
  if (areas.ok()) {
    for (const auto& a : *areas)
      require(!a.id.empty() && std::isfinite(a.value));
  }
  return 0;
}
