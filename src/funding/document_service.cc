// A request's documents: the project part and the financial report; see service.h.
#include "funding/documents.h"
#include "funding/service.h"

namespace vigie {

Result<OfficeDocument> FundingService::document(const Actor& actor, std::int64_t id,
                                                std::string_view kind) {
  if (kind != "projet" && kind != "compte-rendu") {
    return Error::invalid("Document « projet » ou « compte-rendu » attendu.", "kind");
  }
  FundingRequest request = TRY(get(actor, id));
  Action action = TRY(strategies_.get_action(actor, request.action_id));
  std::string territory = TRY(territories_.get(actor, request.territory_id)).name;
  if (kind == "compte-rendu") return financial_report_document(action, request, territory);
  std::vector<std::string> partners;
  for (std::int64_t partner : action.partner_ids)
    partners.push_back(TRY(strategies_.partners().get(actor, partner)).name);
  return cerfa_project_document(action, request, partners, territory);
}

}  // namespace vigie
