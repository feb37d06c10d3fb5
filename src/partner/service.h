#pragma once

#include "auth/actor.h"
#include "partner/model.h"
#include "store/database.h"

namespace vigie {

/// The partner directory of a territory: organisations and their contacts.
class PartnerService {
 public:
  explicit PartnerService(Database& db) : db_(db) {}

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

  /// For other modules, inside their own transaction; no permission check (theirs applies).
  Result<std::optional<Organisation>> organisation_in(Connection& conn, std::int64_t id);
  Result<std::optional<Contact>> contact_in(Connection& conn, std::int64_t id);
  /// The organisation of that name in the territory, created (with its contacts) if absent;
  /// missing contacts are added to an existing one.
  Result<Organisation> find_or_create_in(Connection& conn, const Organisation& organisation);

 private:
  Result<void> check_account(Connection& conn, std::int64_t territory_id, const Contact& contact);
  Result<Organisation> load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                                    Permission permission);
  Result<Contact> load_contact_checked(Connection& conn, const Actor& actor, std::int64_t id);

  Database& db_;
};

}  // namespace vigie
