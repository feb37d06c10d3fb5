#include "partner/repository.h"

namespace vigie::partner_repository {
namespace {

constexpr const char* kColumns =
    "SELECT id, territory_id, name, kind, description, version FROM organisations ";

Organisation from_row(const Row& r) {
  return {r.integer(0), r.integer(1), r.text(2), r.text(3), r.optional_text(4), r.integer(5), {}};
}

constexpr const char* kContactColumns =
    "SELECT c.id, c.organisation_id, c.name, c.job_title, c.email, c.phone, c.version, c.user_id, "
    "c.link_state, c.link_requested_by, c.link_decided_by, a.display_name, rq.display_name, "
    "dc.display_name FROM contacts c LEFT JOIN users a ON a.id = c.user_id "
    "LEFT JOIN users rq ON rq.id = c.link_requested_by "
    "LEFT JOIN users dc ON dc.id = c.link_decided_by ";

Contact contact_from_row(const Row& r) {
  Contact c;
  c.id = r.integer(0);
  c.organisation_id = r.integer(1);
  c.name = r.text(2);
  c.job_title = r.optional_text(3);
  c.email = r.optional_text(4);
  c.phone = r.optional_text(5);
  c.version = r.integer(6);
  c.user_id = r.optional_integer(7);
  c.link_state = r.text(8);
  c.link_requested_by = r.optional_integer(9);
  c.link_decided_by = r.optional_integer(10);
  c.account_name = r.optional_text(11).value_or("");
  c.link_requested_by_name = r.optional_text(12).value_or("");
  c.link_decided_by_name = r.optional_text(13).value_or("");
  return c;
}

Result<void> load_contacts(Connection& conn, Organisation& o) {
  Rows rows = TRY(conn.query(
      std::string(kContactColumns) + "WHERE c.organisation_id = ? ORDER BY c.name", {o.id}));
  for (const Row& r : rows)
    o.contacts.push_back(contact_from_row(r));
  return success();
}

Result<std::optional<Organisation>> first(Connection& conn, Rows rows) {
  if (rows.empty()) return std::optional<Organisation>();
  Organisation o = from_row(rows[0]);
  TRY_VOID(load_contacts(conn, o));
  return std::optional<Organisation>(std::move(o));
}

}  // namespace

Result<std::optional<Organisation>> find(Connection& conn, std::int64_t id) {
  return first(conn, TRY(conn.query(std::string(kColumns) + "WHERE id = ?", {id})));
}

Result<std::optional<Organisation>> find_by_name(Connection& conn, std::int64_t territory_id,
                                                 const std::string& name) {
  return first(conn, TRY(conn.query(std::string(kColumns) + "WHERE territory_id = ? AND name = ?",
                                    {territory_id, name})));
}

Result<std::vector<Organisation>> list(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(
      conn.query(std::string(kColumns) + "WHERE territory_id = ? ORDER BY name", {territory_id}));
  std::vector<Organisation> out;
  for (const Row& r : rows) {
    Organisation o = from_row(r);
    TRY_VOID(load_contacts(conn, o));
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::int64_t> insert(Connection& conn, const Organisation& o) {
  Rows rows =
      TRY(conn.query("INSERT INTO organisations (territory_id, name, kind, description, version) "
                     "VALUES (?, ?, ?, ?, 1) RETURNING id",
                     {o.territory_id, o.name, o.kind, optional_value(o.description)}));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const Organisation& o, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE organisations SET name = ?, kind = ?, description = ?, version = version + 1 "
      "WHERE id = ? AND version = ? RETURNING version",
      {o.name, o.kind, optional_value(o.description), o.id, expected_version}));
  return !rows.empty();
}

Result<void> remove(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM organisations WHERE id = ?", {id}));
  return success();
}

Result<std::map<std::int64_t, std::set<std::int64_t>>> directory(Connection& conn,
                                                                 std::int64_t territory_id) {
  Rows rows = TRY(conn.query("SELECT o.id, c.id FROM organisations o LEFT JOIN contacts c ON "
                             "c.organisation_id = o.id WHERE o.territory_id = ?",
                             {territory_id}));
  std::map<std::int64_t, std::set<std::int64_t>> out;
  for (const Row& r : rows) {
    auto& contacts = out[r.integer(0)];
    if (!r.is_null(1)) contacts.insert(r.integer(1));
  }
  return out;
}

Result<std::optional<Contact>> find_contact(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kContactColumns) + "WHERE c.id = ?", {id}));
  if (rows.empty()) return std::optional<Contact>();
  return std::optional<Contact>(contact_from_row(rows[0]));
}

Result<std::int64_t> insert_contact(Connection& conn, const Contact& c) {
  Rows rows = TRY(
      conn.query("INSERT INTO contacts (organisation_id, name, job_title, email, phone, user_id, "
                 "version, link_state, link_requested_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
                 "RETURNING id",
                 {c.organisation_id, c.name, optional_value(c.job_title), optional_value(c.email),
                  optional_value(c.phone), optional_value(c.user_id), c.link_state,
                  optional_value(c.link_requested_by)}));
  return rows.at(0).integer(0);
}

Result<bool> update_contact(Connection& conn, const Contact& c, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE contacts SET name = ?, job_title = ?, email = ?, phone = ?, user_id = ?, "
      "version = version + 1, link_state = ?, link_requested_by = ?, "
      "link_decided_by = ? WHERE id = ? AND version = ? RETURNING version",
      {c.name, optional_value(c.job_title), optional_value(c.email), optional_value(c.phone),
       optional_value(c.user_id), c.link_state, optional_value(c.link_requested_by),
       optional_value(c.link_decided_by), c.id, expected_version}));
  return !rows.empty();
}

Result<std::vector<Contact>> contacts_of_account(Connection& conn, std::int64_t user_id) {
  Rows rows = TRY(conn.query(std::string(kContactColumns) + "WHERE c.user_id = ?", {user_id}));
  return map_rows(rows, contact_from_row);
}

Result<bool> holds_role(Connection& conn, std::int64_t user_id, std::int64_t territory_id) {
  Rows rows =
      TRY(conn.query("SELECT 1 FROM role_assignments WHERE user_id = ? AND territory_id = ?",
                     {user_id, territory_id}));
  return !rows.empty();
}

Result<std::vector<std::int64_t>> organisations_of_account(Connection& conn, std::int64_t user_id,
                                                           std::int64_t territory_id) {
  Rows rows = TRY(conn.query(
      "SELECT DISTINCT o.id FROM contacts c JOIN organisations o ON o.id = c.organisation_id "
      "WHERE c.user_id = ? AND c.link_state = 'confirme' AND o.territory_id = ? ORDER BY o.id",
      {user_id, territory_id}));
  std::vector<std::int64_t> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(r.integer(0));
  return out;
}

Result<void> remove_contact(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM contacts WHERE id = ?", {id}));
  return success();
}

}  // namespace vigie::partner_repository
