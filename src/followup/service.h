#pragma once

#include <functional>

#include "auth/actor.h"
#include "core/clock.h"
#include "followup/model.h"
#include "followup/procedure_model.h"
#include "governance/service.h"
#include "journal/chained/journal.h"
#include "partner/service.h"
#include "store/database.h"

namespace vigie {

/// Individual follow-up records. Need-to-know: a record is opened only by current members of its
/// handling body who signed the charter — no role opens it — and every access or refusal is in
/// the follow-up journal.
class FollowUpService {
 public:
  FollowUpService(Database& db, const Clock& clock, GovernanceService& governance,
                  PartnerService& partners, ChainedJournal& journal, RetentionPolicy policy = {})
      : db_(db), clock_(clock), governance_(governance), partners_(partners), journal_(journal),
        policy_(policy) {}

  /// The records of the actor's bodies in a territory, as summaries (initials, age band);
  /// `name` searches them by name, which is journaled.
  Result<std::vector<FollowUpSummary>> list(const Actor& actor, std::int64_t territory_id,
                                            const std::string& name);
  Result<FollowUp> open(const Actor& actor, std::int64_t id);
  Result<FollowUp> create(const Actor& actor, FollowUp followup, std::int64_t territory_id);
  Result<FollowUp> update(const Actor& actor, FollowUp followup, std::int64_t expected_version);
  Result<FollowUp> add_action(const Actor& actor, std::int64_t id, FollowUpAction action);
  /// The record for an export or a print (`purpose`), once the user has stepped up in the last
  /// five minutes; journaled as such.
  Result<FollowUp> export_record(const Actor& actor, std::int64_t id, const std::string& purpose);

  // The social section and sharing (sharing_service.cc).
  /// Names the professionals of social action who alone read the social section; each must be
  /// a current, signatory member of the handling body.
  /// A new designation (or a new profession) is stored "en_attente": it opens the social section
  /// only once decide_social() confirms it (issue 12 §1). Journaled.
  Result<FollowUp> name_social_professionals(const Actor& actor, std::int64_t id,
                                             std::vector<SocialProfessional> named);
  /// Another current signatory of the handling body confirms or refuses a pending designation
  /// (`decision`: "confirme" or "refuse", else 400); never the person named nor who named them
  /// (403); 404 when not named, 409 when not pending. Journaled with both people.
  Result<FollowUp> decide_social(const Actor& actor, std::int64_t id, std::int64_t contact_id,
                                 const std::string& decision);
  /// The social section, for a named professional of the handling body.
  Result<std::vector<SocialNote>> social_notes(const Actor& actor, std::int64_t id);
  Result<std::vector<SocialNote>> add_social_note(const Actor& actor, std::int64_t id,
                                                  SocialNote note);
  /// Shows the record to another confidential body, limited to `share.scope`, once another
  /// signatory confirms it (decide_share; stored "en_attente" until then).
  Result<FollowUp> share(const Actor& actor, std::int64_t id, FollowUpShare share);
  Result<FollowUp> end_share(const Actor& actor, std::int64_t share_id);
  /// Asks to hand the record over to another confidential body of the territory: it moves when
  /// another signatory confirms (decide_share).
  Result<FollowUp> transfer(const Actor& actor, std::int64_t id, std::int64_t body_id,
                            const std::string& reason);
  /// Another current signatory of the handling body confirms or refuses a pending share or
  /// transfer (`decision`: "confirme" or "refuse", else 400); never who asked (403); 409 when
  /// not pending. A confirmed share replaces the earlier scope; a confirmed transfer moves the
  /// record. Journaled with both people.
  Result<FollowUp> decide_share(const Actor& actor, std::int64_t share_id,
                                const std::string& decision);

  // Procedures built on the record (procedure_service.cc): each answers the record's procedures.
  Result<Procedures> procedures(const Actor& actor, std::int64_t id);
  /// Refused (409 naming `under_prosecution`) when the agent answers that the facts are under
  /// prosecution: the rappel à l'ordre is for what the parquet does not pursue.
  Result<Procedures> add_reminder(const Actor& actor, std::int64_t id, Reminder reminder,
                                  bool under_prosecution);
  Result<Procedures> update_reminder(const Actor& actor, Reminder reminder,
                                     std::int64_t expected_version);
  /// The summons letter (PDF), after a step-up: it prints part of the record.
  Result<std::string> summons_pdf(const Actor& actor, std::int64_t reminder_id);
  Result<Procedures> add_cddf(const Actor& actor, std::int64_t id, CddfReferral referral);
  Result<Procedures> update_cddf(const Actor& actor, CddfReferral referral,
                                 std::int64_t expected_version);
  Result<Procedures> add_placement(const Actor& actor, std::int64_t id, TigPlacement placement);
  Result<Procedures> update_placement(const Actor& actor, TigPlacement placement,
                                      std::int64_t expected_version);
  // TIG host places: no personal data; read by those who follow people, kept by coordinators.
  Result<std::vector<TigPlace>> places(const Actor& actor, std::int64_t territory_id);
  Result<TigPlace> create_place(const Actor& actor, TigPlace place);
  Result<TigPlace> update_place(const Actor& actor, TigPlace place, std::int64_t expected_version);

  /// Journals the refusal of a request whose role may never open a record (refused before any
  /// service ran), against the record its path names — when the actor has a role in its
  /// territory; otherwise nothing is written, as nothing was revealed.
  Result<void> journal_refusal(const Actor& actor, std::string_view path);

  // The person's right of access (subject_access_service.cc).
  struct SubjectAccess {
    std::string generated_at;
    SubjectQuery query;
    std::vector<FollowUp> records;  // followed and archived, with their social section's size
    std::vector<std::size_t> social_notes;  // per record: kept by the named professionals
    std::vector<ChainedEntry> journal;
  };
  /// Everything held about one person in a territory, for its DPO, with the second factor and
  /// a step-up in the last five minutes; journaled against every record found.
  Result<SubjectAccess> subject_access(const Actor& actor, std::int64_t territory_id,
                                       const SubjectQuery& query);

  // Retention (retention_service.cc).
  /// Ends the follow-up: the record moves to the intermediate archive.
  Result<FollowUp> close(const Actor& actor, std::int64_t id, const std::string& end_date,
                         const std::string& end_reason);
  /// An archived record, for the territory's DPO or the body's président, with a reason.
  Result<FollowUp> open_archived(const Actor& actor, std::int64_t id, const std::string& reason);
  struct PurgeReport {
    std::int64_t records = 0;
    std::int64_t journal_entries = 0;
  };
  /// Destroys the archived records past their date and the journal entries past theirs; what was
  /// destroyed (never its content) is journaled. Run daily by the job scheduler.
  Result<PurgeReport> purge();
  /// Counts for the bilan, masked below the policy's threshold.
  Result<FollowUpStats> stats(const Actor& actor, std::int64_t territory_id);

 private:
  /// A refusal to journal once the refused transaction is over (its own would roll back).
  struct Refusal {
    std::int64_t territory_id = 0;
    std::optional<std::int64_t> followup_id;
    std::string what;
  };
  /// The record, once the actor is known to be entitled to it; otherwise `refusal` is filled.
  Result<FollowUp> load_entitled(Connection& conn, const Actor& actor, std::int64_t id,
                                 const char* what, Refusal& refusal);
  /// Runs `work` in a transaction; a refusal it reports is journaled once that transaction is
  /// over (inside it, the entry would roll back with the refused request).
  Result<FollowUp> guarded(const Actor& actor,
                           const std::function<Result<FollowUp>(Connection&, Refusal&)>& work);
  /// The record as its handling body's member sees it (with whether they read the social
  /// section).
  Result<FollowUp> reload(Connection& conn, const Actor& actor, std::int64_t id);
  /// The record as seen through a share in force towards one of the actor's bodies, if any
  /// (and only when the actor is not a member of the handling body).
  Result<std::optional<FollowUp>> shared_view(Connection& conn, const Actor& actor,
                                              std::int64_t id);
  /// A confidential body of the territory other than the record's: a share's or transfer's
  /// destination.
  Result<Body> destination(Connection& conn, const FollowUp& f, std::int64_t body_id);
  Result<void> check(Connection& conn, const FollowUp& f, std::int64_t territory_id);
  /// The record a procedure item ("reminders", "cddf", "tig-placements") belongs to; 404 with
  /// `missing` otherwise.
  Result<std::int64_t> owning_record(std::string_view collection, std::int64_t id,
                                     const char* missing);
  /// The record, once the actor is entitled to it and named on its social section.
  Result<FollowUp> load_social(Connection& conn, const Actor& actor, std::int64_t id,
                               const char* what, Refusal& refusal);
  /// Runs `work` on an entitled record's procedures, journals `what`, answers them all.
  Result<Procedures>
  on_procedures(const Actor& actor, std::int64_t id, const char* what,
                const std::function<Result<void>(Connection&, const FollowUp&)>& work);
  std::string today() const;

  Database& db_;
  const Clock& clock_;
  GovernanceService& governance_;
  PartnerService& partners_;
  ChainedJournal& journal_;
  RetentionPolicy policy_;
};

/// Follow-up records are for sessions opened with the second factor.
Result<void> require_second_factor(const Actor& actor);
/// "moins de 13 ans", "13-15 ans", "16-17 ans", "18-25 ans", "plus de 25 ans", "âge inconnu".
std::string age_band(const std::optional<std::string>& birth_date, std::string_view today);
/// "Durand", "Léa" → "L. D."
std::string initials(const std::string& first_name, const std::string& last_name);

}  // namespace vigie
