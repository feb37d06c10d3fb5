#pragma once

#include <functional>
#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "governance/calendar.h"
#include "governance/model.h"
#include "journal/chained/journal.h"
#include "journal/service.h"
#include "partner/service.h"
#include "store/database.h"
#include "strategy/service.h"

namespace vigie {

/// The council's bodies and their members.
class GovernanceService {
 public:
  GovernanceService(Database& db, const Clock& clock, PartnerService& partners,
                    StrategyService& strategies, JournalService& journal, ChainedJournal& chained)
      : db_(db), clock_(clock), partners_(partners), strategies_(strategies), journal_(journal),
        chained_(chained) {}

  Result<std::vector<Body>> list(const Actor& actor, std::int64_t territory_id);
  Result<Body> get(const Actor& actor, std::int64_t id);
  Result<Body> create(const Actor& actor, const Body& body);
  /// Inside a transaction someone else opened (the demo's import); validates like create().
  Result<std::int64_t> create_in(Connection& conn, const Actor& actor, const Body& body);
  Result<Body> update(const Actor& actor, Body body, std::int64_t expected_version);
  Result<void> remove(const Actor& actor, std::int64_t id);
  /// Adds a member of the territory's directory; a charter signed or a departure on a day to
  /// come is a 400 on its field.
  Result<BodyMember> add_member(const Actor& actor, const BodyMember& member);
  /// A member of a confidential body, a new charter date or a return is stored "en_attente"
  /// and opens nothing until decide_member() confirms it (issue 12 §1); journaled (chained).
  Result<BodyMember> update_member(const Actor& actor, BodyMember member,
                                   std::int64_t expected_version);
  /// Confirms or refuses a pending member (`decision`: "confirme" or "refuse"; else 400): by a
  /// confirmed signatory of the body or — while it has none but the people concerned, as for its
  /// first members — another administrator or coordonnateur of the territory; never by who asked
  /// nor by the member's own account (403); 409 when nothing is pending. Journaled with both.
  Result<BodyMember> decide_member(const Actor& actor, std::int64_t member_id,
                                   const std::string& decision);

  Result<std::vector<Meeting>> meetings(const Actor& actor, std::int64_t body_id);
  Result<Meeting> add_meeting(const Actor& actor, const Meeting& meeting);
  Result<Meeting> update_meeting(const Actor& actor, Meeting meeting,
                                 std::int64_t expected_version);
  Result<void> remove_meeting(const Actor& actor, std::int64_t id);
  /// The body's standing against its frequency today (by the injected clock).
  Result<Rhythm> rhythm(const Actor& actor, std::int64_t body_id);
  Result<std::vector<std::string>> proposed_dates(const Actor& actor, std::int64_t body_id,
                                                  int count);
  /// The territory's bodies against their rhythm, meetings to come, open decisions (today by
  /// the injected clock; outlook_service.cc).
  Result<GovernanceOutlook> outlook(const Actor& actor, std::int64_t territory_id);

  // Convocation and attendance (meeting_service.cc).
  Result<MeetingDetail> meeting(const Actor& actor, std::int64_t id);
  /// Notes that the convocation of `version` of the meeting went out (governance.write).
  Result<void> record_convocation_sent(const Actor& actor, std::int64_t meeting_id,
                                       std::int64_t version);
  Result<MeetingDetail> set_invitations(const Actor& actor, std::int64_t meeting_id,
                                        const std::vector<std::int64_t>& member_ids);
  Result<MeetingDetail>
  set_attendance(const Actor& actor, std::int64_t meeting_id,
                 const std::vector<std::pair<std::int64_t, std::optional<std::string>>>& marks);

  // Content, which a confidential body keeps to its signatories (content_service.cc).
  Result<MeetingContent> content(const Actor& actor, std::int64_t meeting_id);
  Result<std::vector<AgendaItem>> set_agenda(const Actor& actor, std::int64_t meeting_id,
                                             const std::vector<AgendaItem>& items);
  /// Creates the draft when `expected_version` is none; refused once approved.
  Result<Minutes> save_minutes(const Actor& actor, std::int64_t meeting_id, const std::string& text,
                               std::optional<std::int64_t> expected_version);
  /// A public body's minutes need `confirm_no_nominative`: nothing nominative in plenary.
  Result<Minutes> approve_minutes(const Actor& actor, std::int64_t meeting_id,
                                  std::int64_t expected_version, bool confirm_no_nominative);
  Result<Attachment> add_attachment(const Actor& actor, Attachment attachment,
                                    const std::string& bytes);
  Result<Attachment> attachment(const Actor& actor, std::int64_t id);
  Result<void> remove_attachment(const Actor& actor, std::int64_t id);

  // Decisions (decision_service.cc).
  Result<Decision> add_decision(const Actor& actor, Decision decision);
  Result<Decision> update_decision(const Actor& actor, Decision decision,
                                   std::int64_t expected_version);
  /// The territory's decisions the actor may read, the open ones only when `open_only`.
  Result<std::vector<Decision>> decisions(const Actor& actor, std::int64_t territory_id,
                                          bool open_only);

  // Emergency cell (emergency_service.cc).
  Result<Activation> activate(const Actor& actor, Activation activation,
                              const std::optional<std::string>& place);
  Result<Activation> close_activation(const Actor& actor, std::int64_t id,
                                      const std::string& summary);
  Result<std::vector<Activation>> activations(const Actor& actor, std::int64_t body_id);

  // Reporting and calendars (report_service.cc).
  Result<BodyReport> report(const Actor& actor, std::int64_t body_id, int year);
  /// The same summed over the years `from` to `to` (an evaluation period): meetings planned
  /// (each year's, prorated from the body's creation), held and cancelled, attendance and
  /// decisions; `year` 0 and no `counted_from` (report() sets them). One read of the body's
  /// meetings and decisions. Errors: as report(), 400 "year" unless 2000 ≤ from ≤ to ≤ 2100.
  Result<BodyReport> report_span(const Actor& actor, std::int64_t body_id, int from, int to);
  Result<std::string> body_calendar(const Actor& actor, std::int64_t body_id);
  /// The meeting as the calendar feeds show it (same UID and SEQUENCE), for an invitation.
  Result<CalendarEvent> meeting_event(const Actor& actor, std::int64_t meeting_id);
  /// A new secret calendar address for the actor; the previous one stops working.
  Result<std::string> new_calendar_token(const Actor& actor);
  /// The meetings of the bodies the token's owner sits in, and the events of each source given
  /// to `add_calendar_source` (funding deadlines); not found for an unknown token.
  Result<std::string> user_calendar(const std::string& token);
  /// Other modules' events for a user's feed, read inside the feed's connection.
  using CalendarSource =
      std::function<Result<std::vector<CalendarEvent>>(Connection&, std::int64_t user_id)>;
  void add_calendar_source(CalendarSource source) {
    calendar_sources_.push_back(std::move(source));
  }

  // For the follow-up module, inside its transactions (membership_service.cc).
  Result<std::optional<Body>> body_in(Connection& conn, std::int64_t body_id);
  /// A current member of the body who signed the charter, by the actor's linked account.
  Result<bool> is_signatory_in(Connection& conn, const Actor& actor, std::int64_t body_id);
  /// Whether a directory person (not an account) is a current, signatory member of the body.
  Result<bool> is_signatory_contact_in(Connection& conn, std::int64_t contact_id,
                                       std::int64_t body_id);
  /// Whether the actor is a current, signatory member of any confidential body: such a member
  /// may open follow-up records and meeting content, so must have a second factor.
  Result<bool> signs_confidential_body(Connection& conn, const Actor& actor);
  /// The body's président, current and signatory.
  Result<bool> is_president_in(Connection& conn, const Actor& actor, std::int64_t body_id);
  /// The bodies of a territory where the actor is such a member.
  Result<std::vector<std::int64_t>> signatory_bodies_in(Connection& conn, const Actor& actor,
                                                        std::int64_t territory_id);

  /// Journals, in a transaction of its own, the refusal of confidential content that the
  /// request just met (its own transaction rolled back with it), with who and what; a no-op
  /// otherwise. The pipeline calls it after every handler; `discard_refusal` before.
  Result<void> journal_refusal(const Actor& actor);
  static void discard_refusal() { refusal_.reset(); }

 private:
  Result<void> check_meeting(const Meeting& m) const;
  /// The body's report over its years `from` to `to`, access and years already checked.
  Result<BodyReport> span_of(Connection& conn, const Body& body, int from, int to);
  /// A refusal met by this thread's request: requests run start to end on one thread.
  struct PendingRefusal {
    std::int64_t territory_id = 0;
    std::string subject;
    std::string body_name;
  };
  static thread_local std::optional<PendingRefusal> refusal_;

  Result<Body> load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                            Permission permission);
  // Confirmation of access to a confidential body (access_service.cc).
  static bool confidential(const Body& body) { return body.confidentiality == "confidentiel"; }
  static bool opens_access(const Body& body, const BodyMember& before, const BodyMember& after);
  void mark_pending(const Actor& actor, BodyMember& member) const;
  Result<void> journal_access(Connection& conn, const Actor& actor, const Body& body,
                              const BodyMember& member, const std::string& action,
                              const std::string& detail);
  /// The accounts that may confirm the member's pending access.
  Result<std::vector<std::int64_t>> member_deciders(Connection& conn, const Body& body,
                                                    const BodyMember& member);
  /// Sets `access_note` on the pending members nobody may confirm yet.
  Result<void> annotate_pending(Connection& conn, Body& body);
  Result<BodyMember> with_note(Connection& conn, const Body& body, BodyMember member);
  Result<void> check_member_dates(const BodyMember& m) const;
  Result<void> check_body(Connection& conn, const Body& body);
  /// The meeting and its body, once the actor's permission on the territory is checked.
  Result<std::pair<Meeting, Body>> load_meeting(Connection& conn, const Actor& actor,
                                                std::int64_t meeting_id, Permission permission);
  Result<bool> content_readable(Connection& conn, const Actor& actor, const Body& body);
  /// A confidential body's content: signatory members only, whatever their role; every access
  /// journaled. `subject` says what is read or written.
  Result<void> require_content(Connection& conn, const Actor& actor, const Body& body,
                               Permission permission, const std::string& subject);
  Result<MeetingDetail> detail_in(Connection& conn, const Actor& actor, Meeting meeting, Body body);
  Result<void> check_decision(Connection& conn, const Body& body, const Decision& decision);
  static Result<void> check_public_label(const Body& body, const Decision& decision,
                                         const std::optional<Decision>& before);
  Result<void> carry_to_milestone(Connection& conn, const Actor& actor, const Body& body,
                                  Decision& decision);
  std::string today() const;

  Database& db_;
  const Clock& clock_;
  PartnerService& partners_;
  StrategyService& strategies_;
  JournalService& journal_;
  ChainedJournal& chained_;
  std::vector<CalendarSource> calendar_sources_;
};

}  // namespace vigie
