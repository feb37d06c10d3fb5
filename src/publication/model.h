#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic/view.h"
#include "governance/model.h"
#include "strategy/model.h"

namespace vigie {

/// What the strategy document prints (issue 16 §2): the STSPD as adopted, with the territory's
/// name, its axes and every fiche, the organisations' names, its bodies and, when the reader
/// may see it and the base has figures, the diagnostic's official SSMSI series.
struct StrategyDocumentData {
  Strategy strategy;
  std::string territory_name;
  std::vector<Axis> axes;
  std::vector<Action> actions;
  std::map<std::int64_t, std::string> organisations;  // by id
  std::vector<Body> bodies;
  std::optional<Diagnostic> diagnostic;
  std::string printed_on;  // YYYY-MM-DD, by the injected clock
};

/// A meeting's documents (issue 16 §2): the meeting, its body and convocation list, its
/// content (agenda, minutes, decisions) and the territory's name; each agenda item's fiche by
/// its action id ("Fiche 3 — Médiation…").
struct MeetingDocumentData {
  MeetingDetail detail;
  MeetingContent content;
  std::string territory_name;
  std::map<std::int64_t, std::string> fiches;
};

/// The four documents of a meeting.
enum class MeetingDocumentKind { convocation, agenda, minutes, decisions };

}  // namespace vigie
