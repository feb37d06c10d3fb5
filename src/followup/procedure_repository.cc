#include "followup/procedure_repository.h"

#include <map>

#include <boost/json.hpp>

#include "core/json_write.h"

namespace vigie::procedure_repository {
namespace json = boost::json;
namespace {

constexpr const char* kReminder =
    "SELECT id, followup_id, facts, facts_date, summoned_by, hearing_at, place, status, "
    "attendees, hearing_record, follow_up, version FROM reminders ";
constexpr const char* kCddf =
    "SELECT id, followup_id, referral_date, referred_by, reason, hearing_date, recommendations, "
    "parental_support, outcome, status, version FROM cddf_referrals ";
constexpr const char* kPlace = "SELECT id, territory_id, name, host_kind, host_name, tasks, "
                               "capacity, active, version FROM tig_places ";
constexpr const char* kPlacement =
    "SELECT t.id, t.followup_id, t.place_id, p.name, t.start_date, t.end_date, t.hours_ordered, "
    "t.hours_done, t.status, t.version FROM tig_placements t JOIN tig_places p ON p.id = "
    "t.place_id ";

Reminder reminder_of(const Row& r) {
  return {r.integer(0),       r.integer(1),        r.text(2),
          r.text(3),          r.text(4),           r.text(5),
          r.text(6),          r.text(7),           string_list_of(r.text(8)),
          r.optional_text(9), r.optional_text(10), r.integer(11)};
}

CddfReferral cddf_of(const Row& r) {
  return {r.integer(0),       r.integer(1),       r.text(2),          r.text(3),
          r.text(4),          r.optional_text(5), r.optional_text(6), r.text(7),
          r.optional_text(8), r.text(9),          r.integer(10)};
}

TigPlace place_of(const Row& r) {
  return {r.integer(0),       r.integer(1), r.text(2),         r.text(3),   r.text(4),
          r.optional_text(5), r.integer(6), r.integer(7) != 0, r.integer(8)};
}

TigPlacement placement_of(const Row& r) {
  return {r.integer(0),       r.integer(1), r.integer(2), r.text(3), r.text(4),
          r.optional_text(5), r.integer(6), r.integer(7), r.text(8), r.integer(9)};
}

template <typename T, typename F>
Result<std::optional<T>> first(Connection& conn, const std::string& sql, std::int64_t id, F of) {
  Rows rows = TRY(conn.query(sql, {id}));
  if (rows.empty()) return std::optional<T>();
  return std::optional<T>(of(rows[0]));
}

}  // namespace

Result<std::string> territory_name(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(conn.query("SELECT name FROM territories WHERE id = ?", {territory_id}));
  return rows.at(0).text(0);
}

Result<std::optional<std::int64_t>> record_of(Connection& conn, std::string_view collection,
                                              std::int64_t id) {
  static const std::map<std::string_view, const char*> kOwners{
      {"followups", "SELECT id FROM followups WHERE id = ?"},
      {"reminders", "SELECT followup_id FROM reminders WHERE id = ?"},
      {"cddf", "SELECT followup_id FROM cddf_referrals WHERE id = ?"},
      {"tig-placements", "SELECT followup_id FROM tig_placements WHERE id = ?"},
      {"followup-shares", "SELECT followup_id FROM followup_shares WHERE id = ?"}};
  auto sql = kOwners.find(collection);
  if (sql == kOwners.end()) return std::optional<std::int64_t>();
  Rows rows = TRY(conn.query(sql->second, {id}));
  if (rows.empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(rows[0].integer(0));
}

Result<Procedures> of_followup(Connection& conn, std::int64_t followup_id) {
  Procedures out;
  Rows reminders = TRY(conn.query(
      std::string(kReminder) + "WHERE followup_id = ? ORDER BY hearing_at, id", {followup_id}));
  out.reminders = map_rows(reminders, reminder_of);
  Rows cddf = TRY(conn.query(
      std::string(kCddf) + "WHERE followup_id = ? ORDER BY referral_date, id", {followup_id}));
  out.cddf = map_rows(cddf, cddf_of);
  Rows tig = TRY(
      conn.query(std::string(kPlacement) + "WHERE t.followup_id = ? ORDER BY t.start_date, t.id",
                 {followup_id}));
  out.tig = map_rows(tig, placement_of);
  return out;
}

Result<std::optional<Reminder>> find_reminder(Connection& conn, std::int64_t id) {
  return first<Reminder>(conn, std::string(kReminder) + "WHERE id = ?", id, reminder_of);
}

Result<std::int64_t> insert_reminder(Connection& conn, const Reminder& r) {
  Rows rows = TRY(conn.query(
      "INSERT INTO reminders (followup_id, facts, facts_date, summoned_by, hearing_at, place, "
      "status, attendees, hearing_record, follow_up, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {r.followup_id, r.facts, r.facts_date, r.summoned_by, r.hearing_at, r.place, r.status,
       string_list_text(r.attendees), optional_value(r.hearing_record),
       optional_value(r.follow_up)}));
  return rows.at(0).integer(0);
}

Result<bool> update_reminder(Connection& conn, const Reminder& r, std::int64_t expected_version) {
  Rows rows = TRY(
      conn.query("UPDATE reminders SET facts = ?, facts_date = ?, summoned_by = ?, hearing_at = ?, "
                 "place = ?, status = ?, attendees = ?, hearing_record = ?, follow_up = ?, "
                 "version = version + 1 WHERE id = ? AND version = ? RETURNING id",
                 {r.facts, r.facts_date, r.summoned_by, r.hearing_at, r.place, r.status,
                  string_list_text(r.attendees), optional_value(r.hearing_record),
                  optional_value(r.follow_up), r.id, expected_version}));
  return !rows.empty();
}

Result<std::int64_t> insert_cddf(Connection& conn, const CddfReferral& c) {
  Rows rows =
      TRY(conn.query("INSERT INTO cddf_referrals (followup_id, referral_date, referred_by, reason, "
                     "hearing_date, recommendations, parental_support, outcome, status, version) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                     {c.followup_id, c.referral_date, c.referred_by, c.reason,
                      optional_value(c.hearing_date), optional_value(c.recommendations),
                      c.parental_support, optional_value(c.outcome), c.status}));
  return rows.at(0).integer(0);
}

Result<bool> update_cddf(Connection& conn, const CddfReferral& c, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE cddf_referrals SET referral_date = ?, referred_by = ?, reason = ?, "
      "hearing_date = ?, recommendations = ?, parental_support = ?, outcome = ?, status = ?, "
      "version = version + 1 WHERE id = ? AND version = ? RETURNING id",
      {c.referral_date, c.referred_by, c.reason, optional_value(c.hearing_date),
       optional_value(c.recommendations), c.parental_support, optional_value(c.outcome), c.status,
       c.id, expected_version}));
  return !rows.empty();
}

Result<std::vector<TigPlace>> places(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(conn.query(
      std::string(kPlace) + "WHERE territory_id = ? ORDER BY active DESC, name", {territory_id}));
  return map_rows(rows, place_of);
}

Result<std::optional<TigPlace>> find_place(Connection& conn, std::int64_t id) {
  return first<TigPlace>(conn, std::string(kPlace) + "WHERE id = ?", id, place_of);
}

Result<std::int64_t> insert_place(Connection& conn, const TigPlace& p) {
  Rows rows = TRY(conn.query(
      "INSERT INTO tig_places (territory_id, name, host_kind, host_name, tasks, capacity, "
      "active, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {p.territory_id, p.name, p.host_kind, p.host_name, optional_value(p.tasks), p.capacity,
       std::int64_t{p.active ? 1 : 0}}));
  return rows.at(0).integer(0);
}

Result<bool> update_place(Connection& conn, const TigPlace& p, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE tig_places SET name = ?, host_kind = ?, host_name = ?, tasks = ?, capacity = ?, "
      "active = ?, version = version + 1 WHERE id = ? AND version = ? RETURNING id",
      {p.name, p.host_kind, p.host_name, optional_value(p.tasks), p.capacity,
       std::int64_t{p.active ? 1 : 0}, p.id, expected_version}));
  return !rows.empty();
}

Result<std::int64_t> current_placements(Connection& conn, std::int64_t place_id) {
  Rows rows = TRY(
      conn.query("SELECT COUNT(*) FROM tig_placements WHERE place_id = ? AND status = 'en_cours'",
                 {place_id}));
  return rows.at(0).integer(0);
}

Result<std::optional<TigPlacement>> find_placement(Connection& conn, std::int64_t id) {
  return first<TigPlacement>(conn, std::string(kPlacement) + "WHERE t.id = ?", id, placement_of);
}

Result<std::int64_t> insert_placement(Connection& conn, const TigPlacement& p) {
  Rows rows = TRY(conn.query(
      "INSERT INTO tig_placements (followup_id, place_id, start_date, end_date, hours_ordered, "
      "hours_done, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {p.followup_id, p.place_id, p.start_date, optional_value(p.end_date), p.hours_ordered,
       p.hours_done, p.status}));
  return rows.at(0).integer(0);
}

Result<bool> update_placement(Connection& conn, const TigPlacement& p,
                              std::int64_t expected_version) {
  Rows rows = TRY(
      conn.query("UPDATE tig_placements SET start_date = ?, end_date = ?, hours_ordered = ?, "
                 "hours_done = ?, status = ?, version = version + 1 WHERE id = ? AND version = ? "
                 "RETURNING id",
                 {p.start_date, optional_value(p.end_date), p.hours_ordered, p.hours_done, p.status,
                  p.id, expected_version}));
  return !rows.empty();
}

}  // namespace vigie::procedure_repository
