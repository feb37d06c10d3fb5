#pragma once

#include <map>
#include <optional>
#include <set>

#include "partner/model.h"
#include "store/connection.h"

namespace vigie::partner_repository {

Result<std::optional<Organisation>> find(Connection& conn, std::int64_t id);
Result<std::vector<Organisation>> list(Connection& conn, std::int64_t territory_id);
Result<std::optional<Organisation>> find_by_name(Connection& conn, std::int64_t territory_id,
                                                 const std::string& name);
Result<std::int64_t> insert(Connection& conn, const Organisation& o);
/// Returns false when `expected_version` is stale.
Result<bool> update(Connection& conn, const Organisation& o, std::int64_t expected_version);
Result<void> remove(Connection& conn, std::int64_t id);

Result<std::optional<Contact>> find_contact(Connection& conn, std::int64_t id);
/// Organisation id → its contacts' ids, for the whole territory.
Result<std::map<std::int64_t, std::set<std::int64_t>>> directory(Connection& conn,
                                                                 std::int64_t territory_id);
Result<std::int64_t> insert_contact(Connection& conn, const Contact& c);
/// Writes the contact's details, account link and link state.
Result<bool> update_contact(Connection& conn, const Contact& c, std::int64_t expected_version);
/// The contacts linked to the account, in every territory.
Result<std::vector<Contact>> contacts_of_account(Connection& conn, std::int64_t user_id);
/// The organisations of the territory where the account is a contact with a confirmed link.
Result<std::vector<std::int64_t>> organisations_of_account(Connection& conn, std::int64_t user_id,
                                                           std::int64_t territory_id);
/// Whether an account holds a role on the territory (a contact may only be linked to such).
Result<bool> holds_role(Connection& conn, std::int64_t user_id, std::int64_t territory_id);
Result<void> remove_contact(Connection& conn, std::int64_t id);

}  // namespace vigie::partner_repository
