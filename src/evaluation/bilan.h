#pragma once

#include "evaluation/model.h"
#include "print/office.h"

namespace vigie {

/// The bilan of a strategy over a period, in the shape CLSPD bilans share (issue 16 §2): a
/// summary with charts (fiches by status, indicators against their targets, budget planned and
/// spent by source), governance per body (meetings planned, held, cancelled; decisions made,
/// done, overdue; attendance by organisation), each axis with its fiches, their status and its
/// working group's analysis, the indicators' values against baseline and target, the budget by
/// source, funder and year, the status changes of the period, and the dispositifs. A yearly bilan
/// when the period is one year, an end-of-period one otherwise. Sections without content are left
/// out.
OfficeDocument bilan_document(const StrategyEvaluation& e);

/// The bilan's "Dispositifs" section, when the evaluation holds any: the vidéoprotection
/// figures of each system and year (cameras, viewings, extractions, requisitions by month, the
/// share that served a procedure), the participation citoyenne bilans, and the funding
/// requested, granted and paid by FIPD programme and funder (bilan_dispositifs.cc).
void add_dispositifs(const StrategyEvaluation& e, OfficeDocument& d);

}  // namespace vigie
