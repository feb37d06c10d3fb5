#include "evaluation/repository.h"

namespace vigie::evaluation_repository {

Result<std::vector<AxisAnalysis>> analyses(Connection& conn, std::int64_t strategy_id,
                                           int from_year, int to_year) {
  Rows rows =
      TRY(conn.query("SELECT n.axis_id, n.text, n.updated_at, n.updated_by FROM axis_analyses n "
                     "JOIN axes a ON a.id = n.axis_id WHERE a.strategy_id = ? AND n.from_year = ? "
                     "AND n.to_year = ? ORDER BY a.number",
                     {strategy_id, std::int64_t{from_year}, std::int64_t{to_year}}));
  std::vector<AxisAnalysis> out;
  for (const Row& r : rows)
    out.push_back({r.integer(0), from_year, to_year, r.text(1), r.text(2), r.text(3)});
  return out;
}

Result<void> save_analysis(Connection& conn, const AxisAnalysis& a) {
  TRY(conn.query("INSERT INTO axis_analyses (axis_id, from_year, to_year, text, updated_at, "
                 "updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (axis_id, from_year, to_year) "
                 "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, "
                 "updated_by = excluded.updated_by",
                 {a.axis_id, std::int64_t{a.from_year}, std::int64_t{a.to_year}, a.text,
                  a.updated_at, a.updated_by}));
  return success();
}

}  // namespace vigie::evaluation_repository
