#include "partner/service.h"

#include <algorithm>

#include "partner/repository.h"

namespace vigie {
namespace repo = partner_repository;

namespace {
Error duplicate_name() {
  return Error::conflict("Une organisation de ce nom existe déjà sur ce territoire.", "name");
}
}  // namespace

Result<Organisation> PartnerService::load_checked(Connection& conn, const Actor& actor,
                                                  std::int64_t id, Permission permission) {
  auto found = TRY(repo::find(conn, id));
  if (!found) return Error::not_found("Organisation introuvable.");
  TRY_VOID(require(actor, permission, found->territory_id));
  return std::move(*found);
}

Result<std::vector<Organisation>> PartnerService::list(const Actor& actor,
                                                       std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::partner_read, territory_id));
  Lease conn = db_.acquire();
  return repo::list(*conn, territory_id);
}

Result<Organisation> PartnerService::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  return load_checked(*conn, actor, id, Permission::partner_read);
}

Result<Organisation> PartnerService::create(const Actor& actor, Organisation o) {
  TRY_VOID(require(actor, Permission::partner_write, o.territory_id));
  return db_.in_transaction([&](Connection& conn) -> Result<Organisation> {
    if (TRY(repo::find_by_name(conn, o.territory_id, o.name))) return duplicate_name();
    std::int64_t id = TRY(repo::insert(conn, o));
    return std::move(*TRY(repo::find(conn, id)));
  });
}

Result<Organisation> PartnerService::update(const Actor& actor, Organisation o,
                                            std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<Organisation> {
    Organisation current = TRY(load_checked(conn, actor, o.id, Permission::partner_write));
    auto same_name = TRY(repo::find_by_name(conn, current.territory_id, o.name));
    if (same_name && same_name->id != o.id) return duplicate_name();
    if (!TRY(repo::update(conn, o, expected_version))) return Error::stale_version();
    return std::move(*TRY(repo::find(conn, o.id)));
  });
}

Result<void> PartnerService::remove(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY(load_checked(conn, actor, id, Permission::partner_write));
    auto removed = repo::remove(conn, id);
    if (!removed && removed.error().code == ErrorCode::conflict) {
      return Error::conflict(
          "Cette organisation est pilote, partenaire ou financeur d'une fiche-action : retirez-la "
          "des fiches avant de la supprimer.");
    }
    return removed;
  });
}

Result<Contact> PartnerService::load_contact_checked(Connection& conn, const Actor& actor,
                                                     std::int64_t id) {
  auto contact = TRY(repo::find_contact(conn, id));
  if (!contact) return Error::not_found("Contact introuvable.");
  TRY(load_checked(conn, actor, contact->organisation_id, Permission::partner_write));
  return std::move(*contact);
}

// The link opens a confidential body's content to the account: only one of the territory.
Result<void> PartnerService::check_account(Connection& conn, std::int64_t territory_id,
                                           const Contact& c) {
  if (c.user_id && !TRY(repo::holds_role(conn, *c.user_id, territory_id))) {
    return Error::invalid("Ce compte n'a pas de rôle sur le territoire.", "user_id");
  }
  return success();
}

Result<Contact> PartnerService::add_contact(const Actor& actor, Contact c) {
  return db_.in_transaction([&](Connection& conn) -> Result<Contact> {
    Organisation o = TRY(load_checked(conn, actor, c.organisation_id, Permission::partner_write));
    TRY_VOID(check_account(conn, o.territory_id, c));
    stage_link(actor, std::nullopt, c);
    auto inserted = repo::insert_contact(conn, c);
    if (!inserted && inserted.error().code == ErrorCode::conflict) {
      return Error::conflict("Ce contact existe déjà dans l'organisation.", "name");
    }
    std::int64_t id = TRY(std::move(inserted));
    Contact stored = std::move(*TRY(repo::find_contact(conn, id)));
    TRY_VOID(journal_link(conn, actor, o.territory_id, std::nullopt, stored));
    return with_note(conn, o.territory_id, std::move(stored));
  });
}

Result<Contact> PartnerService::update_contact(const Actor& actor, Contact c,
                                               std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<Contact> {
    Contact current = TRY(load_contact_checked(conn, actor, c.id));
    c.organisation_id = current.organisation_id;
    Organisation o = std::move(*TRY(repo::find(conn, c.organisation_id)));
    TRY_VOID(check_account(conn, o.territory_id, c));
    stage_link(actor, current, c);
    if (!TRY(repo::update_contact(conn, c, expected_version))) return Error::stale_version();
    Contact stored = std::move(*TRY(repo::find_contact(conn, c.id)));
    TRY_VOID(journal_link(conn, actor, o.territory_id, current, stored));
    return with_note(conn, o.territory_id, std::move(stored));
  });
}

Result<void> PartnerService::remove_contact(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY(load_contact_checked(conn, actor, id));
    auto removed = repo::remove_contact(conn, id);
    if (!removed && removed.error().code == ErrorCode::conflict) {
      return Error::conflict("Ce contact est pilote d'une fiche-action.");
    }
    return removed;
  });
}

Result<std::optional<Organisation>> PartnerService::organisation_in(Connection& conn,
                                                                    std::int64_t id) {
  return repo::find(conn, id);
}

Result<std::optional<Contact>> PartnerService::contact_in(Connection& conn, std::int64_t id) {
  return repo::find_contact(conn, id);
}

Result<std::map<std::int64_t, std::set<std::int64_t>>>
PartnerService::directory_in(Connection& conn, std::int64_t territory_id) {
  return repo::directory(conn, territory_id);
}

Result<Organisation> PartnerService::find_or_create_in(Connection& conn,
                                                       const Organisation& wanted) {
  auto existing = TRY(repo::find_by_name(conn, wanted.territory_id, wanted.name));
  std::int64_t id = existing ? existing->id : TRY(repo::insert(conn, wanted));
  for (Contact c : wanted.contacts) {
    bool known = existing && std::any_of(existing->contacts.begin(), existing->contacts.end(),
                                         [&](const Contact& k) { return k.name == c.name; });
    if (known) continue;
    c.organisation_id = id;
    TRY(repo::insert_contact(conn, c));
  }
  return std::move(*TRY(repo::find(conn, id)));
}

Result<std::vector<std::int64_t>>
PartnerService::organisations_of(Connection& conn, const Actor& actor, std::int64_t territory_id) {
  return repo::organisations_of_account(conn, actor.user_id, territory_id);
}

}  // namespace vigie
