// A meeting's convocation list and attendance, and the access rule for its content.
#include "core/dates.h"
#include "governance/repository.h"
#include "governance/service.h"

namespace vigie {
namespace repo = governance_repository;

namespace {

Quorum count_quorum(const std::vector<Invitation>& invitations) {
  Quorum q;
  for (const Invitation& i : invitations) {
    if (i.role != "president" && i.role != "membre")
      continue;  // guests and secretariat don't count
    ++q.convened;
    if (i.attendance == "present") ++q.present;
    if (i.attendance == "excuse") ++q.excused;
    if (i.attendance == "absent") ++q.absent;
  }
  q.required = q.convened / 2 + 1;
  q.reached = q.convened > 0 && q.present >= q.required;
  return q;
}

}  // namespace

std::string GovernanceService::today() const { return date_of(clock_.now()); }

Result<void> GovernanceService::record_convocation_sent(const Actor& actor, std::int64_t meeting_id,
                                                        std::int64_t version) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY(load_meeting(conn, actor, meeting_id, Permission::governance_write));
    return repo::set_convocation_sent(conn, meeting_id, version);
  });
}

Result<std::pair<Meeting, Body>> GovernanceService::load_meeting(Connection& conn,
                                                                 const Actor& actor,
                                                                 std::int64_t meeting_id,
                                                                 Permission permission) {
  auto meeting = TRY(repo::find_meeting(conn, meeting_id));
  if (!meeting) return Error::not_found("Réunion introuvable.");
  Body body = TRY(load_checked(conn, actor, meeting->body_id, permission));
  return std::make_pair(std::move(*meeting), std::move(body));
}

Result<bool> GovernanceService::content_readable(Connection& conn, const Actor& actor,
                                                 const Body& body) {
  if (body.confidentiality != "confidentiel") return true;
  return repo::is_signed_member(conn, body.id, actor.user_id, today());
}

Result<void> GovernanceService::require_content(Connection& conn, const Actor& actor,
                                                const Body& body, Permission permission,
                                                const std::string& subject) {
  TRY_VOID(require(actor, permission, body.territory_id));
  if (body.confidentiality != "confidentiel") return success();
  if (!TRY(content_readable(conn, actor, body))) {
    // The request's transaction rolls back with this refusal: it is journaled after it.
    refusal_ = PendingRefusal{body.territory_id, subject, body.name};
    return Error::forbidden("Contenu confidentiel : réservé aux membres de l'instance qui ont "
                            "signé la charte déontologique.");
  }
  const char* event =
      permission == Permission::governance_read ? "confidentiel.lecture" : "confidentiel.ecriture";
  return journal_.record_in(conn, actor, body.territory_id, event, subject, body.name);
}

thread_local std::optional<GovernanceService::PendingRefusal> GovernanceService::refusal_;

Result<void> GovernanceService::journal_refusal(const Actor& actor) {
  if (!refusal_) return success();
  PendingRefusal r = std::move(*refusal_);
  refusal_.reset();
  return journal_.record(actor, r.territory_id, "confidentiel.refus", r.subject, r.body_name);
}

Result<MeetingDetail> GovernanceService::detail_in(Connection& conn, const Actor& actor,
                                                   Meeting meeting, Body body) {
  MeetingDetail d;
  d.invitations = TRY(repo::list_invitations(conn, meeting.id));
  d.quorum = count_quorum(d.invitations);
  d.content_readable = TRY(content_readable(conn, actor, body));
  d.meeting = std::move(meeting);
  d.body = std::move(body);
  return d;
}

Result<MeetingDetail> GovernanceService::meeting(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  auto [meeting, body] = TRY(load_meeting(*conn, actor, id, Permission::governance_read));
  return detail_in(*conn, actor, std::move(meeting), std::move(body));
}

Result<MeetingDetail>
GovernanceService::set_invitations(const Actor& actor, std::int64_t meeting_id,
                                   const std::vector<std::int64_t>& member_ids) {
  return db_.in_transaction([&](Connection& conn) -> Result<MeetingDetail> {
    auto [meeting, body] = TRY(load_meeting(conn, actor, meeting_id, Permission::governance_write));
    for (std::size_t i = 0; i < member_ids.size(); ++i) {
      bool known = std::any_of(body.members.begin(), body.members.end(),
                               [&](const BodyMember& m) { return m.id == member_ids[i]; });
      if (!known) {
        return Error::invalid("Ce membre n'appartient pas à l'instance.",
                              "member_ids[" + std::to_string(i) + "]");
      }
    }
    TRY_VOID(repo::replace_invitations(conn, meeting_id, member_ids));
    return detail_in(conn, actor, std::move(meeting), std::move(body));
  });
}

Result<MeetingDetail> GovernanceService::set_attendance(
    const Actor& actor, std::int64_t meeting_id,
    const std::vector<std::pair<std::int64_t, std::optional<std::string>>>& marks) {
  return db_.in_transaction([&](Connection& conn) -> Result<MeetingDetail> {
    auto [meeting, body] = TRY(load_meeting(conn, actor, meeting_id, Permission::governance_write));
    for (std::size_t i = 0; i < marks.size(); ++i) {
      if (!TRY(repo::set_attendance(conn, meeting_id, marks[i].first, marks[i].second))) {
        return Error::invalid("Ce membre n'est pas convoqué à la réunion.",
                              "items[" + std::to_string(i) + "].member_id");
      }
    }
    return detail_in(conn, actor, std::move(meeting), std::move(body));
  });
}

}  // namespace vigie
