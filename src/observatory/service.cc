// ObservatoryService: the incident register and its categories; see service.h.
#include "observatory/service.h"

#include <algorithm>

#include "core/dates.h"
#include "observatory/incident_rules.h"
#include "observatory/repository.h"

namespace vigie {
namespace repo = observatory_repository;

ObservatoryService::ObservatoryService(Database& db, const Clock& clock, PartnerService& partners,
                                       StrategyService& strategies, TerritoryService& territories)
    : db_(db), clock_(clock), partners_(partners), strategies_(strategies),
      territories_(territories) {}

Result<std::optional<std::vector<std::int64_t>>>
ObservatoryService::visible_organisations(Connection& conn, const Actor& actor,
                                          std::int64_t territory_id) {
  if (actor.can(Permission::incident_manage, territory_id)) {
    return std::optional<std::vector<std::int64_t>>();
  }
  return std::optional(TRY(partners_.organisations_of(conn, actor, territory_id)));
}

Result<Incident> ObservatoryService::load_visible(Connection& conn, const Actor& actor,
                                                  std::int64_t id, Permission permission) {
  auto found = TRY(repo::find(conn, id));
  if (!found) return Error::not_found("Signalement introuvable.");
  TRY_VOID(require(actor, permission, found->territory_id));
  auto mine = TRY(visible_organisations(conn, actor, found->territory_id));
  // Another organisation's entry is answered as absent: its existence is not revealed.
  if (mine && std::find(mine->begin(), mine->end(), found->organisation_id) == mine->end()) {
    return Error::not_found("Signalement introuvable.");
  }
  return std::move(*found);
}

Result<void> ObservatoryService::check_links(Connection& conn, const Actor& actor,
                                             const Incident& i) {
  auto category = TRY(repo::find_category(conn, i.category_id));
  if (!category || category->territory_id != i.territory_id) {
    return Error::invalid("Catégorie inconnue sur ce territoire.", "category_id");
  }
  auto organisation = TRY(partners_.organisation_in(conn, i.organisation_id));
  if (!organisation || organisation->territory_id != i.territory_id) {
    return Error::invalid("Organisation inconnue sur ce territoire.", "organisation_id");
  }
  auto mine = TRY(visible_organisations(conn, actor, i.territory_id));
  if (mine && std::find(mine->begin(), mine->end(), i.organisation_id) == mine->end()) {
    return Error{ErrorCode::forbidden,
                 "Vous ne signalez que pour votre organisation (contact confirmé dans l'annuaire).",
                 "organisation_id"};
  }
  if (i.action_id && TRY(strategies_.territory_of_action_in(conn, *i.action_id)) !=
                         std::optional(i.territory_id)) {
    return Error::invalid("Fiche-action inconnue sur ce territoire.", "action_id");
  }
  if (i.problem_id &&
      TRY(repo::problem_territory(conn, *i.problem_id)) != std::optional(i.territory_id)) {
    return Error::invalid("Problème inconnu sur ce territoire.", "problem_id");
  }
  return success();
}

Result<void> ObservatoryService::check_references(Connection& conn, const Actor& actor,
                                                  Incident& i) {
  TRY_VOID(check_links(conn, actor, i));
  return incident_rules::check_content(i, date_of(clock_.now()));
}

Result<ObservatoryContext> ObservatoryService::context(const Actor& actor,
                                                       std::int64_t territory_id) {
  ObservatoryContext out;
  out.categories = TRY(categories(actor, territory_id));
  out.can_manage = actor.can(Permission::incident_manage, territory_id);
  out.can_submit = actor.can(Permission::incident_submit, territory_id);
  if (!out.can_submit) return out;
  std::vector<Organisation> all = TRY(partners_.list(actor, territory_id));
  Lease conn = db_.acquire();
  auto mine = TRY(visible_organisations(*conn, actor, territory_id));
  for (const Organisation& o : all) {
    if (!mine || std::find(mine->begin(), mine->end(), o.id) != mine->end()) {
      out.organisations.emplace_back(o.id, o.name);
    }
  }
  out.can_submit = !out.organisations.empty();
  return out;
}

Result<std::vector<Incident>> ObservatoryService::list(const Actor& actor,
                                                       std::int64_t territory_id,
                                                       const IncidentFilter& filter) {
  TRY_VOID(require(actor, Permission::incident_read, territory_id));
  Lease conn = db_.acquire();
  auto mine = TRY(visible_organisations(*conn, actor, territory_id));
  return repo::list(*conn, territory_id, filter, mine);
}

Result<IncidentPage> ObservatoryService::newest(const Actor& actor, std::int64_t territory_id,
                                                const IncidentFilter& filter, std::int64_t limit) {
  TRY_VOID(require(actor, Permission::incident_read, territory_id));
  Lease conn = db_.acquire();
  auto mine = TRY(visible_organisations(*conn, actor, territory_id));
  IncidentPage page;
  page.items = TRY(repo::newest(*conn, territory_id, filter, mine, limit));
  for (const auto& [label, n] :
       TRY(repo::counts(*conn, territory_id, filter, mine, repo::CountKey::category_label)))
    page.total += n;
  return page;
}

Result<Incident> ObservatoryService::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  return load_visible(*conn, actor, id, Permission::incident_read);
}

Result<Incident> ObservatoryService::create(const Actor& actor, Incident i) {
  TRY_VOID(require(actor, Permission::incident_submit, i.territory_id));
  auto area = TRY(territories_.area(actor, i.territory_id));
  return db_.in_transaction([&](Connection& conn) -> Result<Incident> {
    TRY_VOID(check_references(conn, actor, i));
    TRY_VOID(incident_rules::check_inside(i.x, i.y, area ? &*area : nullptr));
    i.created_at = format_timestamp(clock_.now());
    if (actor.user_id != 0) i.created_by = actor.user_id;  // not the CLI operator
    std::int64_t id = TRY(repo::insert(conn, i));
    return std::move(*TRY(repo::find(conn, id)));
  });
}

Result<Incident> ObservatoryService::update(const Actor& actor, Incident i,
                                            std::int64_t expected_version) {
  // The contour is read before the transaction, which would otherwise hold two connections.
  std::optional<std::int64_t> territory;
  {
    Lease conn = db_.acquire();
    territory = TRY(load_visible(*conn, actor, i.id, Permission::incident_submit)).territory_id;
  }
  auto area = TRY(territories_.area(actor, *territory));
  return db_.in_transaction([&](Connection& conn) -> Result<Incident> {
    Incident current = TRY(load_visible(conn, actor, i.id, Permission::incident_submit));
    i.territory_id = current.territory_id;
    TRY_VOID(check_references(conn, actor, i));
    TRY_VOID(incident_rules::check_inside(i.x, i.y, area ? &*area : nullptr));
    if (!TRY(repo::update(conn, i, expected_version))) return Error::stale_version();
    return std::move(*TRY(repo::find(conn, i.id)));
  });
}

Result<void> ObservatoryService::remove(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY(load_visible(conn, actor, id, Permission::incident_submit));
    return repo::remove(conn, id);
  });
}

Result<IncidentSummary> ObservatoryService::summary(const Actor& actor, std::int64_t territory_id,
                                                    const IncidentFilter& filter) {
  TRY_VOID(require(actor, Permission::incident_read, territory_id));
  Lease conn = db_.acquire();
  // The whole territory's counts are an aggregate anyone may read; one organisation's are its
  // activity, for the coordination and that organisation only.
  auto mine = TRY(visible_organisations(*conn, actor, territory_id));
  if (filter.organisation_id && mine &&
      std::find(mine->begin(), mine->end(), *filter.organisation_id) == mine->end()) {
    return Error{ErrorCode::forbidden,
                 "Les chiffres d'une organisation ne sont montrés qu'à elle et à la coordination.",
                 "organisation_id"};
  }
  auto by_category =
      TRY(repo::counts(*conn, territory_id, filter, std::nullopt, repo::CountKey::category_label));
  auto by_month =
      TRY(repo::counts(*conn, territory_id, filter, std::nullopt, repo::CountKey::month));
  std::int64_t total = 0;
  for (const auto& [label, n] : by_category)
    total += n;
  IncidentSummary s;
  s.masked = !actor.can(Permission::incident_manage, territory_id);
  if (!s.masked || total >= kSmallCount) s.total = total;
  int threshold = s.masked ? kSmallCount : 0;
  s.by_category = masked(by_category, threshold);
  s.by_month = masked(by_month, threshold);
  return s;
}

Result<std::vector<Incident>> ObservatoryService::for_analysis(const Actor& actor,
                                                               std::int64_t territory_id,
                                                               const IncidentFilter& filter,
                                                               bool with_unlocated) {
  TRY_VOID(require(actor, Permission::incident_read, territory_id));
  Lease conn = db_.acquire();
  return repo::located(*conn, territory_id, filter, with_unlocated);
}

}  // namespace vigie
