#pragma once

#include "evaluation/service.h"
#include "http/router.h"
#include "print/office.h"

namespace vigie {

/// The period of the query's `from` and `to` (this year by default; `to` defaults to `from`).
/// Errors: 400 "from"/"to" for a year not of four digits.
Result<EvaluationPeriod> period_param(const Request& req, const Clock& clock);

/// The bilan (bilan_document) as a download: "bilan-<commune>-<from>[-<to>].<pdf|odt|docx>".
/// Errors: 500 when the conversion fails (render_office).
Response bilan_download(const StrategyEvaluation& e, OfficeFormat format);

/// GET /api/v1/strategies/{id}/evaluation?from=&to= and PUT /api/v1/axes/{id}/analysis.
void add_evaluation_routes(Router& router, EvaluationService& evaluation, const Clock& clock);

}  // namespace vigie
