#pragma once

#include <optional>

#include "followup/model.h"
#include "store/connection.h"

namespace vigie::followup_repository {

Result<std::optional<FollowUp>> find(Connection& conn, std::int64_t id);
Result<std::vector<FollowUp>> list_in_bodies(Connection& conn,
                                             const std::vector<std::int64_t>& body_ids);
Result<std::int64_t> insert(Connection& conn, const FollowUp& f);
Result<bool> update(Connection& conn, const FollowUp& f, std::int64_t expected_version);
Result<bool> archive(Connection& conn, std::int64_t id, const std::string& end_date,
                     const std::string& end_reason, const std::string& today);
Result<std::vector<FollowUp>> list_archived(Connection& conn);
Result<std::vector<FollowUp>> list_territory(Connection& conn, std::int64_t territory_id);
/// Destroys the record and its actions (not a hidden flag): what the purge does.
Result<void> destroy(Connection& conn, std::int64_t id);
Result<void> insert_action(Connection& conn, std::int64_t followup_id, const FollowUpAction& a);

}  // namespace vigie::followup_repository
