#include "participation/repository.h"

#include "core/text.h"

namespace vigie::participation_repository {
namespace {

constexpr const char* kColumns =
    "SELECT p.id, p.territory_id, p.signed_on, p.mayor, p.prefect, p.force, p.force_signatory, "
    "p.communes, p.neighbourhoods, p.officer_name, p.officer_unit, p.body_id, p.ended_on, "
    "p.version, b.name, (SELECT COUNT(*) FROM citizen_referents r WHERE r.protocol_id = p.id "
    "AND r.left_on IS NULL) FROM citizen_protocols p LEFT JOIN bodies b ON b.id = p.body_id ";

CitizenProtocol from_row(const Row& r) {
  CitizenProtocol p;
  p.id = r.integer(0);
  p.territory_id = r.integer(1);
  p.signed_on = r.text(2);
  p.mayor = r.text(3);
  p.prefect = r.text(4);
  p.force = r.text(5);
  p.force_signatory = r.text(6);
  p.communes = split_codes(r.text(7));
  p.neighbourhoods = r.optional_text(8);
  p.officer_name = r.optional_text(9);
  p.officer_unit = r.optional_text(10);
  p.body_id = r.optional_integer(11);
  p.ended_on = r.optional_text(12);
  p.version = r.integer(13);
  p.body_name = r.optional_text(14).value_or("");
  p.referents = r.integer(15);
  return p;
}

std::vector<Value> values(const CitizenProtocol& p) {
  return {p.signed_on,
          p.mayor,
          p.prefect,
          p.force,
          p.force_signatory,
          join_codes(p.communes),
          optional_value(p.neighbourhoods),
          optional_value(p.officer_name),
          optional_value(p.officer_unit),
          optional_value(p.body_id),
          optional_value(p.ended_on)};
}

constexpr const char* kReferentColumns =
    "SELECT id, protocol_id, name, neighbourhood, phone, email, consent_on, left_on, version "
    "FROM citizen_referents ";

CitizenReferent referent_from_row(const Row& r) {
  return {r.integer(0),       r.integer(1),       r.text(2),
          r.optional_text(3), r.optional_text(4), r.optional_text(5),
          r.text(6),          r.optional_text(7), r.integer(8)};
}

}  // namespace

Result<std::optional<CitizenProtocol>> find(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE p.id = ?", {id}));
  if (rows.empty()) return std::optional<CitizenProtocol>();
  return std::optional<CitizenProtocol>(from_row(rows[0]));
}

Result<std::vector<CitizenProtocol>> list(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(
      conn.query(std::string(kColumns) + "WHERE p.territory_id = ? ORDER BY p.signed_on DESC, p.id",
                 {territory_id}));
  return map_rows(rows, from_row);
}

Result<std::int64_t> insert(Connection& conn, const CitizenProtocol& p) {
  std::vector<Value> v{p.territory_id};
  for (Value& x : values(p))
    v.push_back(std::move(x));
  Rows rows = TRY(conn.query(
      "INSERT INTO citizen_protocols (territory_id, signed_on, mayor, prefect, force, "
      "force_signatory, communes, neighbourhoods, officer_name, officer_unit, body_id, ended_on, "
      "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      v));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const CitizenProtocol& p, std::int64_t expected_version) {
  std::vector<Value> v = values(p);
  v.emplace_back(p.id);
  v.emplace_back(expected_version);
  Rows rows = TRY(
      conn.query("UPDATE citizen_protocols SET signed_on = ?, mayor = ?, prefect = ?, force = ?, "
                 "force_signatory = ?, communes = ?, neighbourhoods = ?, officer_name = ?, "
                 "officer_unit = ?, body_id = ?, ended_on = ?, version = version + 1 "
                 "WHERE id = ? AND version = ? RETURNING version",
                 v));
  return !rows.empty();
}

Result<void> remove(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM citizen_protocols WHERE id = ?", {id}));
  return success();
}

Result<std::vector<CitizenReferent>> referents(Connection& conn, std::int64_t protocol_id) {
  Rows rows = TRY(conn.query(std::string(kReferentColumns) + "WHERE protocol_id = ? ORDER BY name",
                             {protocol_id}));
  return map_rows(rows, referent_from_row);
}

Result<std::optional<CitizenReferent>> find_referent(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kReferentColumns) + "WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<CitizenReferent>();
  return std::optional<CitizenReferent>(referent_from_row(rows[0]));
}

Result<std::int64_t> insert_referent(Connection& conn, const CitizenReferent& r) {
  Rows rows = TRY(
      conn.query("INSERT INTO citizen_referents (protocol_id, name, neighbourhood, phone, email, "
                 "consent_on, left_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                 {r.protocol_id, r.name, optional_value(r.neighbourhood), optional_value(r.phone),
                  optional_value(r.email), r.consent_on, optional_value(r.left_on)}));
  return rows.at(0).integer(0);
}

Result<bool> update_referent(Connection& conn, const CitizenReferent& r,
                             std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE citizen_referents SET name = ?, neighbourhood = ?, phone = ?, email = ?, "
      "consent_on = ?, left_on = ?, version = version + 1 WHERE id = ? AND version = ? "
      "RETURNING version",
      {r.name, optional_value(r.neighbourhood), optional_value(r.phone), optional_value(r.email),
       r.consent_on, optional_value(r.left_on), r.id, expected_version}));
  return !rows.empty();
}

Result<void> remove_referent(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM citizen_referents WHERE id = ?", {id}));
  return success();
}

}  // namespace vigie::participation_repository
