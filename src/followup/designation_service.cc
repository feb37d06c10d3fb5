// The social professionals named on a record (secret partagé, CASF L.121-6-2): a new designation
// opens the social section only once another signatory of the handling body confirms it, never
// the person named nor who named them (issue 12 §1). Each step is journaled with both people.
#include <algorithm>

#include "auth/grant.h"
#include "followup/repository.h"
#include "followup/service.h"
#include "followup/sharing_repository.h"

namespace vigie {
namespace repo = followup_repository;

namespace {

const SocialProfessional* find_named(const std::vector<SocialProfessional>& list,
                                     std::int64_t contact_id) {
  auto it = std::ranges::find(list, contact_id, &SocialProfessional::contact_id);
  return it == list.end() ? nullptr : &*it;
}

}  // namespace

Result<FollowUp> FollowUpService::name_social_professionals(const Actor& actor, std::int64_t id,
                                                            std::vector<SocialProfessional> named) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp f = TRY(load_entitled(conn, actor, id, "designation_travailleurs_sociaux", refusal));
    for (std::size_t i = 0; i < named.size(); ++i) {
      if (!TRY(governance_.is_signatory_contact_in(conn, named[i].contact_id, f.body_id))) {
        return Error::invalid("Seul un membre signataire de l'instance peut être désigné.",
                              "professionals[" + std::to_string(i) + "].contact_id");
      }
    }
    auto before = TRY(repo::social_professionals(conn, id));
    std::vector<std::int64_t> asked;
    for (SocialProfessional& p : named) {
      const SocialProfessional* kept = find_named(before, p.contact_id);
      if (kept && kept->profession == p.profession) {
        p.state = kept->state;
        p.requested_by = kept->requested_by;
        p.decided_by = kept->decided_by;
        continue;
      }
      p.state = std::string(grant::kPending);
      p.requested_by = actor.user_id;
      asked.push_back(p.contact_id);
    }
    TRY_VOID(repo::replace_social_professionals(conn, id, named));
    for (const SocialProfessional& p : TRY(repo::social_professionals(conn, id))) {
      if (std::ranges::find(asked, p.contact_id) == asked.end()) continue;
      TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, "acces.demande",
                                  "désignation de « " + p.name +
                                      " » au secret partagé — demandée "
                                      "par " +
                                      actor.display_name));
    }
    for (const SocialProfessional& p : before) {
      if (find_named(named, p.contact_id)) continue;
      TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, "acces.retire",
                                  "désignation de « " + p.name + " » retirée par " +
                                      actor.display_name));
    }
    return reload(conn, actor, id);
  });
}

Result<FollowUp> FollowUpService::decide_social(const Actor& actor, std::int64_t id,
                                                std::int64_t contact_id,
                                                const std::string& decision) {
  if (!grant::is_decision(decision)) {
    return Error::invalid("Choisissez « confirme » ou « refuse ».", "decision");
  }
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp f = TRY(load_entitled(conn, actor, id, "designation_travailleurs_sociaux", refusal));
    const SocialProfessional* p = find_named(f.social_professionals, contact_id);
    if (!p) return Error::not_found("Cette personne n'est pas désignée sur le dossier.");
    // load_entitled() made sure the actor is a current signatory of the handling body.
    TRY_VOID(grant::check_decider(actor, {p->requested_by, p->account_id}, p->state));
    if (!TRY(repo::decide_social(conn, id, contact_id, decision, actor.user_id))) {
      return Error::conflict("Cette désignation n'est plus en attente.");
    }
    bool confirmed = decision == grant::kConfirmed;
    TRY_VOID(journal_.record_in(
        conn, actor, f.territory_id, id, confirmed ? "acces.confirme" : "acces.refuse",
        "désignation de « " + p->name + " » au secret partagé — demandée par " +
            p->requested_by_name + ", " + (confirmed ? "confirmée" : "refusée") + " par " +
            actor.display_name));
    return reload(conn, actor, id);
  });
}

}  // namespace vigie
