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
  std::printf("  %-66s %9.3f s  %s\n", what, seconds, note);
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
  bench::NaiveKnox naive;
  const double naive_seconds =
      bench::best_seconds(1, [&] { naive = bench::naive_knox(y2014, 200, 7, 99); });
  row("Vigie, 2014, 200 m × 7 j, 99 simulations", vigie);
  row("Tous les couples à chaque permutation (même processus, 1 cœur)", naive_seconds);
  row("Near Repeat Calculator 1.3 (publié, même travail)", 534, "8 min 54 s");
  row("Implémentation Python (publiée, portable)", 4, "environ");
  const auto& cell = result.cell(0, 0);
  std::printf("  couples proches observés : Vigie %lld, tous les couples %lld — %s\n",
              static_cast<long long>(cell.observed), static_cast<long long>(naive.observed),
              cell.observed == naive.observed ? "identiques" : "DIFFÉRENTS");
  std::printf("  moyenne simulée (tirages différents) : Vigie %.1f, tous les couples %.1f ; "
              "rapport de Knox %.3f, p = %.2f (pair : p = %.2f)\n",
              cell.mean, naive.mean, cell.ratio_mean.value_or(0), cell.p, naive.p);
  const double everything =
      bench::best_seconds(3, [&] { result = *analysis::near_repeat(all, job(99)); });
  row("Vigie, 2014-2017 (45 319 événements), 99 simulations", everything);
  const double big =
      bench::best_seconds(1, [&] { result = *analysis::near_repeat(all, job(999)); });
  row("Vigie, 2014-2017, 999 simulations", big);
  return result.cell(0, 0).observed > 0 ? 0 : 1;
}
