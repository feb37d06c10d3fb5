#pragma once

#include <optional>

#include "governance/model.h"
#include "store/connection.h"

namespace vigie::governance_repository {

Result<std::optional<Body>> find(Connection& conn, std::int64_t id);
Result<std::vector<Body>> list(Connection& conn, std::int64_t territory_id);
Result<bool> name_taken(Connection& conn, std::int64_t territory_id, const std::string& name,
                        std::int64_t except_id);
Result<std::int64_t> insert(Connection& conn, const Body& b);
Result<bool> update(Connection& conn, const Body& b, std::int64_t expected_version);
Result<void> remove(Connection& conn, std::int64_t id);

Result<std::optional<BodyMember>> find_member(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_member(Connection& conn, const BodyMember& m);
Result<bool> update_member(Connection& conn, const BodyMember& m, std::int64_t expected_version);

Result<std::vector<Meeting>> list_meetings(Connection& conn, std::int64_t body_id);
Result<std::optional<Meeting>> find_meeting(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_meeting(Connection& conn, const Meeting& m);
Result<bool> update_meeting(Connection& conn, const Meeting& m, std::int64_t expected_version);
Result<void> remove_meeting(Connection& conn, std::int64_t id);

}  // namespace vigie::governance_repository
