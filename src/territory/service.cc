#include "territory/service.h"

#include <map>

#include "core/text.h"

namespace vigie {
namespace {
// The kinds of entry that are a place a council can cover (not déléguées or associées).
constexpr const char* kCurrentKinds = "('commune-actuelle', 'arrondissement-municipal')";
}  // namespace

Result<std::int64_t> TerritoryService::create(const std::string& name, const std::string& kind,
                                              const std::vector<std::string>& codes) {
  if (name.empty() || utf8_length(name) > 200) {
    return Error::invalid("Le nom du territoire doit compter 1 à 200 caractères.", "name");
  }
  if (kind != "clspd" && kind != "cispd") {
    return Error::invalid("Le type de territoire est « clspd » ou « cispd ».", "kind");
  }
  if (kind == "clspd" ? codes.size() != 1 : codes.size() < 2) {
    return Error::invalid("Un CLSPD couvre une commune ; un CISPD en couvre plusieurs.",
                          "communes");
  }
  return db_.in_transaction([&](Connection& conn) -> Result<std::int64_t> {
    Rows rows = TRY(
        conn.query("INSERT INTO territories (name, kind, created_at) VALUES (?, ?, ?) RETURNING id",
                   {name, kind, format_timestamp(clock_.now())}));
    std::int64_t id = rows.at(0).integer(0);
    for (const std::string& code : codes) {
      Rows found = TRY(conn.query(
          std::string("SELECT 1 FROM communes WHERE code = ? AND kind IN ") + kCurrentKinds,
          {code}));
      if (found.empty()) {
        return Error::invalid("Code INSEE inconnu : " + code +
                                  " (la liste officielle des communes est-elle chargée ?)",
                              "communes");
      }
      TRY(conn.query("INSERT INTO territory_communes (territory_id, commune_code) VALUES (?, ?)",
                     {id, code}));
    }
    return id;
  });
}

Result<std::optional<std::int64_t>> TerritoryService::find_by_name(const std::string& name) {
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query("SELECT id FROM territories WHERE name = ?", {name}));
  if (rows.empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(rows[0].integer(0));
}

Result<Territory> TerritoryService::load(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query("SELECT id, name, kind FROM territories WHERE id = ?", {id}));
  if (rows.empty()) return Error::not_found("Territoire introuvable.");
  Territory t{rows[0].integer(0), rows[0].text(1), rows[0].text(2), {}};
  Rows communes = TRY(conn.query(
      std::string("SELECT c.code, c.name, c.departement_code, c.population FROM territory_communes "
                  "tc JOIN communes c ON c.code = tc.commune_code AND c.kind IN ") +
          kCurrentKinds + " WHERE tc.territory_id = ? ORDER BY c.code",
      {id}));
  for (const Row& r : communes) {
    t.communes.push_back({r.text(0), r.text(1), r.optional_text(2), r.optional_integer(3)});
  }
  return t;
}

// Two queries whatever the number of territories (an administrateur of a département's 300
// territories waited 64 ms on PostgreSQL for two per territory).
Result<std::vector<Territory>> TerritoryService::list_for(const Actor& actor) {
  if (actor.roles.empty()) return std::vector<Territory>{};
  std::string marks;
  std::vector<Value> ids;
  for (const auto& [id, role] : actor.roles) {
    marks += marks.empty() ? "?" : ", ?";
    ids.emplace_back(id);
  }
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query(
      "SELECT id, name, kind FROM territories WHERE id IN (" + marks + ") ORDER BY id", ids));
  std::vector<Territory> out;
  std::map<std::int64_t, std::size_t> index;
  for (const Row& r : rows) {
    index[r.integer(0)] = out.size();
    out.push_back({r.integer(0), r.text(1), r.text(2), {}});
  }
  Rows communes = TRY(conn->query(
      std::string("SELECT tc.territory_id, c.code, c.name, c.departement_code, c.population FROM "
                  "territory_communes tc JOIN communes c ON c.code = tc.commune_code AND c.kind "
                  "IN ") +
          kCurrentKinds + " WHERE tc.territory_id IN (" + marks +
          ") ORDER BY tc.territory_id, c.code",
      ids));
  for (const Row& r : communes) {
    out[index.at(r.integer(0))].communes.push_back(
        {r.text(1), r.text(2), r.optional_text(3), r.optional_integer(4)});
  }
  return out;
}

Result<Territory> TerritoryService::get(const Actor& actor, std::int64_t id) {
  TRY_VOID(require(actor, Permission::territory_read, id));
  Lease conn = db_.acquire();
  return load(*conn, id);
}

Result<Territory> TerritoryService::get_in(Connection& conn, const Actor& actor, std::int64_t id) {
  TRY_VOID(require(actor, Permission::territory_read, id));
  return load(conn, id);
}

Result<std::vector<Commune>> TerritoryService::search_communes(
    const std::string& query, const std::optional<std::string>& departement, std::size_t limit) {
  std::string folded = fold_for_search(query);
  if (folded.size() > 100) return Error::invalid("Recherche trop longue.", "q");
  Lease conn = db_.acquire();
  std::string sql = std::string("SELECT code, name, departement_code, population FROM communes ") +
                    "WHERE kind IN " + kCurrentKinds + " AND (name_folded LIKE ? OR code LIKE ?)";
  std::vector<Value> params{folded + "%", query + "%"};
  if (departement) {
    sql += " AND departement_code = ?";
    params.emplace_back(*departement);
  }
  sql += " ORDER BY population DESC, code LIMIT ?";
  params.emplace_back(static_cast<std::int64_t>(limit));
  Rows rows = TRY(conn->query(sql, params));
  std::vector<Commune> out;
  for (const Row& r : rows) {
    out.push_back({r.text(0), r.text(1), r.optional_text(2), r.optional_integer(3)});
  }
  return out;
}

namespace {

// Rows of "SELECT code, name, departement_code, population FROM communes …" as communes.
Result<std::vector<Commune>> query_communes(Database& db, const std::string& sql,
                                            const std::vector<Value>& params) {
  Lease conn = db.acquire();
  Rows rows = TRY(conn->query(sql, params));
  std::vector<Commune> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back({r.text(0), r.text(1), r.optional_text(2), r.optional_integer(3)});
  return out;
}

}  // namespace

Result<std::vector<Commune>>
TerritoryService::communes_in(const std::vector<std::string>& departements) {
  std::string sql = "SELECT code, name, departement_code, population FROM communes WHERE kind = "
                    "'commune-actuelle'";
  std::vector<Value> params;
  if (!departements.empty()) {
    sql += " AND departement_code IN (";
    for (const auto& d : departements) {
      sql += params.empty() ? "?" : ", ?";
      params.emplace_back(d);
    }
    sql += ")";
  }
  sql += " ORDER BY code";
  return query_communes(db_, sql, params);
}

Result<std::vector<Commune>> TerritoryService::communes_by_population(const std::string& area,
                                                                      const std::string& code,
                                                                      std::int64_t min,
                                                                      std::int64_t max) {
  std::string sql = "SELECT code, name, departement_code, population FROM communes WHERE kind = "
                    "'commune-actuelle' AND population >= ?";
  std::vector<Value> params{min};
  if (max > 0) {
    sql += " AND population < ?";
    params.emplace_back(max);
  }
  if (area == "region" || area == "departement") {
    sql += area == "region" ? " AND region_code = ?" : " AND departement_code = ?";
    params.emplace_back(code);
  } else if (area != "france") {
    return Error::invalid("Zone de comparaison : region, departement ou france.", "area");
  }
  return query_communes(db_, sql, params);
}

Result<std::vector<Departement>> TerritoryService::departements() {
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query(
      "SELECT d.code, d.name, d.region_code, r.name FROM departements d LEFT JOIN regions r ON "
      "r.code = d.region_code ORDER BY d.code"));
  std::vector<Departement> out;
  for (const Row& r : rows)
    out.push_back({r.text(0), r.text(1), r.optional_text(2), r.optional_text(3)});
  return out;
}

}  // namespace vigie
