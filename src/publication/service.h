#pragma once

#include "core/clock.h"
#include "diagnostic/service.h"
#include "governance/service.h"
#include "partner/service.h"
#include "publication/model.h"
#include "strategy/service.h"
#include "territory/service.h"

namespace vigie {

/// The strategy and what it publishes (issue 16 §2–3): the strategy as a document today. It
/// reads the other modules through their services, so each right they check applies: the
/// governance and the diagnostic are left out for a reader who may not see them.
class PublicationService {
 public:
  PublicationService(const Clock& clock, StrategyService& strategies, TerritoryService& territories,
                     PartnerService& partners, GovernanceService& governance,
                     DiagnosticService& diagnostics)
      : clock_(clock), strategies_(strategies), territories_(territories), partners_(partners),
        governance_(governance), diagnostics_(diagnostics) {}

  /// Everything the strategy document prints. Errors: 404 for a strategy out of reach.
  Result<StrategyDocumentData> strategy_document(const Actor& actor, std::int64_t strategy_id);

  /// What a meeting's documents print; the content under the body's rules (a confidential
  /// body's only for its signatories, the read journaled by GovernanceService::content).
  /// Errors: 404 for a meeting out of reach, 403 for content the actor may not read.
  Result<MeetingDocumentData> meeting_documents(const Actor& actor, std::int64_t meeting_id);

 private:
  const Clock& clock_;
  StrategyService& strategies_;
  TerritoryService& territories_;
  PartnerService& partners_;
  GovernanceService& governance_;
  DiagnosticService& diagnostics_;
};

}  // namespace vigie
