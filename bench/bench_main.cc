// vigie_bench near-repeat <csv> | hotspots <csv> <folder>: timings printed beside their peers.
#include <iostream>
#include <string>

int near_repeat_bench(const std::string& csv);
int hotspots_bench(const std::string& csv, const std::string& folder);

int main(int argc, char** argv) {
  const std::string what = argc > 1 ? argv[1] : "";
  if (what == "near-repeat" && argc == 3) return near_repeat_bench(argv[2]);
  if (what == "hotspots" && argc == 4) return hotspots_bench(argv[2], argv[3]);
  std::cerr << "usage: vigie_bench near-repeat <csv> | hotspots <csv> <dossier>\n";
  return 2;
}
