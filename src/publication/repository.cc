#include "publication/repository.h"

namespace vigie::publication_repository {
namespace {

constexpr const char* kColumns =
    "SELECT strategy_id, part, from_year, to_year, published_at, published_by FROM publications ";

// Rows of kColumns, ordered by strategy, as one Publication per strategy.
std::vector<Publication> gathered(const Rows& rows) {
  std::vector<Publication> out;
  for (const Row& r : rows) {
    if (out.empty() || out.back().strategy_id != r.integer(0)) {
      out.emplace_back().strategy_id = r.integer(0);
    }
    Publication& p = out.back();
    std::string part = r.text(1);
    if (part == "strategie") p.strategy = true;
    if (part == "instances") p.calendar = true;
    if (part == "diagnostic") p.diagnostic = true;
    if (part == "bilan") {
      p.bilans.push_back({static_cast<int>(r.integer(2)), static_cast<int>(r.integer(3))});
    }
    // Every row of one change carries its stamp: the latest is the publication's.
    if (!p.published_at || r.text(4) > *p.published_at) {
      p.published_at = r.text(4);
      p.published_by = r.text(5);
    }
  }
  return out;
}

}  // namespace

Result<Publication> load(Connection& conn, std::int64_t strategy_id) {
  Rows rows = TRY(conn.query(std::string(kColumns) +
                                 "WHERE strategy_id = ? ORDER BY strategy_id, from_year, to_year",
                             {strategy_id}));
  std::vector<Publication> found = gathered(rows);
  if (found.empty()) {
    Publication none;
    none.strategy_id = strategy_id;
    return none;
  }
  return found.front();
}

Result<void> save(Connection& conn, std::int64_t territory_id, const Publication& p) {
  TRY(conn.query("DELETE FROM publications WHERE strategy_id = ?", {p.strategy_id}));
  auto insert = [&](const char* part, std::int64_t from, std::int64_t to) -> Result<void> {
    TRY(conn.query("INSERT INTO publications (territory_id, strategy_id, part, from_year, "
                   "to_year, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   {territory_id, p.strategy_id, std::string(part), from, to,
                    p.published_at.value_or(""), p.published_by.value_or("")}));
    return success();
  };
  if (p.strategy) TRY_VOID(insert("strategie", 0, 0));
  if (p.calendar) TRY_VOID(insert("instances", 0, 0));
  if (p.diagnostic) TRY_VOID(insert("diagnostic", 0, 0));
  for (const EvaluationPeriod& b : p.bilans)
    TRY_VOID(insert("bilan", b.from_year, b.to_year));
  return success();
}

Result<std::vector<Publication>> in_territory(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(conn.query(std::string(kColumns) +
                                 "WHERE territory_id = ? ORDER BY strategy_id, from_year, to_year",
                             {territory_id}));
  return gathered(rows);
}

Result<std::optional<std::int64_t>> territory_of(Connection& conn, std::int64_t strategy_id) {
  Rows rows = TRY(conn.query("SELECT territory_id FROM publications WHERE strategy_id = ? LIMIT 1",
                             {strategy_id}));
  if (rows.empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows.front().integer(0)};
}

}  // namespace vigie::publication_repository
