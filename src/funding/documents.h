#pragma once

#include "funding/model.h"
#include "print/office.h"
#include "strategy/model.h"

namespace vigie {

/// The project part of a subsidy request (Cerfa 12156, « rubrique 6 — Projet ») written from the
/// fiche-action and the request: title, need (constat), objectives, description and actions,
/// public and territory, partners named, dates (milestones), evaluation (indicators with
/// baseline and target), and the project's budget (the request and its co-funders). An
/// editable document: the association or the commune completes and signs it. `partners`:
/// the names of the fiche's partner organisations. Pure.
OfficeDocument cerfa_project_document(const Action& action, const FundingRequest& request,
                                      const std::vector<std::string>& partners,
                                      const std::string& territory_name);

/// The financial report of the funded year (Cerfa 15059 fields) with the qualitative bilan:
/// what was done (status, milestones of the year), the indicators' values measured in the year,
/// the budget planned and spent (the fiche's budget lines of that year), the amounts granted and
/// paid, the co-funders, and blanks for the gaps to explain. Due within six months after the
/// year (funding/rules.h). Pure.
OfficeDocument financial_report_document(const Action& action, const FundingRequest& request,
                                         const std::string& territory_name);

}  // namespace vigie
