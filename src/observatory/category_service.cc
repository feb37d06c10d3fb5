// ObservatoryService: the territory's closed list of incident categories; see service.h.
#include <string>

#include "observatory/repository.h"
#include "observatory/service.h"

namespace vigie {
namespace repo = observatory_repository;

namespace {

Result<void> check_category(const IncidentCategory& c) {
  if (c.natinf && (c.natinf->empty() || c.natinf->size() > 5 ||
                   c.natinf->find_first_not_of("0123456789") != std::string::npos)) {
    return Error::invalid("Code NATINF : 1 à 5 chiffres.", "natinf");
  }
  return success();
}

Error duplicate_label() {
  return Error::conflict("Une catégorie de ce nom existe déjà sur ce territoire.", "label");
}

}  // namespace

Result<std::vector<IncidentCategory>>
ObservatoryService::ensure_categories(Connection& conn, std::int64_t territory_id) {
  auto list = TRY(repo::categories(conn, territory_id));
  if (!list.empty()) return list;
  std::int64_t position = 0;
  for (const DefaultCategory& d : kDefaultCategories) {
    IncidentCategory c;
    c.territory_id = territory_id;
    c.label = std::string(d.label);
    if (!d.statistical_class.empty()) c.statistical_class = std::string(d.statistical_class);
    c.position = ++position;
    TRY(repo::insert_category(conn, c));
  }
  return repo::categories(conn, territory_id);
}

Result<std::vector<IncidentCategory>> ObservatoryService::categories(const Actor& actor,
                                                                     std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::incident_read, territory_id));
  return db_.in_transaction(
      [&](Connection& conn) { return ensure_categories(conn, territory_id); });
}

Result<IncidentCategory> ObservatoryService::add_category(const Actor& actor, IncidentCategory c) {
  TRY_VOID(require(actor, Permission::incident_manage, c.territory_id));
  TRY_VOID(check_category(c));
  return db_.in_transaction([&](Connection& conn) -> Result<IncidentCategory> {
    auto list = TRY(ensure_categories(conn, c.territory_id));
    std::int64_t last = 0;
    for (const auto& existing : list) {
      if (existing.label == c.label) return duplicate_label();
      last = std::max(last, existing.position);
    }
    if (c.position <= 0) c.position = last + 1;
    std::int64_t id = TRY(repo::insert_category(conn, c));
    return std::move(*TRY(repo::find_category(conn, id)));
  });
}

Result<IncidentCategory> ObservatoryService::update_category(const Actor& actor,
                                                             IncidentCategory c) {
  TRY_VOID(check_category(c));
  return db_.in_transaction([&](Connection& conn) -> Result<IncidentCategory> {
    auto current = TRY(repo::find_category(conn, c.id));
    if (!current) return Error::not_found("Catégorie introuvable.");
    TRY_VOID(require(actor, Permission::incident_manage, current->territory_id));
    c.territory_id = current->territory_id;
    for (const auto& other : TRY(repo::categories(conn, c.territory_id))) {
      if (other.id != c.id && other.label == c.label) return duplicate_label();
    }
    if (c.position <= 0) c.position = current->position;
    TRY_VOID(repo::update_category(conn, c));
    return std::move(*TRY(repo::find_category(conn, c.id)));
  });
}

Result<void> ObservatoryService::remove_category(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    auto current = TRY(repo::find_category(conn, id));
    if (!current) return Error::not_found("Catégorie introuvable.");
    TRY_VOID(require(actor, Permission::incident_manage, current->territory_id));
    if (current->incidents > 0) {
      return Error::conflict("Des signalements utilisent cette catégorie : changez-les d'abord.");
    }
    return repo::remove_category(conn, id);
  });
}

}  // namespace vigie
