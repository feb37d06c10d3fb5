#pragma once

#include <string>

#include "app/app.h"
#include "cli/common.h"

namespace vigie::cli {

/// Gives Les Pennes-Mirabeau a GENERATED participation citoyenne protocol and referents
/// (data/demo/GENERE-participation-*.json, labelled so in the file and its texts). A territory
/// that already has a protocol is left as it is. Returns the exit status (2 with file and line
/// for a malformed file).
int load_demo_participation(App& app, const Actor& actor, const std::string& dir);

}  // namespace vigie::cli
