#pragma once

#include <algorithm>
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
/// Writes the member's dates, role and access state (its contact never changes).
Result<bool> update_member(Connection& conn, const BodyMember& m, std::int64_t expected_version);
/// Every current member of the body back to "en_attente" (the body became confidential).
Result<void> pend_members(Connection& conn, std::int64_t body_id, std::int64_t requested_by,
                          const std::string& at);
/// The accounts that read the body's content today (confirmed link, membership and charter).
Result<std::vector<std::int64_t>>
confirmed_signatory_accounts(Connection& conn, std::int64_t body_id, const std::string& today);

Result<std::vector<Meeting>> list_meetings(Connection& conn, std::int64_t body_id);
Result<std::optional<Meeting>> find_meeting(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_meeting(Connection& conn, const Meeting& m);
Result<bool> update_meeting(Connection& conn, const Meeting& m, std::int64_t expected_version);
Result<void> set_convocation_sent(Connection& conn, std::int64_t id, std::int64_t version);
Result<void> remove_meeting(Connection& conn, std::int64_t id);

// content_repository.cc
Result<bool> is_signed_member(Connection& conn, std::int64_t body_id, std::int64_t user_id,
                              const std::string& today);
/// The bodies of a territory where the user is a current member who signed the charter.
Result<std::vector<std::int64_t>> signed_bodies(Connection& conn, std::int64_t territory_id,
                                                std::int64_t user_id, const std::string& today);
Result<bool> is_signed_contact(Connection& conn, std::int64_t body_id, std::int64_t contact_id,
                               const std::string& today);
Result<bool> signs_confidential_body(Connection& conn, std::int64_t user_id,
                                     const std::string& today);
Result<bool> is_signed_president(Connection& conn, std::int64_t body_id, std::int64_t user_id,
                                 const std::string& today);
Result<std::vector<Invitation>> list_invitations(Connection& conn, std::int64_t meeting_id);
Result<void> invite_current_members(Connection& conn, std::int64_t meeting_id,
                                    std::int64_t body_id);
Result<void> replace_invitations(Connection& conn, std::int64_t meeting_id,
                                 const std::vector<std::int64_t>& member_ids);
Result<bool> set_attendance(Connection& conn, std::int64_t meeting_id, std::int64_t member_id,
                            const std::optional<std::string>& attendance);
Result<std::vector<AgendaItem>> list_agenda(Connection& conn, std::int64_t meeting_id);
Result<void> replace_agenda(Connection& conn, std::int64_t meeting_id,
                            const std::vector<AgendaItem>& items);
Result<std::optional<Minutes>> find_minutes(Connection& conn, std::int64_t meeting_id);
Result<void> insert_minutes(Connection& conn, std::int64_t meeting_id, const std::string& text);
Result<bool> update_minutes(Connection& conn, std::int64_t meeting_id, const std::string& text,
                            std::int64_t expected_version);
Result<bool> approve_minutes(Connection& conn, std::int64_t meeting_id, const std::string& at,
                             const std::string& by, std::int64_t expected_version);
Result<std::vector<Attachment>> list_attachments(Connection& conn, std::int64_t meeting_id);
Result<std::optional<Attachment>> find_attachment(Connection& conn, std::int64_t id,
                                                  bool with_content);
Result<std::int64_t> insert_attachment(Connection& conn, const Attachment& a,
                                       const std::string& base64);
Result<void> remove_attachment(Connection& conn, std::int64_t id);

// decision_repository.cc
Result<std::vector<Decision>> list_decisions(Connection& conn, std::int64_t meeting_id);
Result<std::vector<Decision>> list_territory_decisions(Connection& conn, std::int64_t territory_id);
Result<std::vector<Decision>> list_body_decisions(Connection& conn, std::int64_t body_id);
Result<std::optional<Decision>> find_decision(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_decision(Connection& conn, const Decision& d);
Result<bool> update_decision(Connection& conn, const Decision& d, std::int64_t expected_version);
Result<std::vector<Activation>> list_activations(Connection& conn, std::int64_t body_id);
Result<std::optional<Activation>> find_activation(Connection& conn, std::int64_t id);
Result<bool> has_open_activation(Connection& conn, std::int64_t body_id);
Result<std::int64_t> insert_activation(Connection& conn, const Activation& a);
Result<bool> close_activation(Connection& conn, const Activation& a);
Result<void> set_calendar_token(Connection& conn, std::int64_t user_id, const std::string& digest,
                                const std::string& created_at);
Result<std::optional<std::int64_t>> user_of_calendar_token(Connection& conn,
                                                           const std::string& digest);
Result<std::vector<std::int64_t>> bodies_of_user(Connection& conn, std::int64_t user_id);

}  // namespace vigie::governance_repository
