// AnalysisJobs: the observatoire's analyses on threads of their own; see analysis_jobs.h.
#include "observatory/analysis_jobs.h"

#include "core/dates.h"
#include "core/json_reader.h"
#include "core/periodic.h"
#include "observatory/analysis_job.h"

namespace vigie {
namespace json = boost::json;
namespace oa = observatory_analyses;

namespace {

constexpr std::size_t kMaxRunning = 2;  // per server: the analyses take a core each
constexpr std::array<std::string_view, 4> kKinds{"densite", "points_chauds", "quasi_repetition",
                                                 "temporalite"};
constexpr std::array<std::string_view, 2> kKernels{"gaussian", "quartic"};

Result<AnalysisParameters> read_parameters(const std::string& kind, const json::value& body) {
  AnalysisParameters p;
  JsonReader in(body, "");
  p.filter.category_id = in.optional_integer("category_id", 1, INT64_MAX);
  p.filter.from = in.optional_date("from");
  p.filter.to = in.optional_date("to");
  if (kind == "densite") {
    p.density.pixels = static_cast<int>(in.optional_integer("pixels", 16, 512).value_or(256));
    p.density.sigma = in.optional_number("sigma");
    p.density.kernel = in.optional_enumeration("kernel", kKernels).value_or("gaussian");
    if (p.density.sigma && !(*p.density.sigma >= 10 && *p.density.sigma <= 20000)) {
      in.fail("sigma", "Rayon de lissage : de 10 à 20 000 m.");
    }
  } else if (kind == "points_chauds") {
    p.hotspots.cell = in.optional_number("cell").value_or(250);
    p.hotspots.distance = in.optional_number("distance");
    if (!(p.hotspots.cell >= 50 && p.hotspots.cell <= 5000)) {
      in.fail("cell", "Taille des mailles : de 50 à 5 000 m.");  // before any job starts
    }
  } else if (kind == "quasi_repetition") {
    auto& n = p.near_repeat;
    n.band_metres = in.optional_number("band_metres").value_or(n.band_metres);
    n.spatial_bands = static_cast<int>(in.optional_integer("spatial_bands", 1, 20).value_or(5));
    n.band_days = static_cast<int>(in.optional_integer("band_days", 1, 90).value_or(7));
    n.temporal_bands = static_cast<int>(in.optional_integer("temporal_bands", 1, 20).value_or(4));
    n.simulations = static_cast<int>(in.optional_integer("simulations", 19, 9999).value_or(999));
    n.recent_days = static_cast<int>(in.optional_integer("recent_days", 1, 365).value_or(28));
  }
  TRY_VOID(in.finish());
  return p;
}

}  // namespace

AnalysisJobs::AnalysisJobs(Database& db, const Clock& clock, ObservatoryService& observatory,
                           TerritoryService& territories, std::chrono::milliseconds heartbeat)
    : db_(db), clock_(clock), observatory_(observatory), territories_(territories),
      heartbeat_(heartbeat) {}

AnalysisJobs::~AnalysisJobs() {
  std::lock_guard lock(mutex_);
  for (auto& [id, job] : running_)
    job->cancel = true;
  for (auto& [id, job] : running_)
    if (job->thread.joinable()) job->thread.join();
}

void AnalysisJobs::wait() {
  std::map<std::int64_t, std::shared_ptr<Job>> running;
  {
    std::lock_guard lock(mutex_);
    running.swap(running_);
  }
  for (auto& [id, job] : running)
    if (job->thread.joinable()) job->thread.join();
}

void AnalysisJobs::reap() {
  for (auto it = running_.begin(); it != running_.end();) {
    if (it->second->done) {
      it->second->thread.join();
      it = running_.erase(it);
    } else {
      ++it;
    }
  }
}

Result<AnalysisRun> AnalysisJobs::start(const Actor& actor, std::int64_t territory_id,
                                        const std::string& kind, const json::value& body) {
  if (std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end()) {
    return Error::invalid("Analyse : densite, points_chauds, quasi_repetition ou temporalite.",
                          "kind");
  }
  auto job = std::make_shared<Job>();
  job->kind = kind;
  job->parameters = TRY(read_parameters(kind, body));
  // The rhythm reads days and hours only: every fact counts, with or without a point.
  const bool time_only = kind == "temporalite";
  job->incidents =
      TRY(observatory_.for_analysis(actor, territory_id, job->parameters.filter, time_only));
  for (auto& [code, geometry] : TRY(territories_.contours(actor, territory_id)))
    job->contours.push_back(std::move(geometry));
  job->today = clock_.now() / 86400;
  std::optional<std::string> first, last;
  std::int64_t used = 0;
  for (const Incident& i : job->incidents) {
    if (!i.has_point() && !time_only) continue;
    ++used;
    if (!first || i.occurred_on < *first) first = i.occurred_on;
    if (!last || i.occurred_on > *last) last = i.occurred_on;
  }
  Lease conn = db_.acquire();
  std::unique_lock lock(mutex_);
  reap();
  if (running_.size() >= kMaxRunning) {
    return Error::busy("Deux analyses sont déjà en cours : réessayez dans un instant.");
  }
  Rows rows = TRY(conn->query(
      "INSERT INTO observatory_analyses (territory_id, kind, parameters, state, incidents_used, "
      "data_from, data_to, created_by, created_at, progress, heartbeat_at, cancel_requested) "
      "VALUES (?, ?, ?, 'en_cours', ?, ?, ?, ?, ?, 0, ?, 0) RETURNING id",
      {territory_id, kind, json::serialize(body), used, optional_value(first), optional_value(last),
       actor.user_id != 0 ? Value(actor.user_id) : null_value(), format_timestamp(clock_.now()),
       clock_.now()}));
  job->id = rows.at(0).integer(0);
  running_[job->id] = job;
  job->thread = std::thread([this, job] { run(job); });
  lock.unlock();
  return load(*conn, actor, job->id);
}

// While the job computes, its progress and a heartbeat go to the store every few seconds (so any
// server answers a poll, and a dead server's jobs are found), and a cancel asked on another
// server comes back.
std::jthread AnalysisJobs::heartbeat(const std::shared_ptr<Job>& job) {
  return run_periodically(heartbeat_, FirstRun::after_period, [this, job] {
    double progress = 0;
    std::string stage;
    {
      std::lock_guard job_lock(job->mutex);
      progress = job->progress;
      stage = job->stage;
    }
    Lease conn = db_.acquire();
    auto rows =
        conn->query("UPDATE observatory_analyses SET progress = ?, stage = ?, heartbeat_at = ? "
                    "WHERE id = ? AND state = 'en_cours' RETURNING cancel_requested",
                    {progress, stage, clock_.now(), job->id});
    if (rows && !rows->empty() && rows->at(0).optional_integer(0).value_or(0) != 0) {
      job->cancel = true;
    }
  });
}

void AnalysisJobs::run(const std::shared_ptr<Job>& job) {
  std::jthread beat = heartbeat(job);
  analysis::RunControl control;
  control.cancel = &job->cancel;
  control.progress = [job](std::string_view stage, double fraction) {
    std::lock_guard lock(job->mutex);
    job->stage = std::string(stage);
    job->progress = fraction;
  };
  auto compute = [&]() -> Result<json::object> {
    const bool time_only = job->kind == "temporalite";
    analysis::Events events = oa::events_of(job->incidents, time_only);
    const AnalysisParameters& p = job->parameters;
    // Said as the other analyses say it, rather than the library's terms.
    if (time_only && events.empty()) {
      return Error::invalid(
          "Aucun signalement pour ces filtres : élargissez la période ou la catégorie.",
          "incidents");
    }
    if (!time_only && events.size() < 3) {
      return Error::invalid("Trop peu de signalements localisés pour cette analyse (" +
                                std::to_string(events.size()) +
                                ", il en faut 3) : élargissez la période ou la catégorie.",
                            "incidents");
    }
    if (job->kind == "temporalite") return oa::temporal(events, true, job->today);
    if (job->kind == "quasi_repetition") {
      return oa::alert_zones(events, oa::sources_of(job->incidents), p.near_repeat, job->today,
                             control);
    }
    oa::StudyArea study = TRY(oa::study_area(job->contours, events, 3));
    if (job->kind == "densite") return oa::density(events, study, p.density, control);
    return oa::hotspots(events, study, p.hotspots);
  };
  auto result = compute();
  beat.request_stop();
  beat.join();
  if (result) {
    finish(job->id, "termine", json::serialize(*result), std::nullopt);
  } else {
    bool cancelled = result.error().code == ErrorCode::cancelled;
    finish(job->id, cancelled ? "annule" : "echec", std::nullopt, result.error());
  }
  job->done = true;
}

void AnalysisJobs::finish(std::int64_t id, const std::string& state,
                          const std::optional<std::string>& result,
                          const std::optional<Error>& error) {
  Lease conn = db_.acquire();
  // A failure to record the end leaves the row "en_cours"; nothing else depends on it.
  (void)conn->query(
      "UPDATE observatory_analyses SET state = ?, result = ?, error = ?, error_field = ?, "
      "finished_at = ? WHERE id = ?",
      {state, optional_value(result), error ? Value(error->message) : null_value(),
       error && error->field ? Value(*error->field) : null_value(), format_timestamp(clock_.now()),
       id});
}

}  // namespace vigie
