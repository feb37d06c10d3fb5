// Near repeat on Chicago's residential burglaries: the published job (2014, one band of
// 200 m × 7 days, 99 iterations), then every event. Peers: the textbook all-pairs count run here,
// and the published timings of the Near Repeat Calculator and of a Python implementation.
#include <cstdio>
#include <iostream>

#include "analysis/near_repeat.h"
#include "naive_knox.h"
#include "timing.h"

using namespace vigie;  // NOLINT(google-build-using-namespace): a benchmark's main

namespace {

analysis::NearRepeatOptions job(int simulations) {
  analysis::NearRepeatOptions o;
  o.spatial_bandwidth = 200;
  o.spatial_bands = 1;
  o.temporal_bandwidth = 7;
  o.temporal_bands = 1;
  o.simulations = simulations;
  o.seed = 2014;
  return o;
}

analysis::Events year(const analysis::Events& all, int wanted) {
  analysis::Events out;
  for (const auto& e : all) {
    if (analysis::civil_from_days(e.day).year == wanted) out.push_back(e);
  }
  return out;
}

void row(const char* what, double seconds, const char* note = "") {
  std::printf("  %-58s %10.3f s  %s\n", what, seconds, note);
}

}  // namespace

int near_repeat_bench(const std::string& csv) {
  const analysis::Events all = bench::load_events(csv);
  const analysis::Events y2014 = year(all, 2014);
  std::printf("Répétitions proches — %u cœurs ; %zu cambriolages en 2014, %zu en tout\n",
              bench::cores(), y2014.size(), all.size());
  analysis::NearRepeatResult result;
  const double vigie =
      bench::best_seconds(5, [&] { result = *analysis::near_repeat(y2014, job(99)); });
  std::int64_t naive_count = 0;
  const double naive_once =
      bench::best_seconds(1, [&] { naive_count = bench::naive_close_pairs(y2014, 200, 7); });
  row("Vigie, 2014, 200 m × 7 j, 99 simulations", vigie);
  row("Tous les couples (même machine, même processus), 1 passage", naive_once,
      "le test en demande 100 (observé + 99)");
  row("Near Repeat Calculator 1.3 (publié, même travail)", 534, "8 min 54 s");
  row("Implémentation Python (publiée, portable)", 4, "environ");
  std::printf("  couples proches observés : Vigie %lld, tous les couples %lld — %s\n",
              static_cast<long long>(result.cell(0, 0).observed),
              static_cast<long long>(naive_count),
              result.cell(0, 0).observed == naive_count ? "identiques" : "DIFFÉRENTS");
  std::printf("  Knox : rapport %.3f, p = %.2f\n", result.cell(0, 0).ratio_mean.value_or(0),
              result.cell(0, 0).p);
  const double everything =
      bench::best_seconds(3, [&] { result = *analysis::near_repeat(all, job(99)); });
  row("Vigie, 2014-2017 (45 319 événements), 99 simulations", everything);
  const double big =
      bench::best_seconds(1, [&] { result = *analysis::near_repeat(all, job(999)); });
  row("Vigie, 2014-2017, 999 simulations", big);
  return result.cell(0, 0).observed > 0 ? 0 : 1;
}
