// An indicator's state in words; see labels.h.
#include "evaluation/labels.h"

namespace vigie {

std::string target_state_label(TargetState state) {
  switch (state) {
  case TargetState::reached: return "Atteint";
  case TargetState::missed: return "Non atteint";
  case TargetState::pending: return "En cours";
  case TargetState::unmeasured: break;
  }
  return "Non mesuré";
}

}  // namespace vigie
