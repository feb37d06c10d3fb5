// The indicators of fiches-actions and their series of measurements. Unlike a fiche's other
// lists, indicators keep their ids when the fiche is saved again: a series belongs to its
// indicator, and an indicator is updated in place rather than replaced (issue 15 §1).
#include <algorithm>
#include <set>

#include "store/batch_insert.h"
#include "strategy/repository.h"

namespace vigie::strategy_repository {
namespace {

constexpr const char* kIndicatorColumns =
    "kind, label, unit, baseline, target, target_date, source, ssmsi_indicator, ssmsi_measure, "
    "baseline_date, periodicity";

std::vector<Value> indicator_values(const Indicator& i) {
  return {i.kind,
          i.label,
          optional_value(i.unit),
          optional_value(i.baseline),
          optional_value(i.target),
          optional_value(i.target_date),
          optional_value(i.source),
          optional_value(i.ssmsi_indicator),
          optional_value(i.ssmsi_measure),
          optional_value(i.baseline_date),
          optional_value(i.periodicity)};
}

Result<void> add_measurements(BatchInsert& batch, std::int64_t indicator_id, const Indicator& i) {
  std::int64_t position = 0;
  for (const Measurement& m : i.measurements) {
    TRY_VOID(batch.add({indicator_id, position++, optional_value(m.measured_on), m.value,
                        optional_value(m.note), optional_value(m.source),
                        optional_value(m.entered_by)}));
  }
  return success();
}

BatchInsert measurement_batch(Connection& conn) {
  return {conn,
          "INSERT INTO indicator_measurements (indicator_id, position, measured_on, value, note, "
          "source, entered_by)",
          7, 500};
}

}  // namespace

Result<void> load_indicators(Connection& conn, Action& a) {
  Rows rows = TRY(conn.query(std::string("SELECT id, ") + kIndicatorColumns +
                                 " FROM indicators WHERE action_id = ? ORDER BY position",
                             {a.id}));
  Rows measured = TRY(
      conn.query("SELECT m.indicator_id, m.measured_on, m.value, m.note, m.source, m.entered_by "
                 "FROM indicator_measurements m "
                 "JOIN indicators i ON i.id = m.indicator_id WHERE i.action_id = ? "
                 "ORDER BY m.indicator_id, m.position",
                 {a.id}));
  for (const Row& r : rows) {
    Indicator i;
    i.id = r.integer(0);
    i.kind = r.text(1);
    i.label = r.text(2);
    i.unit = r.optional_text(3);
    i.baseline = r.optional_real(4);
    i.target = r.optional_real(5);
    i.target_date = r.optional_text(6);
    i.source = r.optional_text(7);
    i.ssmsi_indicator = r.optional_text(8);
    i.ssmsi_measure = r.optional_text(9);
    i.baseline_date = r.optional_text(10);
    i.periodicity = r.optional_text(11);
    for (const Row& m : measured) {
      if (m.integer(0) == i.id) {
        i.measurements.push_back({m.optional_text(1), m.real(2), m.optional_text(3),
                                  m.optional_text(4), m.optional_text(5)});
      }
    }
    a.indicators.push_back(std::move(i));
  }
  return success();
}

Result<void> insert_indicators(Connection& conn, const std::vector<const Action*>& actions) {
  BatchInsert indicators(
      conn, std::string("INSERT INTO indicators (action_id, position, ") + kIndicatorColumns + ")",
      13);
  bool measured = false;
  for (const Action* a : actions) {
    std::int64_t position = 0;
    for (const Indicator& i : a->indicators) {
      std::vector<Value> values{a->id, position++};
      for (Value& v : indicator_values(i))
        values.push_back(std::move(v));
      TRY_VOID(indicators.add(std::move(values)));
      measured = measured || !i.measurements.empty();
    }
  }
  TRY_VOID(indicators.flush());
  if (!measured) return success();
  // The new ids, read back by position, which is unique within a fiche.
  BatchInsert measurements = measurement_batch(conn);
  for (const Action* a : actions) {
    if (std::none_of(a->indicators.begin(), a->indicators.end(),
                     [](const Indicator& i) { return !i.measurements.empty(); })) {
      continue;
    }
    Rows ids =
        TRY(conn.query("SELECT id FROM indicators WHERE action_id = ? ORDER BY position", {a->id}));
    for (std::size_t k = 0; k < ids.size() && k < a->indicators.size(); ++k)
      TRY_VOID(add_measurements(measurements, ids[k].integer(0), a->indicators[k]));
  }
  return measurements.flush();
}

Result<void> save_indicators(Connection& conn, const Action& a) {
  std::set<std::int64_t> kept;
  for (const Indicator& i : a.indicators) {
    if (i.id > 0) kept.insert(i.id);
  }
  Rows stored = TRY(conn.query("SELECT id FROM indicators WHERE action_id = ?", {a.id}));
  for (const Row& r : stored) {
    if (!kept.contains(r.integer(0))) {
      TRY(conn.query("DELETE FROM indicators WHERE id = ?", {r.integer(0)}));
    }
  }
  BatchInsert measurements = measurement_batch(conn);
  std::int64_t position = 0;
  for (const Indicator& i : a.indicators) {
    std::vector<Value> values = indicator_values(i);
    std::int64_t id = i.id;
    if (id > 0) {
      values.emplace_back(position++);
      values.emplace_back(id);
      values.emplace_back(a.id);
      TRY(conn.query("UPDATE indicators SET kind = ?, label = ?, unit = ?, baseline = ?, "
                     "target = ?, target_date = ?, source = ?, ssmsi_indicator = ?, "
                     "ssmsi_measure = ?, baseline_date = ?, periodicity = ?, position = ? "
                     "WHERE id = ? AND action_id = ?",
                     values));
      TRY(conn.query("DELETE FROM indicator_measurements WHERE indicator_id = ?", {id}));
    } else {
      values.insert(values.begin(), {Value(a.id), Value(position++)});
      Rows inserted = TRY(conn.query(
          std::string("INSERT INTO indicators (action_id, position, ") + kIndicatorColumns +
              ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          values));
      id = inserted.at(0).integer(0);
    }
    TRY_VOID(add_measurements(measurements, id, i));
  }
  return measurements.flush();
}

}  // namespace vigie::strategy_repository
