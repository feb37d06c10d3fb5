#pragma once

#include <string>

#include "evaluation/model.h"
#include "strategy/labels.h"

namespace vigie {

/// "Atteint", "Non atteint", "En cours", "Non mesuré": an indicator's state at a period's end,
/// as the evaluation screen says it (web/src/i18n/evaluation.ts).
std::string target_state_label(TargetState state);

}  // namespace vigie
