#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "auth/second_factor.h"
#include "auth/session_service.h"
#include "auth/user_admin.h"
#include "auth/user_service.h"
#include "diagnostic/import_service.h"
#include "diagnostic/service.h"
#include "diagnostic/uploads.h"
#include "dossier/service.h"
#include "evaluation/service.h"
#include "followup/service.h"
#include "funding/service.h"
#include "governance/mail_service.h"
#include "governance/service.h"
#include "http/router.h"
#include "http/static_files.h"
#include "jobs/scheduler.h"
#include "journal/chained/journal.h"
#include "journal/service.h"
#include "observatory/analysis_jobs.h"
#include "observatory/problem_service.h"
#include "observatory/service.h"
#include "participation/service.h"
#include "partner/service.h"
#include "publication/service.h"
#include "strategy/exchange.h"
#include "strategy/service.h"
#include "territory/service.h"
#include "videoprotection/service.h"

namespace vigie {

struct AppOptions {
  std::filesystem::path web_root;  // built front end; empty: none
  SessionPolicy sessions;
  /// Behind a TLS-terminating proxy: trust its X-Forwarded-Proto to mark cookies Secure.
  bool trust_forwarded_proto = false;
  /// The proxies whose X-Forwarded-For is believed (behind a proxy only): the client is the
  /// rightmost address they did not add themselves.
  std::vector<std::string> trusted_proxies{"127.0.0.1", "::1"};
  /// The follow-up journal's keys (kept outside the database); none: an unkeyed chain.
  std::optional<JournalKeys> journal_keys;
  /// Where SSMSI bases sent from the administration screen wait for their import (deleted
  /// after it); created owner-only.
  std::filesystem::path upload_dir = std::filesystem::temp_directory_path() / "vigie-envois";
  /// The operator's SMTP server for convocations, minutes and reminders; none: no e-mail.
  MailSettings mail;
  /// This server's name in the background jobs' leases and in logs (host:port:pid when served).
  std::string instance = "vigie";
  /// How often a running analysis writes its progress and reads a cancel asked elsewhere.
  std::chrono::milliseconds analysis_heartbeat{5000};
};

/// The composition root: every service over one store, the routes, and the request pipeline
/// (session, CSRF, access rule, handler, security headers). Transport-free, so tests call
/// handle() directly and the server only moves bytes.
class App {
 public:
  App(Database& db, const Clock& clock, const AppOptions& options = {});

  Response handle(Request& request);

  const Router& router() const { return router_; }
  UserService& users() { return users_; }
  SessionService& sessions() { return sessions_; }
  TerritoryService& territories() { return territories_; }
  PartnerService& partners() { return partners_; }
  StrategyService& strategies() { return strategies_; }
  StrategyExchange& exchange() { return exchange_; }
  GovernanceService& governance() { return governance_; }
  EvaluationService& evaluation() { return evaluation_; }
  JournalService& journal() { return journal_; }
  FollowUpService& followups() { return followups_; }
  ChainedJournal& chained_journal() { return chained_journal_; }
  SsmsiImportService& ssmsi() { return ssmsi_; }
  DiagnosticService& diagnostics() { return diagnostics_; }
  ObservatoryService& observatory() { return observatory_; }
  AnalysisJobs& analyses() { return analyses_; }
  ProblemService& problems() { return problems_; }
  VideoService& video() { return video_; }
  ParticipationService& participation() { return participation_; }
  FundingService& funding() { return funding_; }
  DossierService& dossiers() { return dossiers_; }
  /// The background jobs (purges, interrupted analyses), run once across servers.
  JobScheduler& jobs() { return jobs_; }

 private:
  Response dispatch(Request& request);
  Response health(const Request& request);
  void add_dossier_owners();
  void add_jobs();

  Database& db_;
  UserService users_;
  SessionService sessions_;
  UserAdministration user_admin_;
  SecondFactorService second_factor_;
  TerritoryService territories_;
  ChainedJournal chained_journal_;
  PartnerService partners_;
  StrategyService strategies_;
  StrategyExchange exchange_;
  JournalService journal_;
  GovernanceService governance_;
  DiagnosticService diagnostics_;
  VideoService video_;
  ParticipationService participation_;
  FundingService funding_;
  DossierService dossiers_;       // the files of video systems and funding requests
  EvaluationService evaluation_;  // after the dispositifs it reports
  Mailer mailer_;
  GovernanceMail governance_mail_;
  FollowUpService followups_;
  SsmsiImportService ssmsi_;
  SsmsiUploads ssmsi_uploads_;
  PublicationService publication_;  // after what it reads
  ObservatoryService observatory_;
  AnalysisJobs analyses_;
  ProblemService problems_;
  JobScheduler jobs_;  // after the services its jobs call
  StaticFiles static_files_;
  Router router_;
  bool trust_forwarded_proto_;
  std::vector<std::string> trusted_proxies_;  // empty when not behind a proxy
};

}  // namespace vigie
