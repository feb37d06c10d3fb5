#pragma once

#include "core/clock.h"
#include "diagnostic/service.h"
#include "evaluation/service.h"
#include "governance/service.h"
#include "journal/service.h"
#include "partner/service.h"
#include "publication/model.h"
#include "store/database.h"
#include "strategy/service.h"
#include "territory/service.h"

namespace vigie {

/// The services a publication reads, each through its own rights.
struct PublicationSources {
  StrategyService& strategies;
  TerritoryService& territories;
  PartnerService& partners;
  GovernanceService& governance;
  DiagnosticService& diagnostics;
  EvaluationService& evaluation;
};

/// The strategy and what it publishes (issue 16 §2–3): the strategy and meetings as documents,
/// and the territory's public page and open data. It reads the other modules through their
/// services, so each right they check applies: the governance and the diagnostic are left out
/// for a reader who may not see them; the public is a reader (`lecteur`) of the territory, and
/// only of what the coordinator published (public_page.h decides what may be).
class PublicationService {
 public:
  PublicationService(Database& db, const Clock& clock, JournalService& journal,
                     const PublicationSources& sources)
      : db_(db), clock_(clock), journal_(journal), strategies_(sources.strategies),
        territories_(sources.territories), partners_(sources.partners),
        governance_(sources.governance), diagnostics_(sources.diagnostics),
        evaluation_(sources.evaluation) {}

  /// Everything the strategy document prints. Errors: 404 for a strategy out of reach.
  Result<StrategyDocumentData> strategy_document(const Actor& actor, std::int64_t strategy_id);

  /// What a meeting's documents print; the content under the body's rules (a confidential
  /// body's only for its signatories, the read journaled by GovernanceService::content).
  /// Errors: 404 for a meeting out of reach, 403 for content the actor may not read.
  Result<MeetingDocumentData> meeting_documents(const Actor& actor, std::int64_t meeting_id);

  /// What is published of the strategy (strategy.read). Errors: 404 for a strategy out of reach.
  Result<Publication> publication(const Actor& actor, std::int64_t strategy_id);

  /// Replaces what is published of `choice.strategy_id` (strategy.write on its territory),
  /// journaled as "publication.modification" with what is now public. Errors: 404; 400
  /// "strategy" for a draft (brouillon) strategy; 400 "bilans[i].from"/"bilans[i].to" for a
  /// period as check_period refuses it.
  Result<Publication> publish(const Actor& actor, Publication choice);

  /// The public page as it would be with `choice` for its strategy (and the territory's other
  /// strategies as published): strategy.write; nothing is stored. Errors as publish().
  Result<PublicPage> preview(const Actor& actor, Publication choice);

  /// The territory's public page: only what is published, read by no one in particular.
  /// Errors: 404 when nothing is published for it.
  Result<PublicPage> public_page(std::int64_t territory_id);

  /// The evaluation of a published bilan, as public_page::public_evaluation leaves it.
  /// Errors: 404 unless that strategy publishes that period.
  Result<StrategyEvaluation> public_bilan(std::int64_t strategy_id, EvaluationPeriod period);

 private:
  Result<Publication> checked(const Actor& actor, Publication choice, std::int64_t& territory);
  Result<PublicPage> page_of(std::int64_t territory_id, const std::vector<Publication>& items);
  Result<PublicStrategy> strategy_of(const Actor& reader, const Publication& p);

  Database& db_;
  const Clock& clock_;
  JournalService& journal_;
  StrategyService& strategies_;
  TerritoryService& territories_;
  PartnerService& partners_;
  GovernanceService& governance_;
  DiagnosticService& diagnostics_;
  EvaluationService& evaluation_;
};

}  // namespace vigie
