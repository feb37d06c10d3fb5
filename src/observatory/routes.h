#pragma once

#include "http/router.h"
#include "observatory/analysis_jobs.h"
#include "observatory/problem_service.h"
#include "observatory/service.h"

namespace vigie {

/// The observatoire's API: categories, incidents (JSON and GeoJSON), a partner file's import,
/// the masked summary. See docs/api.md.
void add_observatory_routes(Router& router, ObservatoryService& observatory);
/// The analyses: start (202), follow, cancel, list, export.
void add_analysis_routes(Router& router, AnalysisJobs& jobs);
/// The problem board: list, board per partner, open, edit, steps, delete.
void add_problem_routes(Router& router, ProblemService& problems);

}  // namespace vigie
