#pragma once

#include "core/sheet.h"
#include "evaluation/model.h"

namespace vigie {

/// The action plan, one row per fiche in axis then number order: axis, number, title, pilot,
/// partners, status, next milestone (label and day), late ("oui" when a milestone's day has
/// passed undone or a measurement is late by its periodicity, for a fiche neither realised nor
/// abandoned), the planned budget by funding source (one column per source of
/// kFundingSources, euros), its total and what was spent, and the indicators with their latest
/// value and target. Issue 16 §2.
sheet::Sheet action_plan_sheet(const StrategyEvaluation& e);

/// The indicators' series, one row per measurement (the SSMSI's published years for those that
/// follow it, dated 31 December, source "SSMSI"), and one row without a value for an indicator
/// never measured: axis, fiche, indicator, type, unit, baseline and its day, target and its
/// day, periodicity, measurement day, value, source, entered by, note, state at the period's
/// end.
sheet::Sheet indicator_series_sheet(const StrategyEvaluation& e);

}  // namespace vigie
