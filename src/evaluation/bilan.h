#pragma once

#include "evaluation/model.h"
#include "print/office.h"

namespace vigie {

/// The bilan of a strategy over a period, in the shape CLSPD bilans share (issue 16 §2): a
/// summary with charts (fiches by status, indicators against their targets, budget planned and
/// spent by source), governance per body (meetings planned, held, cancelled; decisions made,
/// done, overdue; attendance by organisation), each axis with its fiches, their status and its
/// working group's analysis, the indicators' values against baseline and target, the budget by
/// source, funder and year, and the status changes of the period. A yearly bilan when the
/// period is one year, an end-of-period one otherwise. Sections without content are left out.
OfficeDocument bilan_document(const StrategyEvaluation& e);

}  // namespace vigie
