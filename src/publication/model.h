#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic/view.h"
#include "evaluation/model.h"
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

/// What the coordinator chose to publish of one strategy (issue 16 §3); nothing by default.
/// `bilans` are periods of years whose bilan may be downloaded by anyone. `published_at` and
/// `published_by` (login) are read-only: the latest change, none before any.
struct Publication {
  std::int64_t strategy_id = 0;
  bool strategy = false;    // axes and fiches, without their internal parts
  bool calendar = false;    // the dates of the public bodies' meetings
  bool diagnostic = false;  // the official SSMSI figures, masked ones left out
  std::vector<EvaluationPeriod> bilans;
  std::optional<std::string> published_at;
  std::optional<std::string> published_by;

  bool any() const { return strategy || calendar || diagnostic || !bilans.empty(); }
};

/// An indicator as published: its definition, never its measurements' notes or who entered them.
struct PublicIndicator {
  std::string kind;
  std::string label;
  std::optional<std::string> unit;
  std::optional<double> baseline;
  std::optional<std::string> baseline_date;
  std::optional<double> target;
  std::optional<std::string> target_date;
  std::optional<std::string> source;
};

/// A fiche as published: what it does and who carries it (organisations, never a person),
/// without its budget, milestones or measurements.
struct PublicFiche {
  std::int64_t strategy_id = 0;
  std::optional<std::int64_t> axis_number;
  std::string axis_title;
  std::int64_t number = 0;
  std::string title;
  std::string status;
  std::optional<std::string> description;
  std::optional<std::string> constat;
  std::optional<std::string> general_objective;
  std::vector<std::string> operational_objectives;
  std::optional<std::string> target_public;
  std::optional<std::string> target_territory;
  std::optional<std::string> pilot;  // the organisation's name
  std::vector<std::string> partners;
  std::vector<PublicIndicator> indicators;
};

/// A public body's meeting: its day only (no place, agenda or attendance).
struct PublicMeeting {
  std::string body;
  std::string body_kind;  // kBodyKinds
  std::string day;        // YYYY-MM-DD
  bool held = false;
};

/// One published strategy: its text's public parts, its fiches when published, its bilans.
struct PublicStrategy {
  Strategy strategy;  // signatories, key dates, objectives, sections; never internal fields
  std::vector<Axis> axes;
  std::vector<PublicFiche> fiches;
  std::vector<EvaluationPeriod> bilans;
  bool fiches_published = false;
  std::string published_at;
};

/// A territory's public page and open data (issue 16 §3): only what was published, by whom is
/// not said. `updated_at` is the latest publication's or published strategy's change.
struct PublicPage {
  std::int64_t territory_id = 0;
  std::string territory_name;
  std::string kind;  // clspd | cispd
  std::vector<PublicStrategy> strategies;
  std::vector<PublicMeeting> calendar;   // when a strategy publishes it
  std::optional<Diagnostic> diagnostic;  // when a strategy publishes it and the base has it
  std::string updated_at;                // YYYY-MM-DDTHH:MM:SSZ
};

/// The four documents of a meeting.
enum class MeetingDocumentKind { convocation, agenda, minutes, decisions };

}  // namespace vigie
