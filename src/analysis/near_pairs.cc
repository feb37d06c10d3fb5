#include "analysis/near_pairs.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace vigie::analysis {
namespace {

struct Grid {
  std::vector<std::uint64_t> keys;      // sorted cell keys, one per point
  std::vector<std::uint32_t> order;     // point indices in key order
  std::vector<std::size_t> cell_start;  // start of each distinct cell in `order`
};

std::uint64_t key_of(std::int64_t cx, std::int64_t cy) {
  return (static_cast<std::uint64_t>(cx) << 32U) | static_cast<std::uint64_t>(cy);
}

Grid build_grid(const std::vector<double>& xs, const std::vector<double>& ys, double cell) {
  const double x0 = *std::min_element(xs.begin(), xs.end());
  const double y0 = *std::min_element(ys.begin(), ys.end());
  Grid grid;
  std::vector<std::uint64_t> point_keys(xs.size());
  for (std::size_t i = 0; i < xs.size(); ++i) {
    // +1 keeps a neighbour at cx − 1 non-negative; coordinates are bounded by the reader.
    const auto cx = static_cast<std::int64_t>(std::floor((xs[i] - x0) / cell)) + 1;
    const auto cy = static_cast<std::int64_t>(std::floor((ys[i] - y0) / cell)) + 1;
    point_keys[i] = key_of(cx, cy);
  }
  grid.order.resize(xs.size());
  std::iota(grid.order.begin(), grid.order.end(), 0U);
  std::sort(grid.order.begin(), grid.order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return point_keys[a] < point_keys[b] || (point_keys[a] == point_keys[b] && a < b);
  });
  grid.keys.reserve(xs.size());
  for (std::uint32_t i : grid.order)
    grid.keys.push_back(point_keys[i]);
  for (std::size_t i = 0; i < grid.keys.size(); ++i) {
    if (i == 0 || grid.keys[i] != grid.keys[i - 1]) grid.cell_start.push_back(i);
  }
  grid.cell_start.push_back(grid.keys.size());
  return grid;
}

struct Scan {
  const std::vector<double>& xs;
  const std::vector<double>& ys;
  bool manhattan;
  const std::function<int(double)>& classify;

  void pair(std::uint32_t a, std::uint32_t b, NearPairs& out) const {
    const double dx = std::fabs(xs[a] - xs[b]);
    const double dy = std::fabs(ys[a] - ys[b]);
    const double d = manhattan ? dx + dy : std::sqrt(dx * dx + dy * dy);
    const int row = classify(d);
    if (row < 0) return;
    out.first.push_back(std::min(a, b));
    out.second.push_back(std::max(a, b));
    out.row.push_back(static_cast<std::uint16_t>(row));
  }
};

// Pairs inside cell c, and between c and the neighbouring cells with a larger key (each pair
// of cells is then visited once).
void scan_cell(const Grid& grid, std::size_t c, const Scan& scan, NearPairs& out) {
  const std::size_t begin = grid.cell_start[c];
  const std::size_t end = grid.cell_start[c + 1];
  for (std::size_t i = begin; i < end; ++i) {
    for (std::size_t j = i + 1; j < end; ++j)
      scan.pair(grid.order[i], grid.order[j], out);
  }
  const std::uint64_t key = grid.keys[begin];
  const auto cx = static_cast<std::int64_t>(key >> 32U);
  const auto cy = static_cast<std::int64_t>(key & 0xffffffffU);
  for (std::int64_t dx = -1; dx <= 1; ++dx) {
    for (std::int64_t dy = -1; dy <= 1; ++dy) {
      const std::uint64_t other = key_of(cx + dx, cy + dy);
      if (other <= key) continue;
      auto [lo, hi] = std::equal_range(grid.keys.begin(), grid.keys.end(), other);
      for (auto it = lo; it != hi; ++it) {
        const auto j = static_cast<std::size_t>(it - grid.keys.begin());
        for (std::size_t i = begin; i < end; ++i)
          scan.pair(grid.order[i], grid.order[j], out);
      }
    }
  }
}

}  // namespace

NearPairs find_near_pairs(const std::vector<double>& xs, const std::vector<double>& ys,
                          double radius, bool manhattan, const std::function<int(double)>& classify,
                          unsigned threads, const NearPairsLimits& limits) {
  NearPairs result;
  if (xs.size() < 2) return result;
  const Grid grid = build_grid(xs, ys, radius);
  const std::size_t cells = grid.cell_start.size() - 1;
  threads = std::max(1U, std::min<unsigned>(threads, static_cast<unsigned>(cells)));
  std::vector<NearPairs> parts(threads);
  const Scan scan{xs, ys, manhattan, classify};
  std::atomic<std::size_t> kept{0};
  std::atomic<bool> too_many{false};
  auto stop = [&] {
    return too_many.load(std::memory_order_relaxed) ||
           (limits.cancel != nullptr && limits.cancel->load(std::memory_order_relaxed));
  };
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] {
        for (std::size_t c = t; c < cells && !stop(); c += threads) {
          const std::size_t before = parts[t].first.size();
          scan_cell(grid, c, scan, parts[t]);
          const std::size_t added = parts[t].first.size() - before;
          if (limits.max_pairs > 0 && kept.fetch_add(added) + added > limits.max_pairs) {
            too_many = true;
          }
        }
      });
    }
  }
  if (stop()) {  // nothing partial leaves here
    result.too_many = too_many;
    result.cancelled = !too_many;
    return result;
  }
  for (NearPairs& part : parts) {
    result.first.insert(result.first.end(), part.first.begin(), part.first.end());
    result.second.insert(result.second.end(), part.second.begin(), part.second.end());
    result.row.insert(result.row.end(), part.row.begin(), part.row.end());
  }
  return result;
}

}  // namespace vigie::analysis
