#pragma once

#include <vector>

#include "auth/actor.h"
#include "auth/user_service.h"
#include "core/clock.h"
#include "governance/service.h"
#include "journal/chained/journal.h"
#include "journal/service.h"
#include "print/office.h"
#include "store/database.h"
#include "territory/service.h"
#include "videoprotection/model.h"

namespace vigie {

/// Vidéoprotection (issue 17 §1): a territory's systems with their préfectoral authorisation,
/// cameras, designated agents and the register of viewings, extractions and requisitions. The
/// rules come from data/dispositifs/videoprotection.json (rules.h).
///
/// Who: the systems, cameras (with their places) and yearly figures are read with
/// `video.read` (administrateur, coordonnateur, élu) and written with `video.manage`
/// (administrateur, coordonnateur); the register is read and written by the system's designated
/// agents only — never by role alone — and each read or write is recorded in the chained journal
/// the data-protection officer reads. Other territories answer 404.
class VideoService {
 public:
  VideoService(Database& db, const Clock& clock, JournalService& journal, ChainedJournal& chained,
               GovernanceService& governance, UserService& users, TerritoryService& territories)
      : db_(db), clock_(clock), journal_(journal), chained_(chained), governance_(governance),
        users_(users), territories_(territories) {}

  const VideoRules& rules() const;

  Result<std::vector<VideoSystem>> list(const Actor& actor, std::int64_t territory_id);
  Result<VideoSystem> get(const Actor& actor, std::int64_t id);
  /// 400 naming the field: retention above the rules' maximum (days), a purpose outside the
  /// closed list or none, an ethics committee of another territory; 409 on a duplicate name.
  Result<VideoSystem> create(const Actor& actor, VideoSystem system);
  Result<VideoSystem> update(const Actor& actor, VideoSystem system, std::int64_t expected_version);
  Result<void> remove(const Actor& actor, std::int64_t id);

  Result<std::vector<Camera>> cameras(const Actor& actor, std::int64_t system_id);
  /// 400 naming the field: a longitude without latitude, withdrawn before put in service;
  /// 409 on an identifier the system already has.
  Result<Camera> add_camera(const Actor& actor, Camera camera);
  Result<Camera> update_camera(const Actor& actor, Camera camera, std::int64_t expected_version);
  Result<void> remove_camera(const Actor& actor, std::int64_t id);

  Result<std::vector<VideoAgent>> agents(const Actor& actor, std::int64_t system_id);
  /// Designates the account `login` (which must hold a role other than lecteur on the
  /// territory) to the register; 400 "login" otherwise, 409 when already designated.
  Result<VideoAgent> designate(const Actor& actor, std::int64_t system_id,
                               const std::string& login);
  Result<void> withdraw(const Actor& actor, std::int64_t system_id, std::int64_t user_id);

  /// The register, latest first, with each copy's destruction limit: designated agents only
  /// (403 otherwise, the refusal journaled too).
  Result<std::vector<RegisterEntry>> register_of(const Actor& actor, std::int64_t system_id);
  /// 400 naming the field: a day after today, a requisition without its requester or procedure
  /// reference, a camera of another system, images ending before they start, a copy destroyed
  /// or handed over before the entry's day.
  Result<RegisterEntry> add_entry(const Actor& actor, RegisterEntry entry);
  Result<RegisterEntry> update_entry(const Actor& actor, RegisterEntry entry,
                                     std::int64_t expected_version);

  /// The territory's alerts on the clock's day: authorisations missing, ending within the
  /// rules' months or ended; copies kept past their retention (counted).
  Result<std::vector<VideoAlert>> alerts(const Actor& actor, std::int64_t territory_id);
  /// A year's figures of a system (counts only), this year's when none: 400 "year" outside
  /// 2000..this year.
  Result<VideoYear> year(const Actor& actor, std::int64_t system_id, std::optional<int> year);
  /// The year's report to the ethics committee (videoprotection/annual_report.h), this year's
  /// when none: errors as year().
  Result<OfficeDocument> annual_report(const Actor& actor, std::int64_t system_id,
                                       std::optional<int> year);
  /// Destroys the register's entries older than the rules' years (the daily purge); how many.
  Result<std::int64_t> purge();

 private:
  std::string today() const;
  Result<VideoSystem> load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                                   Permission permission);
  Result<void> check_system(Connection& conn, const VideoSystem& system);
  /// A refused reader of a register, journaled once the request's transaction has ended.
  struct Refusal {
    std::int64_t territory_id = 0;
    std::string subject;
  };
  Result<VideoSystem> load_for_register(Connection& conn, const Actor& actor,
                                        std::int64_t system_id, std::optional<Refusal>& refusal);
  Result<void> journal_refusal(const Actor& actor, const std::optional<Refusal>& refusal);
  Result<void> check_entry(Connection& conn, const RegisterEntry& entry);
  /// The camera and its system, once the actor may manage it (one read of each).
  Result<std::pair<Camera, VideoSystem>> load_camera(Connection& conn, const Actor& actor,
                                                     std::int64_t id);

  Database& db_;
  const Clock& clock_;
  JournalService& journal_;
  ChainedJournal& chained_;
  GovernanceService& governance_;
  UserService& users_;
  TerritoryService& territories_;
};

}  // namespace vigie
