#include "governance/service.h"

#include <algorithm>

#include "auth/grant.h"
#include "core/dates.h"
#include "governance/repository.h"
#include "governance/rhythm.h"

namespace vigie {
namespace repo = governance_repository;

Result<Body> GovernanceService::load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                                             Permission permission) {
  auto found = TRY(repo::find(conn, id));
  if (!found) return Error::not_found("Instance introuvable.");
  TRY_VOID(require(actor, permission, found->territory_id));
  return std::move(*found);
}

Result<void> GovernanceService::check_body(Connection& conn, const Body& b) {
  bool counted = b.frequency == "times_per_year" || b.frequency == "every_n_months";
  if (counted && !b.frequency_count) {
    return Error::invalid("Précisez combien de fois par an, ou tous les combien de mois.",
                          "frequency_count");
  }
  if (!counted && b.frequency_count) {
    return Error::invalid("Ce rythme ne prend pas de nombre.", "frequency_count");
  }
  if (b.frequency_max && (b.frequency != "times_per_year" || !b.frequency_count ||
                          *b.frequency_max <= *b.frequency_count)) {
    return Error::invalid("Une fourchette (« une à deux fois par an ») va d'un nombre de fois par "
                          "an à un nombre plus grand.",
                          "frequency_max");
  }
  if (b.kind == "pleniere" && b.confidentiality != "public") {
    // No confidential or nominative case is ever discussed in plenary (domain rule).
    return Error::invalid("La plénière est toujours publique : aucune information nominative.",
                          "confidentiality");
  }
  if (b.axis_id) {
    auto territory = TRY(strategies_.territory_of_axis_in(conn, *b.axis_id));
    if (!territory || *territory != b.territory_id) {
      return Error::invalid("Cet axe n'appartient pas à une stratégie du territoire.", "axis_id");
    }
  }
  if (TRY(repo::name_taken(conn, b.territory_id, b.name, b.id))) {
    return Error::conflict("Une instance de ce nom existe déjà sur ce territoire.", "name");
  }
  return success();
}

Result<std::vector<Body>> GovernanceService::list(const Actor& actor, std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::governance_read, territory_id));
  Lease conn = db_.acquire();
  auto bodies = TRY(repo::list(*conn, territory_id));
  auto signed_bodies = TRY(signatory_bodies_in(*conn, actor, territory_id));
  for (Body& b : bodies) {
    TRY_VOID(annotate_pending(*conn, b));
    b.i_sign = std::find(signed_bodies.begin(), signed_bodies.end(), b.id) != signed_bodies.end();
  }
  return bodies;
}

Result<Body> GovernanceService::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  Body body = TRY(load_checked(*conn, actor, id, Permission::governance_read));
  TRY_VOID(annotate_pending(*conn, body));
  return body;
}

Result<std::int64_t> GovernanceService::create_in(Connection& conn, const Actor& actor,
                                                  const Body& b) {
  TRY_VOID(require(actor, Permission::governance_write, b.territory_id));
  TRY_VOID(check_body(conn, b));
  return repo::insert(conn, b);
}

Result<Body> GovernanceService::create(const Actor& actor, const Body& b) {
  Body entered = b;
  entered.created_on = today();  // its yearly report starts there (imports have no such day)
  return db_.in_transaction([&](Connection& conn) -> Result<Body> {
    std::int64_t id = TRY(create_in(conn, actor, entered));
    return std::move(*TRY(repo::find(conn, id)));
  });
}

Result<Body> GovernanceService::update(const Actor& actor, Body b, std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<Body> {
    Body current = TRY(load_checked(conn, actor, b.id, Permission::governance_write));
    b.territory_id = current.territory_id;
    TRY_VOID(check_body(conn, b));
    if (!TRY(repo::update(conn, b, expected_version))) return Error::stale_version();
    if (confidential(b) && !confidential(current)) {
      // Members admitted while the body was open did not have their access confirmed.
      TRY_VOID(repo::pend_members(conn, b.id, actor.user_id, format_timestamp(clock_.now())));
      TRY_VOID(chained_.record_in(conn, actor, b.territory_id, std::nullopt, "acces.demande",
                                  "tous les membres de « " + b.name +
                                      " », devenue confidentielle — demandé par " +
                                      actor.display_name));
    }
    Body updated = std::move(*TRY(repo::find(conn, b.id)));
    TRY_VOID(annotate_pending(conn, updated));
    return updated;
  });
}

Result<void> GovernanceService::remove(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY(load_checked(conn, actor, id, Permission::governance_write));
    return repo::remove(conn, id);
  });
}

Result<void> GovernanceService::check_member_dates(const BodyMember& m) const {
  // A departure or a signature is recorded once it has happened: a date to come would end or
  // open access early (a future departure already drops the member from convocations).
  std::string now = today();
  if (m.left_on && *m.left_on > now) {
    return Error::invalid("La date de départ est à venir : enregistrez le départ le jour venu.",
                          "left_on");
  }
  if (m.charter_signed_on && *m.charter_signed_on > now) {
    return Error::invalid("La charte ne peut pas être signée à une date à venir.",
                          "charter_signed_on");
  }
  return success();
}

Result<BodyMember> GovernanceService::add_member(const Actor& actor, const BodyMember& m) {
  TRY_VOID(check_member_dates(m));
  return db_.in_transaction([&](Connection& conn) -> Result<BodyMember> {
    Body body = TRY(load_checked(conn, actor, m.body_id, Permission::governance_write));
    auto contact = TRY(partners_.contact_in(conn, m.contact_id));
    auto organisation =
        contact ? TRY(partners_.organisation_in(conn, contact->organisation_id)) : std::nullopt;
    if (!organisation || organisation->territory_id != body.territory_id) {
      return Error::invalid("Contact inconnu dans l'annuaire de ce territoire.", "contact_id");
    }
    for (const auto& existing : body.members) {
      if (existing.contact_id == m.contact_id && !existing.left_on) {
        return Error::conflict("Cette personne est déjà membre de l'instance.", "contact_id");
      }
    }
    BodyMember added = m;
    added.access_state = std::string(grant::kConfirmed);
    if (confidential(body)) mark_pending(actor, added);
    std::int64_t id = TRY(repo::insert_member(conn, added));
    BodyMember stored = std::move(*TRY(repo::find_member(conn, id)));
    if (confidential(body)) {
      TRY_VOID(journal_access(conn, actor, body, stored, "acces.demande",
                              " — demandé par " + actor.display_name));
    }
    return with_note(conn, body, std::move(stored));
  });
}

Result<BodyMember> GovernanceService::update_member(const Actor& actor, BodyMember m,
                                                    std::int64_t expected_version) {
  TRY_VOID(check_member_dates(m));
  return db_.in_transaction([&](Connection& conn) -> Result<BodyMember> {
    auto current = TRY(repo::find_member(conn, m.id));
    if (!current) return Error::not_found("Membre introuvable.");
    Body body = TRY(load_checked(conn, actor, current->body_id, Permission::governance_write));
    m.body_id = current->body_id;
    m.access_state = current->access_state;
    m.access_requested_by = current->access_requested_by;
    m.access_requested_at = current->access_requested_at;
    m.access_decided_by = current->access_decided_by;
    m.access_decided_at = current->access_decided_at;
    bool opens = opens_access(body, *current, m);
    if (opens) mark_pending(actor, m);
    if (!TRY(repo::update_member(conn, m, expected_version))) return Error::stale_version();
    BodyMember stored = std::move(*TRY(repo::find_member(conn, m.id)));
    if (opens) {
      TRY_VOID(journal_access(conn, actor, body, stored, "acces.demande",
                              " — demandé par " + actor.display_name));
    } else if (confidential(body) && (m.left_on != current->left_on ||
                                      (current->charter_signed_on && !m.charter_signed_on))) {
      TRY_VOID(journal_access(conn, actor, body, stored, "acces.retire",
                              " — retiré par " + actor.display_name));
    }
    return with_note(conn, body, std::move(stored));
  });
}

Result<std::vector<Meeting>> GovernanceService::meetings(const Actor& actor, std::int64_t body_id) {
  Lease conn = db_.acquire();
  TRY(load_checked(*conn, actor, body_id, Permission::governance_read));
  return repo::list_meetings(*conn, body_id);
}

// Any day and time may be planned (the rhythm only proposes); but a meeting still to come
// cannot have been held, and a cancellation says why.
Result<void> GovernanceService::check_meeting(const Meeting& m) const {
  if (m.status == "tenue" && m.starts_at > paris_local_datetime(clock_.now())) {
    return Error::invalid("Une réunion à venir ne peut pas être marquée tenue : elle pourra "
                          "l'être une fois passée.",
                          "status");
  }
  if (m.status == "annulee" && !m.cancel_reason) {
    return Error::invalid("Dites pourquoi la réunion est annulée.", "cancel_reason");
  }
  return success();
}

Result<Meeting> GovernanceService::add_meeting(const Actor& actor, const Meeting& m) {
  TRY_VOID(check_meeting(m));
  return db_.in_transaction([&](Connection& conn) -> Result<Meeting> {
    TRY(load_checked(conn, actor, m.body_id, Permission::governance_write));
    std::int64_t id = TRY(repo::insert_meeting(conn, m));
    TRY_VOID(repo::invite_current_members(conn, id, m.body_id));  // convened by default
    return std::move(*TRY(repo::find_meeting(conn, id)));
  });
}

Result<Meeting> GovernanceService::update_meeting(const Actor& actor, Meeting m,
                                                  std::int64_t expected_version) {
  TRY_VOID(check_meeting(m));
  return db_.in_transaction([&](Connection& conn) -> Result<Meeting> {
    auto current = TRY(repo::find_meeting(conn, m.id));
    if (!current) return Error::not_found("Réunion introuvable.");
    TRY(load_checked(conn, actor, current->body_id, Permission::governance_write));
    m.body_id = current->body_id;
    if (!TRY(repo::update_meeting(conn, m, expected_version))) return Error::stale_version();
    return std::move(*TRY(repo::find_meeting(conn, m.id)));
  });
}

Result<void> GovernanceService::remove_meeting(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    auto current = TRY(repo::find_meeting(conn, id));
    if (!current) return Error::not_found("Réunion introuvable.");
    TRY(load_checked(conn, actor, current->body_id, Permission::governance_write));
    return repo::remove_meeting(conn, id);
  });
}

Result<Rhythm> GovernanceService::rhythm(const Actor& actor, std::int64_t body_id) {
  Lease conn = db_.acquire();
  Body body = TRY(load_checked(*conn, actor, body_id, Permission::governance_read));
  std::vector<Meeting> all = TRY(repo::list_meetings(*conn, body_id));
  return compute_rhythm(body, all, date_of(clock_.now()));
}

Result<std::vector<std::string>>
GovernanceService::proposed_dates(const Actor& actor, std::int64_t body_id, int count) {
  Rhythm r = TRY(rhythm(actor, body_id));
  return propose_dates(r, date_of(clock_.now()), count);
}

}  // namespace vigie
