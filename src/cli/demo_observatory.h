#pragma once

#include "app/app.h"
#include "cli/common.h"

namespace vigie::cli {

/// Fills the observatoire of each demo territory with GENERATED incidents (labelled so in their
/// description and reference), hot spots and near repeats included; idempotent (references).
/// Returns the exit status.
int load_demo_incidents(App& app, const Actor& actor, const Clock& clock);

}  // namespace vigie::cli
