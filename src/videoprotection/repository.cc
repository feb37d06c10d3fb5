#include "videoprotection/repository.h"

#include "core/text.h"

namespace vigie::video_repository {
namespace {

// Purposes are stored as their codes, "1,5" (core/text's code lists).
std::string codes_text(const std::vector<std::int64_t>& codes) {
  std::vector<std::string> words;
  words.reserve(codes.size());
  for (std::int64_t c : codes)
    words.push_back(std::to_string(c));
  return join_codes(words);
}

std::vector<std::int64_t> codes_of(const std::string& text) {
  std::vector<std::int64_t> out;
  for (const std::string& code : split_codes(text))
    out.push_back(std::stoll(code));
  return out;
}

constexpr const char* kSystemColumns =
    "SELECT s.id, s.territory_id, s.name, s.authorisation_reference, s.authorised_on, "
    "s.purposes, s.retention_days, s.aipd_on, s.cnil_reference, s.commission_opinion_on, "
    "s.commission_opinion, s.charter_adopted_on, s.ethics_body_id, s.notes, s.version, b.name, "
    "(SELECT COUNT(*) FROM video_cameras c WHERE c.system_id = s.id AND c.in_service_on <= ? "
    "AND (c.out_of_service_on IS NULL OR c.out_of_service_on > ?)) "
    "FROM video_systems s LEFT JOIN bodies b ON b.id = s.ethics_body_id ";

VideoSystem system_from_row(const Row& r) {
  VideoSystem s;
  s.id = r.integer(0);
  s.territory_id = r.integer(1);
  s.name = r.text(2);
  s.authorisation_reference = r.optional_text(3);
  s.authorised_on = r.optional_text(4);
  s.purposes = codes_of(r.text(5));
  s.retention_days = r.integer(6);
  s.aipd_on = r.optional_text(7);
  s.cnil_reference = r.optional_text(8);
  s.commission_opinion_on = r.optional_text(9);
  s.commission_opinion = r.optional_text(10);
  s.charter_adopted_on = r.optional_text(11);
  s.ethics_body_id = r.optional_integer(12);
  s.notes = r.optional_text(13);
  s.version = r.integer(14);
  s.ethics_body_name = r.optional_text(15).value_or("");
  s.cameras_in_service = r.integer(16);
  return s;
}

std::vector<Value> system_values(const VideoSystem& s) {
  return {s.name,
          optional_value(s.authorisation_reference),
          optional_value(s.authorised_on),
          codes_text(s.purposes),
          s.retention_days,
          optional_value(s.aipd_on),
          optional_value(s.cnil_reference),
          optional_value(s.commission_opinion_on),
          optional_value(s.commission_opinion),
          optional_value(s.charter_adopted_on),
          optional_value(s.ethics_body_id),
          optional_value(s.notes)};
}

constexpr const char* kCameraColumns =
    "SELECT id, system_id, identifier, place, longitude, latitude, kind, in_service_on, "
    "out_of_service_on, version FROM video_cameras ";

Camera camera_from_row(const Row& r) {
  return {r.integer(0),       r.integer(1),       r.text(2), r.text(3),
          r.optional_real(4), r.optional_real(5), r.text(6), r.optional_text(7),
          r.optional_text(8), r.integer(9)};
}

constexpr const char* kEntryColumns =
    "SELECT e.id, e.system_id, e.kind, e.occurred_on, e.reason, e.requester, e.requester_unit, "
    "e.procedure_reference, e.camera_id, e.images_from, e.images_to, e.medium, e.handed_to, "
    "e.handed_on, e.destroyed_on, e.led_to_procedure, e.version, e.agent_id, u.display_name, "
    "e.created_at FROM video_register e LEFT JOIN users u ON u.id = e.agent_id ";

RegisterEntry entry_from_row(const Row& r) {
  RegisterEntry e;
  e.id = r.integer(0);
  e.system_id = r.integer(1);
  e.kind = r.text(2);
  e.occurred_on = r.text(3);
  e.reason = r.text(4);
  e.requester = r.optional_text(5);
  e.requester_unit = r.optional_text(6);
  e.procedure_reference = r.optional_text(7);
  e.camera_id = r.optional_integer(8);
  e.images_from = r.optional_text(9);
  e.images_to = r.optional_text(10);
  e.medium = r.optional_text(11);
  e.handed_to = r.optional_text(12);
  e.handed_on = r.optional_text(13);
  e.destroyed_on = r.optional_text(14);
  if (auto led = r.optional_integer(15)) e.led_to_procedure = *led != 0;
  e.version = r.integer(16);
  e.agent_id = r.optional_integer(17).value_or(0);
  e.agent_name = r.optional_text(18).value_or("");
  e.created_at = r.text(19);
  return e;
}

std::vector<Value> entry_values(const RegisterEntry& e) {
  return {e.kind,
          e.occurred_on,
          e.reason,
          optional_value(e.requester),
          optional_value(e.requester_unit),
          optional_value(e.procedure_reference),
          optional_value(e.camera_id),
          optional_value(e.images_from),
          optional_value(e.images_to),
          optional_value(e.medium),
          optional_value(e.handed_to),
          optional_value(e.handed_on),
          optional_value(e.destroyed_on),
          optional_value(e.led_to_procedure)};
}

}  // namespace

Result<std::optional<VideoSystem>> find(Connection& conn, std::int64_t id,
                                        const std::string& today) {
  Rows rows = TRY(conn.query(std::string(kSystemColumns) + "WHERE s.id = ?", {today, today, id}));
  if (rows.empty()) return std::optional<VideoSystem>();
  return std::optional<VideoSystem>(system_from_row(rows[0]));
}

Result<std::vector<VideoSystem>> list(Connection& conn, std::int64_t territory_id,
                                      const std::string& today) {
  Rows rows =
      TRY(conn.query(std::string(kSystemColumns) + "WHERE s.territory_id = ? ORDER BY s.name",
                     {today, today, territory_id}));
  return map_rows(rows, system_from_row);
}

Result<std::optional<std::int64_t>> find_by_name(Connection& conn, std::int64_t territory_id,
                                                 const std::string& name) {
  Rows rows = TRY(conn.query("SELECT id FROM video_systems WHERE territory_id = ? AND name = ?",
                             {territory_id, name}));
  if (rows.empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(rows[0].integer(0));
}

Result<std::int64_t> insert(Connection& conn, const VideoSystem& s) {
  std::vector<Value> values{s.territory_id};
  for (Value& v : system_values(s))
    values.push_back(std::move(v));
  Rows rows = TRY(conn.query(
      "INSERT INTO video_systems (territory_id, name, authorisation_reference, authorised_on, "
      "purposes, retention_days, aipd_on, cnil_reference, commission_opinion_on, "
      "commission_opinion, charter_adopted_on, ethics_body_id, notes, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      values));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const VideoSystem& s, std::int64_t expected_version) {
  std::vector<Value> values = system_values(s);
  values.emplace_back(s.id);
  values.emplace_back(expected_version);
  Rows rows = TRY(conn.query(
      "UPDATE video_systems SET name = ?, authorisation_reference = ?, authorised_on = ?, "
      "purposes = ?, retention_days = ?, aipd_on = ?, cnil_reference = ?, "
      "commission_opinion_on = ?, commission_opinion = ?, charter_adopted_on = ?, "
      "ethics_body_id = ?, notes = ?, version = version + 1 WHERE id = ? AND version = ? "
      "RETURNING version",
      values));
  return !rows.empty();
}

Result<void> remove(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM video_systems WHERE id = ?", {id}));
  return success();
}

Result<std::vector<Camera>> cameras(Connection& conn, std::int64_t system_id) {
  Rows rows = TRY(conn.query(
      std::string(kCameraColumns) + "WHERE system_id = ? ORDER BY identifier", {system_id}));
  return map_rows(rows, camera_from_row);
}

Result<std::optional<Camera>> find_camera(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kCameraColumns) + "WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<Camera>();
  return std::optional<Camera>(camera_from_row(rows[0]));
}

Result<bool> camera_identifier_taken(Connection& conn, const Camera& c) {
  Rows rows = TRY(
      conn.query("SELECT 1 FROM video_cameras WHERE system_id = ? AND identifier = ? AND id <> ?",
                 {c.system_id, c.identifier, c.id}));
  return !rows.empty();
}

Result<std::int64_t> insert_camera(Connection& conn, const Camera& c) {
  Rows rows = TRY(conn.query(
      "INSERT INTO video_cameras (system_id, identifier, place, longitude, latitude, kind, "
      "in_service_on, out_of_service_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) "
      "RETURNING id",
      {c.system_id, c.identifier, c.place, optional_value(c.longitude), optional_value(c.latitude),
       c.kind, optional_value(c.in_service_on), optional_value(c.out_of_service_on)}));
  return rows.at(0).integer(0);
}

Result<bool> update_camera(Connection& conn, const Camera& c, std::int64_t expected_version) {
  Rows rows = TRY(
      conn.query("UPDATE video_cameras SET identifier = ?, place = ?, longitude = ?, latitude = ?, "
                 "kind = ?, in_service_on = ?, out_of_service_on = ?, version = version + 1 "
                 "WHERE id = ? AND version = ? RETURNING version",
                 {c.identifier, c.place, optional_value(c.longitude), optional_value(c.latitude),
                  c.kind, optional_value(c.in_service_on), optional_value(c.out_of_service_on),
                  c.id, expected_version}));
  return !rows.empty();
}

Result<void> remove_camera(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM video_cameras WHERE id = ?", {id}));
  return success();
}

Result<std::int64_t> register_entries_citing(Connection& conn, std::int64_t camera_id) {
  Rows rows =
      TRY(conn.query("SELECT COUNT(*) FROM video_register WHERE camera_id = ?", {camera_id}));
  return rows.at(0).integer(0);
}

Result<std::int64_t> cameras_in_service(Connection& conn, std::int64_t system_id,
                                        const std::string& day) {
  Rows rows = TRY(conn.query(
      "SELECT COUNT(*) FROM video_cameras WHERE system_id = ? AND in_service_on <= ? AND "
      "(out_of_service_on IS NULL OR out_of_service_on > ?)",
      {system_id, day, day}));
  return rows.at(0).integer(0);
}

Result<std::vector<VideoAgent>> agents(Connection& conn, std::int64_t system_id) {
  Rows rows = TRY(conn.query(
      "SELECT a.system_id, a.user_id, a.designated_on, u.display_name FROM video_agents a "
      "JOIN users u ON u.id = a.user_id WHERE a.system_id = ? ORDER BY u.display_name",
      {system_id}));
  return map_rows(rows, [](const Row& r) {
    return VideoAgent{r.integer(0), r.integer(1), r.text(2), r.text(3)};
  });
}

Result<bool> is_agent(Connection& conn, std::int64_t system_id, std::int64_t user_id) {
  Rows rows = TRY(conn.query("SELECT 1 FROM video_agents WHERE system_id = ? AND user_id = ?",
                             {system_id, user_id}));
  return !rows.empty();
}

Result<void> add_agent(Connection& conn, const VideoAgent& a) {
  TRY(conn.query("INSERT INTO video_agents (system_id, user_id, designated_on) VALUES (?, ?, ?)",
                 {a.system_id, a.user_id, a.designated_on}));
  return success();
}

Result<void> remove_agent(Connection& conn, std::int64_t system_id, std::int64_t user_id) {
  TRY(conn.query("DELETE FROM video_agents WHERE system_id = ? AND user_id = ?",
                 {system_id, user_id}));
  return success();
}

Result<std::vector<RegisterEntry>> entries(Connection& conn, std::int64_t system_id) {
  Rows rows = TRY(conn.query(std::string(kEntryColumns) +
                                 "WHERE e.system_id = ? ORDER BY e.occurred_on DESC, e.id DESC",
                             {system_id}));
  return map_rows(rows, entry_from_row);
}

Result<std::optional<RegisterEntry>> find_entry(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kEntryColumns) + "WHERE e.id = ?", {id}));
  if (rows.empty()) return std::optional<RegisterEntry>();
  return std::optional<RegisterEntry>(entry_from_row(rows[0]));
}

Result<std::int64_t> insert_entry(Connection& conn, const RegisterEntry& e) {
  std::vector<Value> values{e.system_id};
  for (Value& v : entry_values(e))
    values.push_back(std::move(v));
  values.emplace_back(e.agent_id);
  values.emplace_back(e.created_at);
  Rows rows = TRY(conn.query(
      "INSERT INTO video_register (system_id, kind, occurred_on, reason, requester, "
      "requester_unit, procedure_reference, camera_id, images_from, images_to, medium, "
      "handed_to, handed_on, destroyed_on, led_to_procedure, agent_id, created_at, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      values));
  return rows.at(0).integer(0);
}

Result<bool> update_entry(Connection& conn, const RegisterEntry& e, std::int64_t expected_version) {
  std::vector<Value> values = entry_values(e);
  values.emplace_back(e.id);
  values.emplace_back(expected_version);
  Rows rows = TRY(
      conn.query("UPDATE video_register SET kind = ?, occurred_on = ?, reason = ?, requester = ?, "
                 "requester_unit = ?, procedure_reference = ?, camera_id = ?, images_from = ?, "
                 "images_to = ?, medium = ?, handed_to = ?, handed_on = ?, destroyed_on = ?, "
                 "led_to_procedure = ?, version = version + 1 WHERE id = ? AND version = ? "
                 "RETURNING version",
                 values));
  return !rows.empty();
}

Result<std::vector<RegisterEntry>> entries_of_year(Connection& conn, std::int64_t system_id,
                                                   int year) {
  Rows rows = TRY(conn.query(
      std::string(kEntryColumns) + "WHERE e.system_id = ? AND e.occurred_on >= ? AND "
                                   "e.occurred_on < ? ORDER BY e.occurred_on",
      {system_id, std::to_string(year) + "-01-01", std::to_string(year + 1) + "-01-01"}));
  return map_rows(rows, entry_from_row);
}

Result<std::int64_t> purge_before(Connection& conn, const std::string& cutoff) {
  Rows rows =
      TRY(conn.query("DELETE FROM video_register WHERE occurred_on < ? RETURNING id", {cutoff}));
  return static_cast<std::int64_t>(rows.size());
}

}  // namespace vigie::video_repository
