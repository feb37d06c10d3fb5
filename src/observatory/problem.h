#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// A dated step of a problem: a change of status or a note, and who wrote it.
struct ProblemStep {
  std::int64_t id = 0;
  std::string at;  // timestamp
  std::string status;
  std::optional<std::string> note;
  std::string author_name;
};

/// A problem of the board (tableau de suivi des problèmes, as the GPO keeps one): a hall
/// occupied, a broken light, a recurring rodéo — located, assigned to the partner organisation
/// in charge, followed through its statuses until solved, with a due date.
struct Problem {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string title;
  std::optional<std::string> description;
  std::optional<std::int64_t> category_id;
  std::int64_t organisation_id = 0;  // in charge
  std::string status = "nouveau";
  std::optional<double> longitude, latitude, x, y;
  std::optional<std::string> place;
  std::string opened_on;  // "YYYY-MM-DD"
  std::optional<std::string> due_on;
  std::optional<std::string> resolved_on;
  std::optional<std::int64_t> action_id;  // a fiche-action it belongs to
  std::string created_at;
  std::int64_t version = 1;
  // Read-only.
  std::string organisation_name;
  std::string category_label;
  std::int64_t incidents = 0;  // linked incidents
  bool late = false;           // due date passed and not solved
  std::vector<ProblemStep> steps;
};

/// nouveau → pris en charge → en cours → résolu → clos; a solved problem may be reopened
/// (en cours); only a coordonnateur closes.
inline constexpr std::array<std::string_view, 5> kProblemStatuses{"nouveau", "pris_en_charge",
                                                                  "en_cours", "resolu", "clos"};

/// Open problems per organisation and how long solved ones took, for the board.
struct ProblemBoardLine {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::int64_t open = 0;
  std::int64_t late = 0;
  std::int64_t solved = 0;
  std::optional<double> median_days;  // from opening to resolution
};

}  // namespace vigie
