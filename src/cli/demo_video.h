#pragma once

#include <string>

#include "app/app.h"
#include "cli/common.h"

namespace vigie::cli {

/// Gives Les Pennes-Mirabeau GENERATED vidéoprotection (data/demo/GENERE-videoprotection-*.json,
/// labelled so in the file and in its texts): the ethics committee as a body, a designated
/// agent's demo account (`agent.pm`, role partenaire, the demo password), a system with its
/// authorisation, cameras and register. A territory that already has a system is left as it is.
/// Returns the exit status (2 with file and line for a malformed file).
int load_demo_video(App& app, Database& db, const Actor& actor, const std::string& dir,
                    const std::string& password);

}  // namespace vigie::cli
