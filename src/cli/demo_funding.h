#pragma once

#include <string>

#include "app/app.h"
#include "cli/common.h"

namespace vigie::cli {

/// Gives a few of Les Pennes-Mirabeau's fiches-actions GENERATED FIPD and other funding
/// requests and a local cap (data/demo/GENERE-financement-*.json, labelled so in the file and
/// its texts); each request names its fiche by axis and fiche number. A territory that already
/// has requests is left as it is. Returns the exit status (2 with file and line for a malformed
/// file or a request the rules refuse).
int load_demo_funding(App& app, const Actor& actor, const std::string& dir);

}  // namespace vigie::cli
