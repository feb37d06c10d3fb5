// AnalysisJobs: reading and cancelling the analyses kept in the store; see analysis_jobs.h.
#include "observatory/analysis_job.h"

namespace vigie {
namespace json = boost::json;

namespace {

constexpr const char* kColumns =
    "SELECT a.id, a.territory_id, a.kind, a.parameters, a.state, a.error, a.error_field, "
    "a.incidents_used, a.data_from, a.data_to, a.created_at, a.finished_at, u.display_name, "
    "a.result, a.created_by, a.progress, a.stage FROM observatory_analyses a LEFT JOIN users u ON "
    "u.id = a.created_by ";

AnalysisRun from_row(const Row& r, bool with_result) {
  AnalysisRun a;
  a.id = r.integer(0);
  a.territory_id = r.integer(1);
  a.kind = r.text(2);
  a.parameters = r.text(3);
  a.state = r.text(4);
  a.error = r.optional_text(5);
  a.error_field = r.optional_text(6);
  a.incidents_used = r.integer(7);
  a.data_from = r.optional_text(8);
  a.data_to = r.optional_text(9);
  a.created_at = r.text(10);
  a.finished_at = r.optional_text(11);
  a.created_by_name = r.optional_text(12).value_or("");
  if (with_result) a.result = r.optional_text(13);
  a.created_by = r.optional_integer(14);
  a.progress = r.optional_real(15).value_or(0);
  a.stage = r.optional_text(16).value_or("");
  return a;
}

}  // namespace

Result<AnalysisRun> AnalysisJobs::load(Connection& conn, const Actor& actor, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE a.id = ?", {id}));
  if (rows.empty()) return Error::not_found("Analyse introuvable.");
  AnalysisRun a = from_row(rows[0], true);
  TRY_VOID(require(actor, Permission::incident_read, a.territory_id));
  if (a.result && !actor.can(Permission::incident_manage, a.territory_id)) {
    json::value v = json::parse(*a.result);
    observatory_analyses::mask_small_counts(v.as_object());
    observatory_analyses::zones_for_reader(
        v.as_object(), TRY(observatory_.visible_organisations(conn, actor, a.territory_id)));
    a.result = json::serialize(v);
  }
  // Running here: fresher than the last heartbeat's.
  std::lock_guard lock(mutex_);
  if (auto it = running_.find(id); it != running_.end() && a.state == "en_cours") {
    std::lock_guard job_lock(it->second->mutex);
    a.progress = it->second->progress;
    a.stage = it->second->stage;
  }
  return a;
}

Result<AnalysisRun> AnalysisJobs::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  return load(*conn, actor, id);
}

Result<std::vector<AnalysisRun>> AnalysisJobs::list(const Actor& actor, std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::incident_read, territory_id));
  Lease conn = db_.acquire();
  Rows rows = TRY(
      conn->query(std::string(kColumns) + "WHERE a.territory_id = ? ORDER BY a.id DESC LIMIT 30",
                  {territory_id}));
  std::vector<AnalysisRun> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(from_row(r, false));
  return out;
}

Result<AnalysisRun> AnalysisJobs::cancel(const Actor& actor, std::int64_t id) {
  AnalysisRun a = TRY(get(actor, id));
  if (a.state != "en_cours") return Error::conflict("Cette analyse n'est plus en cours.");
  if (!actor.can(Permission::incident_manage, a.territory_id) &&
      a.created_by != std::optional(actor.user_id)) {
    return Error::forbidden("Seuls la coordination et qui l'a lancée arrêtent une analyse.");
  }
  // The server running it reads the request at its next heartbeat (at once when it is this one).
  Lease conn = db_.acquire();
  Rows asked = TRY(conn->query("UPDATE observatory_analyses SET cancel_requested = 1 "
                               "WHERE id = ? AND state = 'en_cours' RETURNING id",
                               {id}));
  if (asked.empty()) return Error::conflict("Cette analyse n'est plus en cours.");
  std::lock_guard lock(mutex_);
  if (auto it = running_.find(id); it != running_.end()) it->second->cancel = true;
  return a;
}

Result<std::int64_t> AnalysisJobs::mark_interrupted() {
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query(
      "UPDATE observatory_analyses SET state = 'echec', error = ?, finished_at = ? "
      "WHERE state = 'en_cours' AND (heartbeat_at IS NULL OR heartbeat_at < ?) RETURNING id",
      {std::string("Interrompue : le serveur qui la calculait s'est arrêté. Relancez-la."),
       format_timestamp(clock_.now()), clock_.now() - kStale}));
  return static_cast<std::int64_t>(rows.size());
}

}  // namespace vigie
