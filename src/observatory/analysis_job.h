#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "observatory/analyses.h"
#include "observatory/analysis_jobs.h"

// The inside of AnalysisJobs, shared by its two files (starting and running; reading).
namespace vigie {

// What an analysis needs, read (and checked) from the request's parameters.
struct AnalysisParameters {
  IncidentFilter filter;
  observatory_analyses::DensityParameters density;
  observatory_analyses::HotspotParameters hotspots;
  observatory_analyses::NearRepeatParameters near_repeat;
};

struct AnalysisJobs::Job {
  std::int64_t id = 0;
  std::string kind;
  AnalysisParameters parameters;
  std::vector<Incident> incidents;
  std::vector<std::string> contours;
  std::int64_t today = 0;
  std::atomic<bool> cancel{false};
  std::atomic<bool> done{false};
  std::mutex mutex;
  double progress = 0;
  std::string stage;
  std::thread thread;
};

}  // namespace vigie
