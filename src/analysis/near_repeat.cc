#include "analysis/near_repeat.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "analysis/bands.h"
#include "analysis/near_pairs.h"

namespace vigie::analysis {
namespace {

// The table's shape and the per-pair rules, fixed once the options are checked.
struct Layout {
  NearRepeatOptions options;
  int near_rows = 0;  // same location + spatial bands: rows counted pair by pair
  int columns = 0;    // temporal bands (+ beyond)
  double radius = 0;  // pairs at this distance or more are never visited
  std::vector<double> xs, ys, times;
  std::vector<int> day_column;  // whole days apart → column (−1: left out), when times are days
};

Result<NearRepeatOptions> effective_options(const Events& events, NearRepeatOptions o) {
  auto invalid = [](const std::string& what, const char* field) {
    return Error::invalid(what, field);
  };
  if (!(o.spatial_bandwidth > 0) || !std::isfinite(o.spatial_bandwidth)) {
    return invalid("la largeur des bandes spatiales doit être un nombre de mètres positif.",
                   "spatial_bandwidth");
  }
  if (!(o.temporal_bandwidth > 0) || !std::isfinite(o.temporal_bandwidth)) {
    return invalid("la largeur des bandes temporelles doit être un nombre de jours positif.",
                   "temporal_bandwidth");
  }
  if (o.spatial_bands < 1 || o.spatial_bands > 100) {
    return invalid("entre 1 et 100 bandes spatiales.", "spatial_bands");
  }
  if (o.temporal_bands < 1 || o.temporal_bands > 100) {
    return invalid("entre 1 et 100 bandes temporelles.", "temporal_bands");
  }
  if (o.nrc) {
    o.same_location = o.spatial_beyond = o.temporal_beyond = true;
    o.same_location_distance = 0.01;
    o.use_time_of_day = false;
    if (o.simulations < 2 || o.simulations > 100001) {
      return invalid("le calculateur demande de 2 à 100 001 itérations.", "simulations");
    }
    o.simulations -= 1;
  } else if (o.simulations < 1 || o.simulations > 100000) {
    return invalid("entre 1 et 100 000 simulations.", "simulations");
  }
  if (o.same_location &&
      !(o.same_location_distance > 0 && o.same_location_distance < o.spatial_bandwidth)) {
    return invalid("le seuil « même lieu » doit être positif et plus petit qu'une bande.",
                   "same_location_distance");
  }
  if (events.size() < 3) return invalid("il faut au moins 3 événements.", "events");
  if (o.use_time_of_day) {
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (!events[i].has_time()) {
        return invalid("l'événement " + std::to_string(i + 1) + " n'a pas d'heure.", "events");
      }
    }
  }
  return o;
}

Result<void> check_spread(const Layout& l) {
  std::set<double> times(l.times.begin(), l.times.end());
  if (times.size() < 2) {
    return Error::invalid("tous les événements ont la même date : la permutation des dates ne "
                          "peut rien montrer.",
                          "events");
  }
  std::set<std::pair<double, double>> places;
  for (std::size_t i = 0; i < l.xs.size() && places.size() < 2; ++i)
    places.emplace(l.xs[i], l.ys[i]);
  if (places.size() < 2) {
    return Error::invalid("tous les événements sont au même endroit.", "events");
  }
  return {};
}

int spatial_row(const NearRepeatOptions& o, double distance) {
  const int offset = o.same_location ? 1 : 0;
  if (o.same_location && distance < o.same_location_distance) return 0;
  const int k = band_of(distance, o.spatial_bandwidth, o.spatial_bands);
  return k < o.spatial_bands ? offset + k : -1;
}

int temporal_column(const NearRepeatOptions& o, double apart) {
  const int k = band_of(apart, o.temporal_bandwidth, o.temporal_bands);
  if (k < o.temporal_bands) return k;
  return o.temporal_beyond ? k : -1;
}

Result<Layout> make_layout(const Events& events, const NearRepeatOptions& requested) {
  Layout l;
  l.options = TRY(effective_options(events, requested));
  const NearRepeatOptions& o = l.options;
  l.near_rows = o.spatial_bands + (o.same_location ? 1 : 0);
  l.columns = o.temporal_bands + (o.temporal_beyond ? 1 : 0);
  l.radius = o.spatial_bands * o.spatial_bandwidth;
  for (const Event& e : events) {
    // The calculator holds coordinates as 32-bit floats; its tables can only be met that way.
    l.xs.push_back(o.nrc ? static_cast<double>(static_cast<float>(e.x)) : e.x);
    l.ys.push_back(o.nrc ? static_cast<double>(static_cast<float>(e.y)) : e.y);
    l.times.push_back(o.use_time_of_day ? e.time_in_days() : static_cast<double>(e.day));
  }
  TRY_VOID(check_spread(l));
  if (!o.use_time_of_day) {
    const auto span =
        static_cast<std::size_t>(std::ceil(o.temporal_bands * o.temporal_bandwidth)) + 1;
    for (std::size_t d = 0; d < span; ++d)
      l.day_column.push_back(temporal_column(o, static_cast<double>(d)));
  }
  return l;
}

std::uint64_t split_mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31U);
}

// Fisher–Yates with Lemire's unbiased bounded draw: the same permutation on every platform.
void shuffle(std::vector<double>& values, std::uint64_t seed) {
  std::mt19937_64 engine(seed);
  for (std::size_t i = values.size() - 1; i > 0; --i) {
    const std::uint64_t bound = i + 1;
    unsigned __int128 m = static_cast<unsigned __int128>(engine()) * bound;
    auto low = static_cast<std::uint64_t>(m);
    if (low < bound) {
      const std::uint64_t threshold = (0 - bound) % bound;
      while (low < threshold) {
        m = static_cast<unsigned __int128>(engine()) * bound;
        low = static_cast<std::uint64_t>(m);
      }
    }
    std::swap(values[i], values[static_cast<std::size_t>(m >> 64U)]);
  }
}

using Table = std::vector<std::int64_t>;  // rows × columns, row-major

// Index of (row, column) in a row-major table.
std::size_t cell_index(int row, int column, int columns) {
  return static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) +
         static_cast<std::size_t>(column);
}

int rows_of(const Layout& l) { return l.near_rows + (l.options.spatial_beyond ? 1 : 0); }

// Pairs of every distance by column: they do not depend on which place got which date, so the
// "beyond" row is this minus the near rows, without visiting the far pairs.
std::vector<std::int64_t> all_pairs_by_column(const Layout& l) {
  std::vector<double> t = l.times;
  std::sort(t.begin(), t.end());
  const NearRepeatOptions& o = l.options;
  std::vector<std::int64_t> below(static_cast<std::size_t>(o.temporal_bands) + 1, 0);
  for (int k = 1; k <= o.temporal_bands; ++k) {
    const double edge = k * o.temporal_bandwidth;
    std::size_t i = 0;
    std::int64_t count = 0;
    for (std::size_t j = 0; j < t.size(); ++j) {
      while (t[j] - t[i] >= edge)
        ++i;
      count += static_cast<std::int64_t>(j - i);
    }
    below[static_cast<std::size_t>(k)] = count;
  }
  const auto n = static_cast<std::int64_t>(t.size());
  std::vector<std::int64_t> columns;
  columns.reserve(static_cast<std::size_t>(o.temporal_bands) + 1);
  for (int k = 0; k < o.temporal_bands; ++k)
    columns.push_back(below[k + 1] - below[k]);
  if (o.temporal_beyond) columns.push_back(n * (n - 1) / 2 - below.back());
  return columns;
}

int column_of(const Layout& l, double apart) {
  if (l.day_column.empty()) return temporal_column(l.options, apart);
  const auto day = static_cast<std::size_t>(apart);
  if (day < l.day_column.size()) return l.day_column[day];
  return l.options.temporal_beyond ? l.options.temporal_bands : -1;
}

Table count_table(const Layout& l, const NearPairs& pairs, const std::vector<double>& times,
                  const std::vector<std::int64_t>& column_totals) {
  Table table(cell_index(rows_of(l), 0, l.columns), 0);
  for (std::size_t p = 0; p < pairs.first.size(); ++p) {
    const int column = column_of(l, std::fabs(times[pairs.first[p]] - times[pairs.second[p]]));
    if (column >= 0) ++table[cell_index(pairs.row[p], column, l.columns)];
  }
  if (l.options.spatial_beyond) {
    for (int c = 0; c < l.columns; ++c) {
      std::int64_t near = 0;
      for (int r = 0; r < l.near_rows; ++r)
        near += table[cell_index(r, c, l.columns)];
      table[cell_index(l.near_rows, c, l.columns)] =
          column_totals[static_cast<std::size_t>(c)] - near;
    }
  }
  return table;
}

Result<NearPairs> pairs_of(const Layout& l, unsigned threads, const RunControl& control) {
  const NearRepeatOptions& o = l.options;
  NearPairs pairs = find_near_pairs(l.xs, l.ys, l.radius, o.metric == Metric::manhattan,
                                    [&o](double d) { return spatial_row(o, d); }, threads,
                                    {o.max_near_pairs, control.cancel});
  if (pairs.cancelled) return Error::cancelled();
  if (pairs.too_many) {
    return Error::invalid("Trop de paires de faits proches pour le test de Knox (plus de " +
                              std::to_string(o.max_near_pairs / 1'000'000) + " millions" +
                              ") : choisissez une catégorie ou une période plus courte.",
                          "events");
  }
  return pairs;
}

unsigned thread_count(unsigned requested) {
  if (requested > 0) return std::min(requested, 256U);
  return std::max(1U, std::thread::hardware_concurrency());
}

// The observed table and everything the simulations reuse: the close pairs and the all-pairs
// column totals.
struct Observation {
  Layout layout;
  NearPairs pairs;
  std::vector<std::int64_t> totals;
  Table table;
  NearRepeatResult result;  // bands and counts filled, no cells yet
};

Result<Observation> observe(const Events& events, const NearRepeatOptions& options,
                            const RunControl& control) {
  Observation o;
  o.layout = TRY(make_layout(events, options));
  const Layout& l = o.layout;
  o.result.threads = thread_count(options.threads);
  o.pairs = TRY(pairs_of(l, o.result.threads, control));
  o.totals = all_pairs_by_column(l);
  o.table = count_table(l, o.pairs, l.times, o.totals);
  o.result.spatial = spatial_bands(l.options);
  o.result.temporal = temporal_bands(l.options);
  o.result.events = l.xs.size();
  const auto n = static_cast<std::uint64_t>(l.xs.size());
  o.result.pairs_total = n * (n - 1) / 2;
  o.result.pairs_near = o.pairs.first.size();
  return o;
}

// Runs every simulation; simulation k writes only its own slot, drawn from its own seed.
Result<std::vector<Table>> simulate(const Layout& l, const NearPairs& pairs,
                                    const std::vector<std::int64_t>& totals, unsigned threads,
                                    const RunControl& control) {
  const auto total = static_cast<std::size_t>(l.options.simulations);
  std::vector<Table> tables(total);
  std::atomic<std::size_t> next{0};
  std::size_t done = 0;
  std::mutex mutex;
  std::condition_variable finished;
  std::vector<std::jthread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      std::vector<double> times;
      for (std::size_t k = next++; k < total && !control.cancelled(); k = next++) {
        times = l.times;
        shuffle(times, split_mix(l.options.seed ^ split_mix(k)));
        tables[k] = count_table(l, pairs, times, totals);
        const std::lock_guard lock(mutex);
        ++done;
        finished.notify_one();
      }
      const std::lock_guard lock(mutex);
      finished.notify_one();
    });
  }
  std::unique_lock lock(mutex);
  while (done < total && !control.cancelled()) {
    finished.wait(lock);
    control.report("simulations", static_cast<double>(done) / static_cast<double>(total));
  }
  lock.unlock();
  workers.clear();
  if (control.cancelled()) return Error::cancelled();
  return tables;
}

}  // namespace

Result<NearRepeatResult> near_repeat_observed(const Events& events,
                                              const NearRepeatOptions& options) {
  Observation o = TRY(observe(events, options, RunControl{}));
  for (std::int64_t count : o.table) {
    KnoxCell cell;
    cell.observed = count;
    o.result.cells.push_back(cell);
  }
  return std::move(o.result);
}

Result<NearRepeatResult> near_repeat(const Events& events, const NearRepeatOptions& options,
                                     const RunControl& control) {
  control.report("paires proches", 0);
  Observation o = TRY(observe(events, options, control));
  const std::vector<Table> simulated =
      TRY(simulate(o.layout, o.pairs, o.totals, o.result.threads, control));
  o.result.simulations = o.layout.options.simulations;
  std::vector<std::int64_t> column(simulated.size());
  for (std::size_t c = 0; c < o.table.size(); ++c) {
    for (std::size_t s = 0; s < simulated.size(); ++s)
      column[s] = simulated[s][c];
    o.result.cells.push_back(knox_cell(o.table[c], column));
  }
  control.report("simulations", 1);
  return std::move(o.result);
}

}  // namespace vigie::analysis
