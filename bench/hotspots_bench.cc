// KDE and Gi* on Chicago's 2014 burglaries. Times and results go to <folder> so that
// bench/r_peers.R can time R (spatstat, spdep) on the same inputs and compare the outputs.
#include <cstdio>
#include <fstream>

#include "analysis/gistar.h"
#include "analysis/kde.h"
#include "timing.h"

using namespace vigie;  // NOLINT(google-build-using-namespace): a benchmark's main

namespace {

struct KdeCase {
  const char* name;
  analysis::Kernel kernel;
  double sigma;  // 0: spatstat's default
  int pixels;
};

const KdeCase kCases[] = {{"gaussian_default_128", analysis::Kernel::gaussian, 0, 128},
                          {"gaussian_500_512", analysis::Kernel::gaussian, 500, 512},
                          {"quartic_300_256", analysis::Kernel::quartic, 300, 256}};

void write_values(const std::string& path, const std::vector<double>& values) {
  std::ofstream out(path);
  char buffer[32];
  for (double v : values) {
    std::snprintf(buffer, sizeof buffer, "%.17g\n", v);
    out << buffer;
  }
}

}  // namespace

int hotspots_bench(const std::string& csv, const std::string& folder) {
  analysis::Events events;
  for (const auto& e : bench::load_events(csv)) {
    if (analysis::civil_from_days(e.day).year == 2014) events.push_back(e);
  }
  std::ofstream times(folder + "/vigie_times.tsv");
  for (const KdeCase& c : kCases) {
    analysis::KdeOptions o;
    o.kernel = c.kernel;
    if (c.sigma > 0) o.sigma = c.sigma;
    o.columns = o.rows = c.pixels;
    analysis::DensityGrid grid;
    const double s = bench::best_seconds(5, [&] { grid = *analysis::kernel_density(events, o); });
    write_values(folder + "/vigie_kde_" + c.name + ".txt", grid.values);
    times << "kde_" << c.name << "\t" << s << "\n";
  }
  const analysis::Window box = analysis::bounding_box(events);
  std::vector<analysis::GiStarValue> values;
  analysis::Fishnet net;
  const double s = bench::best_seconds(5, [&] {
    net = *analysis::fishnet(events, 250, box);
    values = *analysis::getis_ord_gistar(net.cells, {.distance = 500});
  });
  std::vector<double> z;
  for (const auto& v : values)
    z.push_back(v.z);
  write_values(folder + "/vigie_gistar_250_500.txt", z);
  times << "gistar_250_500\t" << s << "\n";
  std::printf("Vigie : %zu événements, %zu mailles de 250 m (résultats dans %s)\n", events.size(),
              net.cells.size(), folder.c_str());
  return 0;
}
