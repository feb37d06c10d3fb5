#pragma once

#include "app/app.h"
#include "cli/common.h"

namespace vigie::cli {

/// Fills the observatoire of each demo territory with GENERATED incidents (labelled so in their
/// description and reference), hot spots and near repeats included; idempotent (references).
/// Returns the exit status.
int load_demo_incidents(App& app, const Actor& actor, const Clock& clock);

/// What load_generated_incidents writes: about `per_territory` facts (near repeats add a few)
/// over the `days` days before `today` (epoch days); `seed` varies the draw.
struct GeneratedIncidents {
  std::int64_t today = 0;
  int per_territory = 720;
  int days = 730;
  std::uint32_t seed = 0;
};

/// The three GENERATED reporting partners of one territory, their files of GENERATED incidents
/// imported through the partner-file import, and three GENERATED problems. Territories without
/// a contour get nothing. Returns the number of facts imported; errors are the services'.
Result<std::int64_t> load_generated_incidents(App& app, const Actor& actor, const Territory& t,
                                              const GeneratedIncidents& spec);

}  // namespace vigie::cli
