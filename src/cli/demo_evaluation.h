#pragma once

#include <string>

#include "app/app.h"
#include "cli/common.h"

namespace vigie::cli {

/// Gives Les Pennes-Mirabeau's real strategy a GENERATED evaluation layer
/// (data/demo/GENERE-evaluation-*.json, labelled so in the file, in each measurement's source
/// and in each analysis): fiches' statuses, indicators with their measurements, budget lines
/// planned and spent, milestones, meetings held and each axis's analysis — so that the demo
/// shows an end-of-period bilan. A strategy whose fiches already have a status is left as it
/// is. Returns the exit status (2 with file and line for a malformed file).
int load_demo_evaluation(App& app, const Actor& actor, const std::string& dir);

}  // namespace vigie::cli
