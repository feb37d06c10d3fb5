// ProblemService: the problem board; see problem_service.h.
#include "observatory/problem_service.h"

#include <algorithm>

#include "analysis/event.h"
#include "core/dates.h"
#include "core/nominative.h"
#include "observatory/incident_rules.h"
#include "observatory/problem_repository.h"
#include "observatory/repository.h"

namespace vigie {
namespace repo = problem_repository;

namespace {

Result<void> no_person(const std::optional<std::string>& text, const char* field) {
  if (!text) return success();
  auto hints = nominative_hints(*text);
  if (hints.empty()) return success();
  return Error::invalid("Aucun nom ni donnée personnelle dans le suivi des problèmes : " + hints[0],
                        field);
}

std::int64_t day_number(const std::string& iso) {
  return analysis::days_from_civil(std::stoi(iso.substr(0, 4)),
                                   static_cast<unsigned>(std::stoi(iso.substr(5, 2))),
                                   static_cast<unsigned>(std::stoi(iso.substr(8, 2))));
}

bool solved(const std::string& status) { return status == "resolu" || status == "clos"; }

}  // namespace

ProblemService::ProblemService(Database& db, const Clock& clock, PartnerService& partners,
                               StrategyService& strategies, TerritoryService& territories)
    : db_(db), clock_(clock), partners_(partners), strategies_(strategies),
      territories_(territories) {}

Problem ProblemService::with_state(Problem p) const {
  p.late = p.due_on && !solved(p.status) && *p.due_on < date_of(clock_.now());
  return p;
}

Result<std::optional<std::vector<std::int64_t>>>
ProblemService::assigned_only(Connection& conn, const Actor& actor, std::int64_t territory_id) {
  if (actor.can(Permission::incident_manage, territory_id) ||
      !actor.can(Permission::incident_submit, territory_id)) {
    return std::optional<std::vector<std::int64_t>>();
  }
  return std::optional(TRY(partners_.organisations_of(conn, actor, territory_id)));
}

Result<Problem> ProblemService::load(Connection& conn, const Actor& actor, std::int64_t id) {
  auto found = TRY(repo::find(conn, id));
  if (!found) return Error::not_found("Problème introuvable.");
  TRY_VOID(require(actor, Permission::incident_read, found->territory_id));
  auto mine = TRY(assigned_only(conn, actor, found->territory_id));
  if (mine && std::find(mine->begin(), mine->end(), found->organisation_id) == mine->end()) {
    return Error::not_found("Problème introuvable.");
  }
  found->steps = TRY(repo::steps(conn, id));
  return with_state(std::move(*found));
}

Result<void> ProblemService::check(Connection& conn, Problem& p,
                                   const std::optional<geo::Area>& area) {
  if (p.title.empty()) return Error::invalid("Intitulé du problème attendu.", "title");
  TRY_VOID(no_person(p.title, "title"));
  TRY_VOID(no_person(p.description, "description"));
  TRY_VOID(no_person(p.place, "place"));
  auto organisation = TRY(partners_.organisation_in(conn, p.organisation_id));
  if (!organisation || organisation->territory_id != p.territory_id) {
    return Error::invalid("Organisation inconnue sur ce territoire.", "organisation_id");
  }
  if (p.category_id) {
    auto c = TRY(observatory_repository::find_category(conn, *p.category_id));
    if (!c || c->territory_id != p.territory_id) {
      return Error::invalid("Catégorie inconnue sur ce territoire.", "category_id");
    }
  }
  if (p.action_id && TRY(strategies_.territory_of_action_in(conn, *p.action_id)) !=
                         std::optional(p.territory_id)) {
    return Error::invalid("Fiche-action inconnue sur ce territoire.", "action_id");
  }
  std::string today = date_of(clock_.now());
  if (p.opened_on.empty()) p.opened_on = today;
  if (p.opened_on > today || p.opened_on < "1990-01-01") {
    return Error::invalid("La date d'ouverture est comprise entre le 01/01/1990 et aujourd'hui.",
                          "opened_on");
  }
  if (p.due_on && *p.due_on < p.opened_on) {
    return Error::invalid("L'échéance doit suivre la date d'ouverture.", "due_on");
  }
  TRY_VOID(incident_rules::locate({p.longitude, p.latitude, p.x, p.y, p.place}));
  return incident_rules::check_inside(p.x, p.y, area ? &*area : nullptr);
}

Result<std::string> ProblemService::changes_of(Connection& conn, const Problem& before,
                                               const Problem& after) {
  std::vector<std::string> parts;
  if (after.organisation_id != before.organisation_id) {
    auto now = TRY(partners_.organisation_in(conn, after.organisation_id));
    parts.push_back("confié à " + (now ? now->name : std::string("?")) + " (au lieu de " +
                    before.organisation_name + ")");
  }
  if (after.title != before.title) parts.push_back("intitulé : « " + after.title + " »");
  if (after.due_on != before.due_on) {
    parts.push_back("échéance : " + (after.due_on ? french_date(*after.due_on) : "aucune"));
  }
  if (after.place != before.place || after.x != before.x || after.y != before.y) {
    parts.push_back("lieu modifié");
  }
  std::string out;
  for (const auto& part : parts)
    out += (out.empty() ? "Modifié : " : " ; ") + part;
  return out;
}

Result<std::vector<Problem>> ProblemService::list(const Actor& actor, std::int64_t territory_id,
                                                  bool open_only) {
  TRY_VOID(require(actor, Permission::incident_read, territory_id));
  Lease conn = db_.acquire();
  auto mine = TRY(assigned_only(*conn, actor, territory_id));
  auto steps = TRY(repo::steps_in_territory(*conn, territory_id));
  std::vector<Problem> out;
  for (Problem& p : TRY(repo::list(*conn, territory_id, mine))) {
    if (open_only && solved(p.status)) continue;
    p.steps = std::move(steps[p.id]);
    out.push_back(with_state(std::move(p)));
  }
  return out;
}

Result<Problem> ProblemService::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  return load(*conn, actor, id);
}

Result<Problem> ProblemService::create(const Actor& actor, Problem p) {
  TRY_VOID(require(actor, Permission::incident_manage, p.territory_id));
  auto area = TRY(territories_.area(actor, p.territory_id));
  return db_.in_transaction([&](Connection& conn) -> Result<Problem> {
    p.status = "nouveau";
    p.resolved_on.reset();
    TRY_VOID(check(conn, p, area));
    p.created_at = format_timestamp(clock_.now());
    std::optional<std::int64_t> by;
    if (actor.user_id != 0) by = actor.user_id;
    std::int64_t id = TRY(repo::insert(conn, p, by));
    TRY_VOID(repo::add_step(conn, id, p.created_at, "nouveau", "Problème ouvert", by));
    return load(conn, actor, id);
  });
}

Result<Problem> ProblemService::update(const Actor& actor, Problem p,
                                       std::int64_t expected_version) {
  // The contours are read before the transaction, which would otherwise hold two connections.
  std::int64_t territory = 0;
  {
    Lease conn = db_.acquire();
    territory = TRY(load(*conn, actor, p.id)).territory_id;
  }
  TRY_VOID(require(actor, Permission::incident_manage, territory));
  auto area = TRY(territories_.area(actor, territory));
  return db_.in_transaction([&](Connection& conn) -> Result<Problem> {
    Problem current = TRY(load(conn, actor, p.id));
    TRY_VOID(require(actor, Permission::incident_manage, current.territory_id));
    p.territory_id = current.territory_id;
    p.status = current.status;
    p.resolved_on = current.resolved_on;
    if (p.opened_on.empty()) p.opened_on = current.opened_on;
    TRY_VOID(check(conn, p, area));
    if (!TRY(repo::update(conn, p, expected_version))) return Error::stale_version();
    // What changed is a step of the problem's story: a reassignment above all.
    std::string changes = TRY(changes_of(conn, current, p));
    if (!changes.empty()) {
      std::optional<std::int64_t> by;
      if (actor.user_id != 0) by = actor.user_id;
      TRY_VOID(repo::add_step(conn, p.id, format_timestamp(clock_.now()), p.status, changes, by));
    }
    return load(conn, actor, p.id);
  });
}

Result<Problem> ProblemService::add_step(const Actor& actor, std::int64_t id,
                                         const std::string& status,
                                         const std::optional<std::string>& note) {
  if (std::find(kProblemStatuses.begin(), kProblemStatuses.end(), status) ==
      kProblemStatuses.end()) {
    return Error::invalid("État : nouveau, pris_en_charge, en_cours, resolu ou clos.", "status");
  }
  TRY_VOID(no_person(note, "note"));
  return db_.in_transaction([&](Connection& conn) -> Result<Problem> {
    Problem p = TRY(load(conn, actor, id));
    bool manager = actor.can(Permission::incident_manage, p.territory_id);
    if (!manager && !actor.can(Permission::incident_submit, p.territory_id)) {
      return Error::forbidden("Seul le partenaire en charge ou la coordination fait avancer un "
                              "problème.");
    }
    if (!manager && (status == "clos" || p.status == "clos")) {
      return Error{ErrorCode::forbidden, "Seule la coordination clôt ou rouvre un problème clos.",
                   "status"};
    }
    std::string today = date_of(clock_.now());
    if (status == "resolu" && !p.resolved_on) p.resolved_on = today;
    if (!solved(status)) p.resolved_on.reset();
    p.status = status;
    if (!TRY(repo::update(conn, p, p.version))) return Error::stale_version();
    std::optional<std::int64_t> by;
    if (actor.user_id != 0) by = actor.user_id;
    TRY_VOID(repo::add_step(conn, id, format_timestamp(clock_.now()), status, note, by));
    return load(conn, actor, id);
  });
}

Result<void> ProblemService::remove(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    Problem p = TRY(load(conn, actor, id));
    TRY_VOID(require(actor, Permission::incident_manage, p.territory_id));
    return repo::remove(conn, id);
  });
}

Result<std::vector<ProblemBoardLine>> ProblemService::board(const Actor& actor,
                                                            std::int64_t territory_id) {
  std::vector<Problem> problems = TRY(list(actor, territory_id, false));
  std::map<std::int64_t, ProblemBoardLine> lines;
  std::map<std::int64_t, std::vector<double>> durations;
  for (const Problem& p : problems) {
    ProblemBoardLine& l = lines[p.organisation_id];
    l.organisation_id = p.organisation_id;
    l.organisation_name = p.organisation_name;
    if (solved(p.status)) {
      ++l.solved;
      if (p.resolved_on) {
        durations[p.organisation_id].push_back(
            static_cast<double>(day_number(*p.resolved_on) - day_number(p.opened_on)));
      }
    } else {
      ++l.open;
      l.late += p.late ? 1 : 0;
    }
  }
  std::vector<ProblemBoardLine> out;
  for (auto& [id, l] : lines) {
    auto& d = durations[id];
    if (!d.empty()) {
      std::sort(d.begin(), d.end());
      std::size_t m = d.size() / 2;
      l.median_days = d.size() % 2 == 1 ? d[m] : (d[m - 1] + d[m]) / 2;
    }
    out.push_back(l);
  }
  return out;
}

}  // namespace vigie
