#pragma once

#include "followup/model.h"
#include "store/connection.h"

// The parts of a record kept in their own tables: the social section and the shares.
namespace vigie::followup_repository {

Result<std::vector<SocialProfessional>> social_professionals(Connection& conn,
                                                             std::int64_t followup_id);
Result<void> replace_social_professionals(Connection& conn, std::int64_t followup_id,
                                          const std::vector<SocialProfessional>& named);
/// Sets a pending designation's decision; false when none was pending.
Result<bool> decide_social(Connection& conn, std::int64_t followup_id, std::int64_t contact_id,
                           const std::string& state, std::int64_t decided_by);
/// Whether the account is linked to a professional named on the record.
Result<bool> is_named_social(Connection& conn, std::int64_t followup_id, std::int64_t user_id);
Result<std::vector<SocialNote>> social_notes(Connection& conn, std::int64_t followup_id);
Result<void> insert_social_note(Connection& conn, std::int64_t followup_id, const SocialNote& n);

Result<std::vector<FollowUpShare>> shares(Connection& conn, std::int64_t followup_id);
Result<std::optional<FollowUpShare>> find_share(Connection& conn, std::int64_t share_id);
/// Orientation shares in force towards any of these bodies.
Result<std::vector<FollowUpShare>> active_shares_to(Connection& conn,
                                                    const std::vector<std::int64_t>& body_ids);
Result<void> insert_share(Connection& conn, const FollowUpShare& s);
/// Ends the orientation shares towards the body, but `except_id` (the one replacing them).
Result<void> end_shares_to(Connection& conn, std::int64_t followup_id, std::int64_t body_id,
                           const std::string& today, std::int64_t except_id = 0);
/// Sets a pending share's (or transfer's) decision; false when none was pending.
Result<bool> decide_share(Connection& conn, std::int64_t share_id, const std::string& state,
                          std::int64_t decided_by);
Result<bool> end_share(Connection& conn, std::int64_t share_id, const std::string& today);
Result<void> move_to_body(Connection& conn, std::int64_t followup_id, std::int64_t body_id);

}  // namespace vigie::followup_repository
