#pragma once

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "analysis/event_csv.h"

namespace vigie::bench {

/// Best wall-clock seconds of `runs` calls: the least disturbed run, as hyperfine's min.
template <typename F>
double best_seconds(int runs, F&& f) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    f();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

inline analysis::Events load_events(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto table = analysis::parse_events_csv(text);
  if (!table) throw std::runtime_error(path + ": " + table.error().message);
  return std::move(table->events);
}

inline unsigned cores() { return std::thread::hardware_concurrency(); }

}  // namespace vigie::bench
