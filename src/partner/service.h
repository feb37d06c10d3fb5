#pragma once

#include <map>
#include <set>

#include "auth/actor.h"
#include "journal/chained/journal.h"
#include "partner/model.h"
#include "store/database.h"

namespace vigie {

/// The partner directory of a territory: organisations and their contacts.
class PartnerService {
 public:
  PartnerService(Database& db, ChainedJournal& chained) : db_(db), chained_(chained) {}

  Result<std::vector<Organisation>> list(const Actor& actor, std::int64_t territory_id);
  Result<Organisation> get(const Actor& actor, std::int64_t id);
  Result<Organisation> create(const Actor& actor, Organisation organisation);
  Result<Organisation> update(const Actor& actor, Organisation organisation,
                              std::int64_t expected_version);
  Result<void> remove(const Actor& actor, std::int64_t id);
  Result<Contact> add_contact(const Actor& actor, Contact contact);
  Result<Contact> update_contact(const Actor& actor, Contact contact,
                                 std::int64_t expected_version);
  Result<void> remove_contact(const Actor& actor, std::int64_t id);
  /// Confirms or refuses a contact's pending account link (`decision`: "confirme" or "refuse",
  /// else 400): by another administrator or coordonnateur of the territory, never by who asked
  /// nor by the linked account (403); 409 when nothing is pending. Journaled with both people.
  Result<Contact> decide_link(const Actor& actor, std::int64_t contact_id,
                              const std::string& decision);
  /// After an administrator reset the account's password or second factor, its links wait for
  /// another person's confirmation again: whoever knows the new password does not read as the
  /// account's owner meanwhile. Journaled in each territory.
  Result<void> suspend_links(const Actor& actor, std::int64_t user_id);

  /// For other modules, inside their own transaction; no permission check (theirs applies).
  Result<std::optional<Organisation>> organisation_in(Connection& conn, std::int64_t id);
  Result<std::optional<Contact>> contact_in(Connection& conn, std::int64_t id);
  /// The organisations the actor speaks for on the territory: those where their account is a
  /// contact whose link is confirmed (a partner reports incidents for these only).
  Result<std::vector<std::int64_t>> organisations_of(Connection& conn, const Actor& actor,
                                                     std::int64_t territory_id);
  /// Every organisation of the territory with the ids of its contacts, in one query (checking
  /// the references of many fiches at once).
  Result<std::map<std::int64_t, std::set<std::int64_t>>> directory_in(Connection& conn,
                                                                      std::int64_t territory_id);
  /// The organisation of that name in the territory, created (with its contacts) if absent;
  /// missing contacts are added to an existing one.
  Result<Organisation> find_or_create_in(Connection& conn, const Organisation& organisation);

 private:
  Result<void> check_account(Connection& conn, std::int64_t territory_id, const Contact& contact);
  Result<Organisation> load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                                    Permission permission);
  Result<Contact> load_contact_checked(Connection& conn, const Actor& actor, std::int64_t id);
  // Confirmation of account links (link_service.cc).
  /// A new or changed link becomes pending (before the write); an unchanged one keeps its state.
  static void stage_link(const Actor& actor, const std::optional<Contact>& before,
                         Contact& contact);
  /// After the write: a new link journaled as asked for, an ended one as withdrawn.
  Result<void> journal_link(Connection& conn, const Actor& actor, std::int64_t territory_id,
                            const std::optional<Contact>& before, const Contact& stored);
  Result<std::vector<std::int64_t>> link_deciders(Connection& conn, std::int64_t territory_id,
                                                  const Contact& contact);
  Result<Contact> with_note(Connection& conn, std::int64_t territory_id, Contact contact);

  Database& db_;
  ChainedJournal& chained_;
};

}  // namespace vigie
