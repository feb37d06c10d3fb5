// A generated communal base in the SSMSI's 2025+ format; see ssmsi_generator.h.
#include "diagnostic/ssmsi_generator.h"

#include <cmath>
#include <cstdio>
#include <random>

#include <zlib.h>

#include "core/csv.h"
#include "diagnostic/service.h"

namespace vigie {
namespace {

struct IndicatorModel {
  const char* label;
  const char* unit;
  double rate_2016;  // per 1,000 inhabitants (dwellings for burglaries), France
  double rate_2025;
  bool per_dwellings;
};

// The 15 indicators of the communal base; national rates computed from the real départemental
// base shipped in data/ssmsi (sum of counts over sum of bases, 2016 and 2025).
constexpr IndicatorModel kIndicators[] = {
    {"Violences physiques intrafamiliales", "Victime", 1.709, 3.758, false},
    {"Violences physiques hors cadre familial", "Victime", 2.453, 3.162, false},
    {"Violences sexuelles", "Victime", 0.779, 1.936, false},
    {"Vols avec armes", "Infraction", 0.164, 0.117, false},
    {"Vols violents sans arme", "Infraction", 1.422, 0.721, false},
    {"Vols sans violence contre des personnes", "Victime entendue", 10.649, 9.111, false},
    {"Cambriolages de logement", "Infraction", 6.989, 5.639, true},
    {"Vols de véhicule", "Véhicule", 2.474, 1.832, false},
    {"Vols dans les véhicules", "Véhicule", 4.098, 3.416, false},
    {"Vols d'accessoires sur véhicules", "Véhicule", 1.613, 1.395, false},
    {"Destructions et dégradations volontaires", "Infraction", 9.405, 7.880, false},
    {"Usage de stupéfiants", "Mis en cause", 2.743, 4.496, false},
    {"Usage de stupéfiants (AFD)", "Mis en cause", 0.0, 3.153, false},
    {"Trafic de stupéfiants", "Mis en cause", 0.615, 0.833, false},
    {"Escroqueries et fraudes aux moyens de paiement", "Victime", 3.745, 6.523, false},
};
constexpr std::size_t kIndicatorCount = std::size(kIndicators);

std::string decimal(double v, int digits) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", digits, v);
  std::string out(text);
  for (char& c : out)
    c = c == '.' ? ',' : c;
  return out;
}

struct Cell {
  std::int64_t count = 0;
  double rate = 0;
  bool masked = false;
};

class Writer {
 public:
  explicit Writer(const std::filesystem::path& path)
      : gz_(gzopen(path.c_str(), path.string().ends_with(".gz") ? "wb1" : "wT")) {}
  ~Writer() {
    if (gz_ != nullptr) gzclose(gz_);
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  bool ok() const { return gz_ != nullptr; }
  void line(const std::vector<std::string>& fields) {
    buffer_ += csv::format_row(fields, ';');
    buffer_ += '\n';
    if (buffer_.size() > (1U << 20)) flush();
  }
  bool close() {
    flush();
    int rc = gzclose(gz_);
    gz_ = nullptr;
    return rc == Z_OK && !failed_;
  }

 private:
  void flush() {
    if (!buffer_.empty() &&
        gzwrite(gz_, buffer_.data(), static_cast<unsigned>(buffer_.size())) <= 0) {
      failed_ = true;
    }
    buffer_.clear();
  }
  gzFile gz_;
  std::string buffer_;
  bool failed_ = false;
};

}  // namespace

Result<std::int64_t> write_generated_communal_base(const std::filesystem::path& path,
                                                   const SsmsiGeneration& g) {
  if (g.first_year < 1990 || g.last_year > 2100 || g.first_year > g.last_year ||
      g.last_year - g.first_year >= 50) {
    return Error::invalid("Années de 1990 à 2100, la première au plus la dernière, 50 au plus.",
                          "first-year");
  }
  if (g.geography_year < 1990 || g.geography_year > 2100) {
    return Error::invalid("Année de géographie de 1990 à 2100.", "geography-year");
  }
  if (!is_generated_name(path.filename().string())) {
    return Error::invalid("Le nom du fichier doit contenir « GENERE » : une base générée ne "
                          "doit jamais passer pour une base officielle.",
                          "output");
  }
  Writer out(path);
  if (!out.ok()) return Error::invalid("Impossible d'écrire " + path.string() + ".", "output");
  const int years = g.last_year - g.first_year + 1;
  out.line({"CODGEO_" + std::to_string(g.geography_year), "annee", "indicateur", "unite_de_compte",
            "nombre", "taux_pour_mille", "est_diffuse", "insee_pop", "insee_pop_millesime",
            "insee_log", "insee_log_millesime", "complement_info_nombre", "complement_info_taux"});
  std::mt19937_64 random(g.seed);
  std::lognormal_distribution<double> spread(0.0, 0.45);
  std::int64_t rows = 0;
  // One département at a time: its masked cells' mean is known before its lines are written.
  for (std::size_t first = 0; first < g.communes.size();) {
    std::size_t end = first;
    while (end < g.communes.size() &&
           g.communes[end].departement_code == g.communes[first].departement_code) {
      ++end;
    }
    std::vector<Cell> cells((end - first) * kIndicatorCount * static_cast<std::size_t>(years));
    std::vector<double> masked_sum(kIndicatorCount * static_cast<std::size_t>(years) * 2, 0);
    std::vector<int> masked_n(kIndicatorCount * static_cast<std::size_t>(years), 0);
    for (std::size_t c = first; c < end; ++c) {
      double pop =
          static_cast<double>(std::max<std::int64_t>(g.communes[c].population.value_or(100), 1));
      double size_factor = 0.45 + 0.2 * std::log10(pop);  // towns record more per inhabitant
      for (std::size_t i = 0; i < kIndicatorCount; ++i) {
        const IndicatorModel& m = kIndicators[i];
        double local = size_factor * spread(random);
        for (int y = 0; y < years; ++y) {
          double t = years > 1 ? static_cast<double>(y) / (years - 1) : 1.0;
          double base = m.per_dwellings ? pop * 0.48 : pop;
          double expected = (m.rate_2016 + (m.rate_2025 - m.rate_2016) * t) * local * base / 1000;
          std::poisson_distribution<std::int64_t> draw(std::max(expected, 1e-9));
          Cell& cell = cells[((c - first) * kIndicatorCount + i) * static_cast<std::size_t>(years) +
                             static_cast<std::size_t>(y)];
          cell.count = draw(random);
          cell.rate = static_cast<double>(cell.count) / base * 1000;
          cell.masked = cell.count >= 1 && cell.count <= 4;
          if (cell.masked) {
            std::size_t k = i * static_cast<std::size_t>(years) + static_cast<std::size_t>(y);
            masked_sum[2 * k] += static_cast<double>(cell.count);
            masked_sum[2 * k + 1] += cell.rate;
            ++masked_n[k];
          }
        }
      }
    }
    for (std::size_t c = first; c < end; ++c) {
      const Commune& commune = g.communes[c];
      std::int64_t pop = std::max<std::int64_t>(commune.population.value_or(100), 1);
      for (int y = 0; y < years; ++y) {
        int year = g.first_year + y;
        for (std::size_t i = 0; i < kIndicatorCount; ++i) {
          const Cell& cell =
              cells[((c - first) * kIndicatorCount + i) * static_cast<std::size_t>(years) +
                    static_cast<std::size_t>(y)];
          std::size_t k = i * static_cast<std::size_t>(years) + static_cast<std::size_t>(y);
          double n = masked_n[k] > 0 ? masked_n[k] : 1;
          out.line({commune.code, std::to_string(year), kIndicators[i].label, kIndicators[i].unit,
                    cell.masked ? "" : std::to_string(cell.count),
                    cell.masked ? "" : decimal(cell.rate, 6), cell.masked ? "ndiff" : "diff",
                    std::to_string(pop), std::to_string(year - 2),
                    decimal(static_cast<double>(pop) * 0.48, 2), std::to_string(year - 2),
                    cell.masked ? decimal(masked_sum[2 * k] / n, 6) : "",
                    cell.masked ? decimal(masked_sum[2 * k + 1] / n, 6) : ""});
          ++rows;
        }
      }
    }
    first = end;
    if (g.progress) g.progress(static_cast<double>(first) / static_cast<double>(g.communes.size()));
  }
  if (!out.close())
    return Error::invalid("Écriture de " + path.string() + " incomplète.", "output");
  return rows;
}

}  // namespace vigie
