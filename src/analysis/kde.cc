#include "analysis/kde.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "analysis/kde_adaptive.h"

namespace vigie::analysis {
namespace {

using Matrix = std::vector<double>;  // rows × columns, row-major

// Offset of lattice index k on the doubled torus of 2n pixels: 0…n−1 then −n…−1 (spatstat's
// xcol.ker), so a difference i − p between two pixels of the grid is never aliased.
double lattice_offset(int k, int n, double step) { return step * (k < n ? k : k - 2 * n); }
int torus_index(int difference, int n) { return difference >= 0 ? difference : difference + 2 * n; }

struct Lattice {
  int rows = 0;
  int columns = 0;
  double xstep = 0;
  double ystep = 0;
};

Result<DensityGrid> prepare(const Events& events, const KdeOptions& o) {
  if (events.size() < 2) return Error::invalid("il faut au moins 2 événements.", "events");
  DensityGrid grid;
  grid.window = o.window.value_or(bounding_box(events));
  TRY_VOID(check_window(grid.window, events));
  if (o.columns < 2 || o.columns > 4096 || o.rows < 2 || o.rows > 4096) {
    return Error::invalid("la grille compte de 2 à 4096 pixels de côté.", "pixels");
  }
  grid.columns = o.columns;
  grid.rows = o.rows;
  grid.sigma = o.sigma.value_or(std::min(grid.window.width(), grid.window.height()) / 8);
  if (!(grid.sigma > 0) || !std::isfinite(grid.sigma)) {
    return Error::invalid("la largeur de bande (sigma) doit être un nombre de mètres positif.",
                          "sigma");
  }
  if (grid.sigma > std::max(grid.window.width(), grid.window.height())) {
    return Error::invalid("la largeur de bande dépasse la fenêtre d'étude : la carte serait plate.",
                          "sigma");
  }
  if (o.adaptive && o.kernel != Kernel::gaussian) {
    return Error::invalid("la largeur adaptative n'existe qu'avec le noyau gaussien.", "kernel");
  }
  grid.values.assign(static_cast<std::size_t>(grid.rows) * static_cast<std::size_t>(grid.columns),
                     0);
  if (!o.mask.empty() && o.adaptive) {
    return Error::invalid(
        "la largeur adaptative ne s'applique pas encore à une fenêtre polygonale.", "adaptive");
  }
  if (!o.mask.empty() && o.mask.size() != grid.values.size()) {
    return Error::invalid("le masque de la fenêtre n'a pas la taille de la grille.", "window");
  }
  if (!o.mask.empty() && std::find(o.mask.begin(), o.mask.end(), true) == o.mask.end()) {
    return Error::invalid("la fenêtre d'étude ne couvre aucun pixel.", "window");
  }
  return grid;
}

Matrix pixel_counts(const Events& events, const DensityGrid& g) {
  Matrix counts(g.values.size(), 0);
  for (const Event& e : events) {
    const auto [r, c] = g.nearest_pixel(e.x, e.y);
    const auto row = static_cast<std::size_t>(r);
    const auto column = static_cast<std::size_t>(c);
    counts[row * static_cast<std::size_t>(g.columns) + column] += 1;
  }
  return counts;
}

std::vector<double> gaussian_axis(int n, double step, double sigma) {
  std::vector<double> k(static_cast<std::size_t>(2 * n));
  for (int i = 0; i < 2 * n; ++i) {
    const double d = lattice_offset(i, n, step) / sigma;
    k[static_cast<std::size_t>(i)] =
        std::exp(-0.5 * d * d) / (sigma * std::sqrt(2 * std::numbers::pi));
  }
  return k;
}

// Separable Gaussian: rows then columns, O(r·c·(r+c)).
Matrix gaussian_smooth(const Matrix& y, const Lattice& l, const std::vector<double>& kx,
                       const std::vector<double>& ky) {
  const auto nc = static_cast<std::size_t>(l.columns);
  Matrix across(y.size(), 0);
  for (int p = 0; p < l.rows; ++p) {
    for (int q = 0; q < l.columns; ++q) {
      const double v = y[static_cast<std::size_t>(p) * nc + static_cast<std::size_t>(q)];
      if (v == 0) continue;
      for (int j = 0; j < l.columns; ++j) {
        across[static_cast<std::size_t>(p) * nc + static_cast<std::size_t>(j)] +=
            v * kx[static_cast<std::size_t>(torus_index(j - q, l.columns))];
      }
    }
  }
  Matrix out(y.size(), 0);
  for (int i = 0; i < l.rows; ++i) {
    for (int p = 0; p < l.rows; ++p) {
      const double w = ky[static_cast<std::size_t>(torus_index(i - p, l.rows))];
      if (w == 0) continue;  // underflowed far tail: skipping it changes no bit
      const double* src = &across[static_cast<std::size_t>(p) * nc];
      double* dst = &out[static_cast<std::size_t>(i) * nc];
      for (std::size_t j = 0; j < nc; ++j)
        dst[j] += w * src[j];
    }
  }
  return out;
}

// The kernel's mass over the window's pixels, for each pixel: the smoothing of the all-ones
// mask, which for a separable kernel is the product of its two one-dimensional sums.
Matrix gaussian_edge(const Lattice& l, const std::vector<double>& kx,
                     const std::vector<double>& ky) {
  auto axis = [](const std::vector<double>& k, int n) {
    std::vector<double> sums(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
      for (int p = 0; p < n; ++p)
        sums[static_cast<std::size_t>(i)] += k[static_cast<std::size_t>(torus_index(i - p, n))];
    }
    return sums;
  };
  const std::vector<double> ex = axis(kx, l.columns);
  const std::vector<double> ey = axis(ky, l.rows);
  Matrix edge;
  edge.reserve(static_cast<std::size_t>(l.rows) * ex.size());
  for (double y : ey) {
    for (double x : ex)
      edge.push_back(y * x);
  }
  return edge;
}

// A kernel of bounded support sampled on the doubled torus (2r × 2c), normalised to sum 1.
struct CompactKernel {
  std::vector<double> values;
  int reach_rows = 0;  // no mass beyond this many pixels from the centre
  int reach_columns = 0;
};

CompactKernel compact_kernel(Kernel kernel, const Lattice& l, double sigma) {
  // spatstat scales the unit kernel so that sigma is its standard deviation.
  const double unit_sd = kernel == Kernel::quartic ? std::sqrt(1.0 / 8.0) : 0.5;
  const double rr = unit_sd / sigma;
  CompactKernel k;
  k.values.assign(4U * static_cast<std::size_t>(l.rows) * static_cast<std::size_t>(l.columns), 0);
  double sum = 0;
  for (int a = 0; a < 2 * l.rows; ++a) {
    const double y = lattice_offset(a, l.rows, l.ystep) * rr;
    for (int b = 0; b < 2 * l.columns; ++b) {
      const double x = lattice_offset(b, l.columns, l.xstep) * rr;
      const double r2 = x * x + y * y;
      double v = 0;
      if (kernel == Kernel::quartic) {
        const double u = std::max(1 - r2, 0.0);
        v = 3 / std::numbers::pi * u * u;
      } else {
        v = r2 <= 1 ? 1 / std::numbers::pi : 0;
      }
      k.values[static_cast<std::size_t>(a) * 2U * static_cast<std::size_t>(l.columns) +
               static_cast<std::size_t>(b)] = v;
      sum += v;
    }
  }
  for (double& v : k.values)
    v /= sum;
  k.reach_rows = std::min(l.rows - 1, static_cast<int>(std::ceil(1 / (rr * l.ystep))) + 1);
  k.reach_columns = std::min(l.columns - 1, static_cast<int>(std::ceil(1 / (rr * l.xstep))) + 1);
  return k;
}

Result<Matrix> compact_smooth(const Matrix& y, const Lattice& l, const CompactKernel& k,
                              const RunControl& control) {
  const auto nc = static_cast<std::size_t>(l.columns);
  Matrix out(y.size(), 0);
  for (int p = 0; p < l.rows; ++p) {
    if (control.cancelled()) return Error::cancelled();
    for (int q = 0; q < l.columns; ++q) {
      const double v = y[static_cast<std::size_t>(p) * nc + static_cast<std::size_t>(q)];
      if (v == 0) continue;
      for (int i = std::max(0, p - k.reach_rows); i <= std::min(l.rows - 1, p + k.reach_rows);
           ++i) {
        const double* krow = &k.values[static_cast<std::size_t>(torus_index(i - p, l.rows)) * 2U *
                                       static_cast<std::size_t>(l.columns)];
        double* dst = &out[static_cast<std::size_t>(i) * nc];
        for (int j = std::max(0, q - k.reach_columns);
             j <= std::min(l.columns - 1, q + k.reach_columns); ++j) {
          dst[j] += v * krow[torus_index(j - q, l.columns)];
        }
      }
    }
  }
  return out;
}

// The same for a kernel of bounded support: the mass over the offsets (i−r+1…i, j−c+1…j),
// read from a summed-area table of the kernel laid out by offset.
Matrix compact_edge(const Lattice& l, const CompactKernel& k) {
  const int h = 2 * l.rows;
  const int w = 2 * l.columns;
  // table[(a)(w+1) + b]: sum of the kernel over offsets dy < a − r, dx < b − c.
  std::vector<double> table(static_cast<std::size_t>(h + 1) * static_cast<std::size_t>(w + 1), 0);
  auto at = [w](int a, int b) {
    return static_cast<std::size_t>(a) * static_cast<std::size_t>(w + 1) +
           static_cast<std::size_t>(b);
  };
  for (int a = 0; a < h; ++a) {
    const int dy = a - l.rows;
    for (int b = 0; b < w; ++b) {
      const int dx = b - l.columns;
      const double v =
          k.values[static_cast<std::size_t>(torus_index(dy, l.rows)) * static_cast<std::size_t>(w) +
                   static_cast<std::size_t>(torus_index(dx, l.columns))];
      table[at(a + 1, b + 1)] = v + table[at(a, b + 1)] + table[at(a + 1, b)] - table[at(a, b)];
    }
  }
  Matrix edge;
  edge.reserve(static_cast<std::size_t>(l.rows) * static_cast<std::size_t>(l.columns));
  for (int i = 0; i < l.rows; ++i) {
    for (int j = 0; j < l.columns; ++j) {
      // offsets dy in [i − rows + 1, i] → table rows [i + 1, i + rows + 1)
      const int a0 = i + 1;
      const int a1 = i + l.rows + 1;
      const int b0 = j + 1;
      const int b1 = j + l.columns + 1;
      edge.push_back(table[at(a1, b1)] - table[at(a0, b1)] - table[at(a1, b0)] + table[at(a0, b0)]);
    }
  }
  return edge;
}

Matrix as_matrix(const std::vector<bool>& mask) {
  Matrix out(mask.size(), 0);
  for (std::size_t i = 0; i < mask.size(); ++i)
    out[i] = mask[i] ? 1.0 : 0.0;
  return out;
}

// Smoothed counts and the edge correction (the same smoothing of the all-ones window mask).
struct Smoothed {
  Matrix counts;
  Matrix edge;
};

Result<Smoothed> smooth(const Events& events, const DensityGrid& g, const KdeOptions& o,
                        const RunControl& control) {
  const Lattice l{g.rows, g.columns, g.pixel_width(), g.pixel_height()};
  const Matrix y = pixel_counts(events, g);
  Smoothed s;
  if (o.kernel == Kernel::gaussian) {
    std::vector<double> kx = gaussian_axis(l.columns, l.xstep, g.sigma);
    std::vector<double> ky = gaussian_axis(l.rows, l.ystep, g.sigma);
    double sx = 0;
    double sy = 0;
    for (double v : kx)
      sx += v;
    for (double v : ky)
      sy += v;
    for (double& v : kx)
      v /= sx;
    for (double& v : ky)
      v /= sy;
    s.counts = gaussian_smooth(y, l, kx, ky);
    if (o.edge_correction) {
      s.edge =
          o.mask.empty() ? gaussian_edge(l, kx, ky) : gaussian_smooth(as_matrix(o.mask), l, kx, ky);
    }
  } else {
    const CompactKernel k = compact_kernel(o.kernel, l, g.sigma);
    s.counts = TRY(compact_smooth(y, l, k, control));
    if (o.edge_correction) {
      s.edge = o.mask.empty() ? compact_edge(l, k)
                              : TRY(compact_smooth(as_matrix(o.mask), l, k, control));
    }
  }
  return s;
}

}  // namespace

Result<DensityGrid> kernel_density(const Events& events, const KdeOptions& options,
                                   const RunControl& control) {
  DensityGrid grid = TRY(prepare(events, options));
  control.report("densité", 0);
  const Smoothed s = TRY(smooth(events, grid, options, control));
  const double pixel_area = grid.pixel_width() * grid.pixel_height();
  for (std::size_t i = 0; i < grid.values.size(); ++i) {
    grid.values[i] = s.counts[i] / pixel_area / (options.edge_correction ? s.edge[i] : 1.0);
    if (!options.mask.empty() && !options.mask[i]) grid.values[i] = std::nan("");
  }
  if (options.adaptive) {
    control.report("densité adaptative", 0.5);
    grid.values = TRY(adaptive_gaussian_density(events, grid, control));
  }
  control.report("densité", 1);
  return grid;
}

}  // namespace vigie::analysis
