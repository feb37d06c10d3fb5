#include "followup/repository.h"

#include <boost/json.hpp>

#include "followup/sharing_repository.h"

namespace vigie::followup_repository {
namespace json = boost::json;
namespace {

constexpr const char* kColumns =
    "SELECT f.id, f.body_id, f.last_name, f.first_name, f.birth_date, f.legal_representatives, "
    "f.situation, f.referral_date, f.referral_origin, f.programme, f.referent_contact_id, "
    "f.sensitive_note, f.sensitive_justification, f.end_date, f.end_reason, f.status, "
    "f.created_at, f.version, b.territory_id, b.name, f.archived_on FROM followups f "
    "JOIN bodies b ON b.id = f.body_id ";

// Representatives are a short list only ever read with their record: kept as JSON text.
std::string representatives_text(const std::vector<Representative>& reps) {
  json::array out;
  for (const auto& r : reps) {
    json::object o;
    o["name"] = r.name;
    o["link"] = r.link ? json::value(*r.link) : nullptr;
    o["phone"] = r.phone ? json::value(*r.phone) : nullptr;
    out.push_back(std::move(o));
  }
  return json::serialize(out);
}

std::vector<Representative> representatives_of(const std::string& text) {
  std::vector<Representative> out;
  json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) {
    auto opt = [&](const char* k) -> std::optional<std::string> {
      const auto& x = v.at(k);
      return x.is_null() ? std::nullopt : std::optional<std::string>(x.as_string().c_str());
    };
    out.push_back({std::string(v.at("name").as_string()), opt("link"), opt("phone")});
  }
  return out;
}

FollowUp from_row(const Row& r) {
  FollowUp f;
  f.id = r.integer(0);
  f.body_id = r.integer(1);
  f.last_name = r.text(2);
  f.first_name = r.text(3);
  f.birth_date = r.optional_text(4);
  f.representatives = representatives_of(r.text(5));
  f.situation = r.optional_text(6);
  f.referral_date = r.text(7);
  f.referral_origin = r.text(8);
  f.programme = r.optional_text(9);
  f.referent_contact_id = r.optional_integer(10);
  f.sensitive_note = r.optional_text(11);
  f.sensitive_justification = r.optional_text(12);
  f.end_date = r.optional_text(13);
  f.end_reason = r.optional_text(14);
  f.status = r.text(15);
  f.created_at = r.text(16);
  f.version = r.integer(17);
  f.territory_id = r.integer(18);
  f.body_name = r.text(19);
  f.archived_on = r.optional_text(20);
  return f;
}

}  // namespace

Result<std::optional<FollowUp>> find(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE f.id = ?", {id}));
  if (rows.empty()) return std::optional<FollowUp>();
  FollowUp f = from_row(rows[0]);
  Rows actions = TRY(conn.query("SELECT id, action_date, description, result, recorded_by "
                                "FROM followup_actions WHERE followup_id = ? "
                                "ORDER BY action_date, id",
                                {id}));
  for (const Row& a : actions)
    f.actions.push_back({a.integer(0), a.text(1), a.text(2), a.optional_text(3), a.text(4)});
  f.social_professionals = TRY(social_professionals(conn, id));
  f.shares = TRY(shares(conn, id));
  return std::optional<FollowUp>(std::move(f));
}

Result<std::vector<FollowUp>> list_in_bodies(Connection& conn,
                                             const std::vector<std::int64_t>& body_ids) {
  if (body_ids.empty()) return std::vector<FollowUp>();
  std::vector<Value> params;
  std::string in = in_list(body_ids, params);
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE f.body_id IN (" + in +
                                 ") ORDER BY f.referral_date DESC, f.id",
                             params));
  return map_rows(rows, from_row);
}

Result<std::int64_t> insert(Connection& conn, const FollowUp& f) {
  Rows rows = TRY(conn.query(
      "INSERT INTO followups (body_id, last_name, first_name, birth_date, legal_representatives, "
      "situation, referral_date, referral_origin, programme, referent_contact_id, sensitive_note, "
      "sensitive_justification, end_date, end_reason, status, created_at, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {f.body_id, f.last_name, f.first_name, optional_value(f.birth_date),
       representatives_text(f.representatives), optional_value(f.situation), f.referral_date,
       f.referral_origin, optional_value(f.programme), optional_value(f.referent_contact_id),
       optional_value(f.sensitive_note), optional_value(f.sensitive_justification),
       optional_value(f.end_date), optional_value(f.end_reason), f.status, f.created_at}));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const FollowUp& f, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE followups SET last_name = ?, first_name = ?, birth_date = ?, "
      "legal_representatives = ?, situation = ?, referral_date = ?, referral_origin = ?, "
      "programme = ?, referent_contact_id = ?, sensitive_note = ?, sensitive_justification = ?, "
      "end_date = ?, end_reason = ?, version = version + 1 WHERE id = ? AND version = ? "
      "RETURNING version",
      {f.last_name, f.first_name, optional_value(f.birth_date),
       representatives_text(f.representatives), optional_value(f.situation), f.referral_date,
       f.referral_origin, optional_value(f.programme), optional_value(f.referent_contact_id),
       optional_value(f.sensitive_note), optional_value(f.sensitive_justification),
       optional_value(f.end_date), optional_value(f.end_reason), f.id, expected_version}));
  return !rows.empty();
}

Result<bool> archive(Connection& conn, std::int64_t id, const std::string& end_date,
                     const std::string& end_reason, const std::string& today) {
  Rows rows = TRY(conn.query(
      "UPDATE followups SET status = 'archive', end_date = ?, end_reason = ?, archived_on = ?, "
      "version = version + 1 WHERE id = ? AND status = 'suivi' RETURNING id",
      {end_date, end_reason, today, id}));
  return !rows.empty();
}

Result<std::vector<FollowUp>> list_archived(Connection& conn) {
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE f.status = 'archive' ORDER BY f.id"));
  return map_rows(rows, from_row);
}

Result<std::vector<FollowUp>> list_territory(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE b.territory_id = ?", {territory_id}));
  return map_rows(rows, from_row);
}

Result<void> destroy(Connection& conn, std::int64_t id) {
  for (const char* table :
       {"followup_actions", "followup_social_notes", "followup_social_professionals",
        "followup_shares", "reminders", "cddf_referrals", "tig_placements"}) {
    TRY(conn.query(std::string("DELETE FROM ") + table + " WHERE followup_id = ?", {id}));
  }
  TRY(conn.query("DELETE FROM followups WHERE id = ?", {id}));
  return success();
}

Result<void> insert_action(Connection& conn, std::int64_t followup_id, const FollowUpAction& a) {
  TRY(conn.query(
      "INSERT INTO followup_actions (followup_id, action_date, description, result, "
      "recorded_by) VALUES (?, ?, ?, ?, ?)",
      {followup_id, a.action_date, a.description, optional_value(a.result), a.recorded_by}));
  return success();
}

}  // namespace vigie::followup_repository
