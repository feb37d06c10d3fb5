#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "diagnostic/model.h"

namespace vigie {

/// How the columns of one SSMSI file map to figures, for every schema the SSMSI has published:
/// the 2025+ one (`CODGEO_<geography year>`, `annee`, `indicateur`, `unite_de_compte`, `nombre`,
/// `taux_pour_mille`, `est_diffuse`, `insee_pop`, `insee_pop_millesime`, `insee_log`,
/// `insee_log_millesime`, `complement_info_nombre`, `complement_info_taux`; `Code_departement` /
/// `Code_region` for the other levels), the earlier ones (`classe`, `faits`, `tauxpourmille`,
/// `valeur.publiée`, `POP`, `millPOP`, two-digit years, scientific notation) and the JSON of
/// third-party sites (camelCase keys). Columns are found by name, whatever their case, accents,
/// order or separators (`Code.département` = `code_departement`); `CODGEO_` by its prefix.
class SsmsiFormat {
 public:
  /// From the header row, or the keys of the first JSON record. Errors: 400, field "en-tête",
  /// naming the missing column; a file without a zone column is not an SSMSI base.
  static Result<SsmsiFormat> from_header(const std::vector<std::string>& header, bool json);

  /// One record; its zone is empty for the SSMSI's "NA" rows (crimes recorded without a
  /// place, which belong to no zone). Numbers may use a decimal comma or point, scientific notation
  /// and spaces between thousands; "NA" and empty cells are missing. Years on two digits are 20xx.
  /// Errors: 400 whose field is the column's name as the file writes it.
  Result<SsmsiFigure> parse(const std::vector<std::string>& fields) const;

  SsmsiLevel level() const { return level_; }
  std::optional<int> geography_year() const { return geography_year_; }
  const std::string& schema() const { return schema_; }

 private:
  enum Column {
    zone,
    year,
    indicator,
    unit,
    count,
    rate,
    published,
    population,
    population_year,
    dwellings,
    dwellings_year,
    masked_count,
    masked_rate,
    column_count
  };
  SsmsiFormat() = default;
  std::string_view cell(const std::vector<std::string>& fields, Column c) const;

  SsmsiLevel level_ = SsmsiLevel::commune;
  std::optional<int> geography_year_;
  std::string schema_;
  std::vector<std::string> names_;  // the header as written, for messages
  std::vector<int> index_ = std::vector<int>(column_count, -1);
};

/// The production date an SSMSI file name carries (`…-produit-le2026-02-12.csv.gz`), as
/// YYYY-MM-DD; none when the name has none (a renamed file).
std::optional<std::string> production_date_from_name(std::string_view file_name);

/// The département of an INSEE commune code: "2A" for 2A004, "971" for 97101, "04" for 04112.
std::string departement_of_commune(std::string_view code);

}  // namespace vigie
