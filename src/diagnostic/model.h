#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigie {

/// The geographic level of an SSMSI base: one file holds one level.
enum class SsmsiLevel { commune, departement, region };

const char* level_name(SsmsiLevel level);  // "commune", "departement", "region"

/// One line of an SSMSI base, whatever its schema: a zone's recorded crimes of one indicator in
/// one year (crimes and délits recorded by police and gendarmerie; never contraventions nor
/// mains courantes). Source: SSMSI, « Bases statistiques communale, départementale et régionale
/// de la délinquance enregistrée », data.gouv.fr, Licence Ouverte.
struct SsmsiFigure {
  std::string zone;  // INSEE commune code, département code or région code
  int year = 0;      // the data year
  std::string indicator;
  std::string unit;                        // unité de compte: « Victime », « Infraction »…
  bool published = true;                   // est_diffuse = diff
  std::optional<std::int64_t> count;       // nombre; none when not published
  std::optional<double> rate;              // taux_pour_mille: per 1,000 inhabitants (or dwellings)
  std::optional<std::int64_t> population;  // insee_pop, population municipale of year N−2
  std::optional<int> population_year;
  std::optional<double> dwellings;  // insee_log: the base of burglary rates
  std::optional<int> dwellings_year;
  // For a masked commune: the mean of the masked communes of its département — never the
  // commune's own figure, stored apart (complement_info_nombre / complement_info_taux).
  std::optional<double> masked_mean_count;
  std::optional<double> masked_mean_rate;
};

/// One imported file (an edition of a base) and what it holds.
struct SsmsiEdition {
  std::int64_t id = 0;
  SsmsiLevel level = SsmsiLevel::commune;
  std::string file_name;
  std::string sha256;      // hex, of the file as given (compressed or not)
  std::string schema;      // "2025" (CODGEO_/nombre…), "ancien" (classe/faits…), "json"
  std::vector<int> years;  // data years
  std::optional<int> geography_year;       // the CODGEO_<year> suffix
  std::optional<std::string> produced_on;  // YYYY-MM-DD, from "produit-le…" in the file name
  std::int64_t rows = 0;                   // figures read
  std::int64_t masked_rows = 0;            // of which not published (ndiff)
  std::int64_t zones = 0;
  std::int64_t unlocated_rows = 0;         // "NA" zones (crimes recorded without a place): skipped
  std::string imported_at;                 // ISO 8601 UTC
  std::optional<std::string> replaced_at;  // when a newer edition took all its years
};

/// What an import did: the edition (new, or the one already holding this very file).
struct SsmsiImportOutcome {
  SsmsiEdition edition;
  bool unchanged = false;              // the same file (same SHA-256) was already imported
  std::vector<std::int64_t> replaced;  // editions whose years this one took
};

}  // namespace vigie
