// Closing, the intermediate archive, the purge and the masked statistics.
#include <map>

#include "core/dates.h"
#include "followup/repository.h"
#include "followup/retention/policy.h"
#include "followup/service.h"

namespace vigie {
namespace repo = followup_repository;

Result<FollowUp> FollowUpService::close(const Actor& actor, std::int64_t id,
                                        const std::string& end_date,
                                        const std::string& end_reason) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp current = TRY(load_entitled(conn, actor, id, "cloture", refusal));
    if (end_date > today() || end_date < current.referral_date) {
      return Error::invalid("La fin du suivi se date entre la saisine et aujourd'hui.", "end_date");
    }
    if (!TRY(repo::archive(conn, id, end_date, end_reason, today()))) {
      return Error::stale_version();
    }
    TRY_VOID(journal_.record_in(conn, actor, current.territory_id, id, "cloture"));
    return reload(conn, actor, id);
  });
}

Result<FollowUp> FollowUpService::open_archived(const Actor& actor, std::int64_t id,
                                                const std::string& reason) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    auto found = TRY(repo::find(conn, id));
    if (!found) return Error::not_found("Dossier introuvable.");
    auto role = actor.roles.find(found->territory_id);
    if (role == actor.roles.end()) return Error::not_found("Dossier introuvable.");
    TRY_VOID(require_second_factor(actor));
    bool dpo = role->second == Role::dpo;
    if (!dpo && !TRY(governance_.is_president_in(conn, actor, found->body_id))) {
      refusal = {found->territory_id, id, "lecture_archive"};
      return Error::forbidden("Réservé au délégué à la protection des données et au président "
                              "de l'instance.");
    }
    if (found->status != "archive") {
      return Error::conflict("Ce dossier n'est pas archivé : il s'ouvre normalement.");
    }
    TRY_VOID(journal_.record_in(conn, actor, found->territory_id, id, "lecture_archive", reason));
    return std::move(*found);
  });
}

Result<FollowUpService::PurgeReport> FollowUpService::purge() {
  Actor system;
  system.login = "vigie";
  system.origin = "purge automatique";
  return db_.in_transaction([&](Connection& conn) -> Result<PurgeReport> {
    PurgeReport report;
    for (const FollowUp& f : TRY(repo::list_archived(conn))) {
      auto due = destruction_date(f, policy_);
      if (!due || *due > today()) continue;
      TRY_VOID(repo::destroy(conn, f.id));
      TRY_VOID(journal_.record_in(conn, system, f.territory_id, f.id, "purge",
                                  "dossier détruit (archivé le " + f.archived_on.value_or("") +
                                      ", échéance " + *due + ")"));
      ++report.records;
    }
    std::string cutoff =
        format_timestamp(clock_.now() - std::int64_t{policy_.journal_days} * 86400);
    report.journal_entries = TRY(journal_.prune_in(conn, cutoff));
    return report;
  });
}

Result<FollowUpStats> FollowUpService::stats(const Actor& actor, std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::followup_stats, territory_id));
  Lease conn = db_.acquire();
  std::map<std::string, int> origin, programme, band, status;
  int total = 0;
  for (const FollowUp& f : TRY(repo::list_territory(*conn, territory_id))) {
    ++total;
    ++origin[f.referral_origin];
    ++programme[f.programme.value_or("sans programme")];
    ++band[age_band(f.birth_date, today())];
    ++status[f.status == "archive" ? f.end_reason.value_or("clos") : "en cours"];
  }
  FollowUpStats s;
  s.threshold = policy_.min_count;
  s.total = total < policy_.min_count ? std::nullopt : std::optional<int>(total);
  s.by_origin = masked(origin, policy_.min_count);
  s.by_programme = masked(programme, policy_.min_count);
  s.by_age_band = masked(band, policy_.min_count);
  s.by_status = masked(status, policy_.min_count);
  return s;
}

}  // namespace vigie
