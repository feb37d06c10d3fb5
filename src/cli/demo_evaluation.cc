// The demo's GENERATED evaluation layer; see demo_evaluation.h.
#include "cli/demo_evaluation.h"

#include <algorithm>
#include <map>

#include "cli/demo_files.h"
#include "strategy/json.h"

namespace vigie::cli {
namespace {

struct FicheUpdate {
  std::int64_t axis = 0;
  std::int64_t number = 0;
  Action fields;  // status, budget lines, milestones, indicators
};

struct MeetingHeld {
  std::string body;
  Meeting meeting;
};

struct DemoEvaluation {
  std::string territory;
  EvaluationPeriod period;
  std::vector<FicheUpdate> fiches;
  std::vector<std::pair<std::int64_t, std::string>> analyses;  // axis number, text
  std::vector<MeetingHeld> meetings;
};

Result<DemoEvaluation> read_demo(const boost::json::value& doc) {
  DemoEvaluation d;
  JsonReader in(doc, "");
  in.ignore("format");
  in.ignore("format_version");
  in.ignore("_generated");
  d.territory = in.string("territory", 200);
  d.period = {static_cast<int>(in.integer("from", 1990, 2100)),
              static_cast<int>(in.integer("to", 1990, 2100))};
  in.object_list("fiches", 200, [&](JsonReader& f, std::size_t) {
    FicheUpdate u{f.integer("axis", 1, 99), f.integer("number", 1, 999), {}};
    u.fields.status = f.enumeration("status", kActionStatuses);
    f.object_list("budget_lines", 50, [&](JsonReader& b, std::size_t) {
      read_budget_line(b, u.fields.budget_lines.emplace_back());
    });
    f.object_list("milestones", 50, [&](JsonReader& m, std::size_t) {
      u.fields.milestones.push_back(
          {m.string("label", 300), m.optional_date("due_date"), m.optional_date("done_date")});
    });
    f.object_list("indicators", 50, [&](JsonReader& i, std::size_t) {
      u.fields.indicators.push_back(read_indicator(i));
    });
    d.fiches.push_back(std::move(u));
  });
  in.object_list("analyses", 99, [&](JsonReader& a, std::size_t) {
    d.analyses.emplace_back(a.integer("axis", 1, 99), a.string("text", 20'000));
  });
  in.object_list("meetings", 500, [&](JsonReader& m, std::size_t) {
    MeetingHeld held{m.string("body", 300), {}};
    held.meeting.starts_at = m.string("starts_at", 16);
    held.meeting.status = m.string("status", 20);
    d.meetings.push_back(std::move(held));
  });
  TRY_VOID(in.finish());
  return d;
}

Result<void> apply_fiches(App& app, const Actor& actor, const Strategy& s,
                          const DemoEvaluation& d) {
  std::map<std::int64_t, std::int64_t> axis_numbers;  // id → number
  for (const Axis& a : TRY(app.strategies().list_axes(actor, s.id)))
    axis_numbers[a.id] = a.number;
  std::vector<Action> actions = TRY(app.strategies().list_actions(actor, s.id, {}));
  for (std::size_t i = 0; i < d.fiches.size(); ++i) {
    const FicheUpdate& u = d.fiches[i];
    auto found = std::find_if(actions.begin(), actions.end(), [&](const Action& a) {
      return a.axis_id && axis_numbers[*a.axis_id] == u.axis && a.number == u.number;
    });
    if (found == actions.end()) {
      return Error::invalid("Fiche introuvable dans la stratégie.",
                            "fiches[" + std::to_string(i) + "]");
    }
    Action a = TRY(app.strategies().get_action(actor, found->id));
    a.status = u.fields.status;
    a.budget_lines = u.fields.budget_lines;
    a.milestones = u.fields.milestones;
    a.indicators = u.fields.indicators;
    std::int64_t version = a.version;
    TRY(app.strategies().update_action(actor, std::move(a), version));
  }
  for (const auto& [number, text] : d.analyses) {
    for (const auto& [axis_id, axis_number] : axis_numbers) {
      if (axis_number != number) continue;
      TRY(app.evaluation().save_analysis(
          actor, {axis_id, d.period.from_year, d.period.to_year, text, "", ""}));
    }
  }
  return success();
}

Result<void> apply_meetings(App& app, const Actor& actor, std::int64_t territory,
                            const DemoEvaluation& d) {
  std::vector<Body> bodies = TRY(app.governance().list(actor, territory));
  for (std::size_t i = 0; i < d.meetings.size(); ++i) {
    const MeetingHeld& held = d.meetings[i];
    auto body = std::find_if(bodies.begin(), bodies.end(),
                             [&](const Body& b) { return b.name == held.body; });
    if (body == bodies.end()) {
      return Error::invalid("Instance inconnue.", "meetings[" + std::to_string(i) + "].body");
    }
    Meeting m = held.meeting;
    m.body_id = body->id;
    m.status = "prevue";
    Meeting added = TRY(app.governance().add_meeting(actor, m));
    added.status = held.meeting.status;
    std::int64_t version = added.version;
    TRY(app.governance().update_meeting(actor, std::move(added), version));
  }
  return success();
}

// Applies one file; false when its strategy already has statuses (applied before).
Result<bool> apply(App& app, const Actor& actor, const DemoEvaluation& d) {
  auto territory = TRY(app.territories().find_by_name(d.territory));
  if (!territory) return Error::invalid("Territoire inconnu.", "territory");
  for (const Strategy& s : TRY(app.strategies().list(actor, *territory, std::nullopt))) {
    if (s.period_start != d.period.from_year || s.period_end != d.period.to_year) continue;
    std::vector<Action> actions = TRY(app.strategies().list_actions(actor, s.id, {}));
    bool untouched = std::all_of(actions.begin(), actions.end(),
                                 [](const Action& a) { return a.status == "non_renseigne"; });
    if (!untouched) return false;
    TRY_VOID(apply_fiches(app, actor, s, d));
    TRY_VOID(apply_meetings(app, actor, *territory, d));
    return true;
  }
  return Error::invalid("Aucune stratégie du territoire sur cette période.", "from");
}

}  // namespace

int load_demo_evaluation(App& app, const Actor& actor, const std::string& dir) {
  return load_generated_files(dir, "GENERE-evaluation-", "Évaluation GÉNÉRÉE chargée",
                              "Évaluation déjà présente",
                              [&](const boost::json::value& doc) -> Result<bool> {
                                auto d = TRY(read_demo(doc));
                                return apply(app, actor, d);
                              });
}

}  // namespace vigie::cli
