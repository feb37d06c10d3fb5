// The governance of a GENERATED département-scale installation (issue 18 §4).
#include "cli/generate_governance.h"

#include <cstdio>

#include "core/dates.h"

namespace vigie::cli {
namespace {

constexpr const char* kDecisions[] = {
    "Renforcer les patrouilles le vendredi soir (GÉNÉRÉ)",
    "Réunir le bailleur et les résidents du secteur concerné (GÉNÉRÉ)",
    "Signaler les dépôts sauvages au service propreté (GÉNÉRÉ)",
    "Proposer une action de prévention au collège (GÉNÉRÉ)",
    "Faire le point sur l'éclairage du parking (GÉNÉRÉ)"};

Body generated_body(std::int64_t territory_id, bool plenary) {
  Body b;
  b.territory_id = territory_id;
  b.name = plenary ? "CLSPD — séance plénière (GÉNÉRÉE)" : "Groupe opérationnel (GÉNÉRÉ)";
  b.kind = plenary ? "pleniere" : "gpo";
  b.frequency = plenary ? "yearly" : "times_per_year";
  if (!plenary) b.frequency_count = 6;
  b.confidentiality = plenary ? "public" : "restreint";
  b.description = "Instance GÉNÉRÉE pour le banc départemental (fictive).";
  return b;
}

// "YYYY-MM-DDT18:00" of an epoch day.
std::string evening(std::int64_t day) { return date_of(day * 86400) + "T18:00"; }

}  // namespace

Result<std::int64_t> generate_governance(App& app, const Actor& actor, std::int64_t territory_id,
                                         int years, std::int64_t today) {
  auto partners = TRY(app.partners().list(actor, territory_id));
  std::int64_t meetings = 0;
  for (bool plenary : {true, false}) {
    Body body = TRY(app.governance().create(actor, generated_body(territory_id, plenary)));
    const int per_year = plenary ? 1 : 6;
    const int count = years * per_year + 1;  // and the next one, to come
    for (int k = 0; k < count; ++k) {
      Meeting m;
      m.body_id = body.id;
      // A week after the start of each period: the last one a week from now, to come.
      std::int64_t day = today - std::int64_t{365} * years + std::int64_t{365} * k / per_year + 7;
      m.starts_at = evening(day);
      m.place = "Mairie, salle du conseil (GÉNÉRÉ)";
      m.status = day < today ? "tenue" : "prevue";
      Meeting saved = TRY(app.governance().add_meeting(actor, m));
      ++meetings;
      if (plenary || m.status != "tenue") continue;
      for (int d = 0; d < 2; ++d) {
        Decision decision;
        decision.meeting_id = saved.id;
        decision.text = kDecisions[(k + d) % std::size(kDecisions)];
        if (!partners.empty()) {
          decision.owner_organisation_id = partners[(k + d) % partners.size()].id;
        }
        decision.due_date = date_of((day + 60) * 86400);
        // The older ones done, the last year's still open.
        decision.status = day + 365 < today ? "faite" : (d == 0 ? "en_cours" : "a_faire");
        TRY(app.governance().add_decision(actor, decision));
      }
    }
  }
  return meetings;
}

}  // namespace vigie::cli
