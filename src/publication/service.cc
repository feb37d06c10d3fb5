// PublicationService: gathers what the strategy document prints; see service.h.
#include "publication/service.h"

#include "core/dates.h"

namespace vigie {

Result<StrategyDocumentData> PublicationService::strategy_document(const Actor& actor,
                                                                   std::int64_t strategy_id) {
  StrategyDocumentData d;
  d.strategy = TRY(strategies_.get(actor, strategy_id));
  std::int64_t territory = d.strategy.territory_id;
  d.territory_name = TRY(territories_.get(actor, territory)).name;
  d.axes = TRY(strategies_.list_axes(actor, strategy_id));
  d.actions = TRY(strategies_.list_actions_in_full(actor, strategy_id));
  if (auto orgs = partners_.list(actor, territory); orgs) {
    for (const Organisation& o : *orgs)
      d.organisations[o.id] = o.name;
  }
  if (require(actor, Permission::governance_read, territory)) {
    d.bodies = TRY(governance_.list(actor, territory));
  }
  // The diagnostic only when the reader may see it and the base has figures for the territory.
  if (auto diagnostic = diagnostics_.diagnostic(actor, territory);
      diagnostic && !diagnostic->indicators.empty()) {
    d.diagnostic = std::move(*diagnostic);
  }
  d.printed_on = date_of(clock_.now());
  return d;
}

Result<MeetingDocumentData> PublicationService::meeting_documents(const Actor& actor,
                                                                  std::int64_t meeting_id) {
  MeetingDocumentData d;
  d.detail = TRY(governance_.meeting(actor, meeting_id));
  d.content = TRY(governance_.content(actor, meeting_id));
  d.territory_name = TRY(territories_.get(actor, d.detail.body.territory_id)).name;
  for (const AgendaItem& item : d.content.agenda) {
    if (!item.action_id) continue;
    if (auto a = strategies_.get_action(actor, *item.action_id); a) {
      d.fiches[a->id] = "Fiche " + std::to_string(a->number) + " — " + a->title;
    }
  }
  return d;
}

}  // namespace vigie
