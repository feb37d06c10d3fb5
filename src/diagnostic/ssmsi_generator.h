#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

#include "core/result.h"
#include "territory/model.h"

namespace vigie {

/// What to generate: a communal base in the exact 2025+ format of the SSMSI (`;`, decimal
/// comma, gzip), with GENERATED figures — for benchmarks, tests and the demo, never to be read
/// as official statistics. Rates follow the national rates of 2016 and 2025 computed from the
/// real départemental base (a straight line between them), scaled by commune size with noise;
/// counts are Poisson draws; a count of 1 to 4 is masked (`ndiff`) and its complement_info_*
/// cells hold the mean of the masked communes of its département, as the SSMSI does.
struct SsmsiGeneration {
  std::vector<Commune> communes;  // with population and département
  int first_year = 2016;
  int last_year = 2025;
  int geography_year = 2025;
  std::uint64_t seed = 1;
  std::function<void(double fraction)> progress;
};

/// Writes the base to `path` (gzip when the name ends in .gz); returns the rows written
/// (communes × 15 indicators × years: 5.2 M for the 34,900 communes of France over 10 years).
/// The file name must contain GENERE: the import and the screens tell the figures fictitious by
/// it. Errors: 400 "output" (name, or the file cannot be written), "first-year" (years 1990 to
/// 2100, first ≤ last, at most 50), "geography-year".
Result<std::int64_t> write_generated_communal_base(const std::filesystem::path& path,
                                                   const SsmsiGeneration& generation);

}  // namespace vigie
