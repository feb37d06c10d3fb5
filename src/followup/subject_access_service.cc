// The person's right of access (RGPD art. 15): everything held about them, for the DPO to answer.
#include "auth/second_factor.h"
#include "core/text.h"
#include "followup/repository.h"
#include "followup/service.h"
#include "followup/sharing_repository.h"

namespace vigie {
namespace repo = followup_repository;

namespace {
bool same_person(const FollowUp& f, const SubjectQuery& q) {
  return fold_for_search(f.last_name) == fold_for_search(q.last_name) &&
         fold_for_search(f.first_name) == fold_for_search(q.first_name) &&
         (!q.birth_date || !f.birth_date || *q.birth_date == *f.birth_date);
}
}  // namespace

Result<FollowUpService::SubjectAccess> FollowUpService::subject_access(const Actor& actor,
                                                                       std::int64_t territory_id,
                                                                       const SubjectQuery& query) {
  TRY_VOID(require(actor, Permission::followup_journal, territory_id));
  TRY_VOID(require_second_factor(actor));
  TRY_VOID(require_step_up(actor, clock_.now(),
                           "Confirmez votre identité (mot de passe ou code) avant d'exporter "
                           "les données d'une personne."));
  return db_.in_transaction([&](Connection& conn) -> Result<SubjectAccess> {
    SubjectAccess out{format_timestamp(clock_.now()), query, {}, {}, {}};
    std::vector<std::int64_t> ids;
    for (const FollowUp& f : TRY(repo::list_territory(conn, territory_id))) {
      if (!same_person(f, query)) continue;
      ids.push_back(f.id);
      out.records.push_back(std::move(*TRY(repo::find(conn, f.id))));
      // The social section stays with the professionals who hold the secret: the DPO learns
      // that it exists, and asks them.
      out.social_notes.push_back(TRY(repo::social_notes(conn, f.id)).size());
    }
    out.journal = TRY(journal_.about_in(conn, ids));
    // Not the name: the journal outlives the records it speaks of.
    std::string detail = "droit d'accès : " + std::to_string(ids.size()) + " dossier(s)";
    if (ids.empty()) {
      TRY_VOID(journal_.record_in(conn, actor, territory_id, std::nullopt, "droit_acces", detail));
    }
    for (std::int64_t id : ids)
      TRY_VOID(journal_.record_in(conn, actor, territory_id, id, "droit_acces", detail));
    return out;
  });
}

}  // namespace vigie
