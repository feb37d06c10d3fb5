#include "store/postgres/postgres_connection.h"

#include <vector>

#include <libpq-fe.h>

namespace vigie {
namespace {

// Type OIDs from PostgreSQL's catalog (pg_type.h is not part of libpq's public headers).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

Error error_from(PGresult* result, pg_conn* conn, std::string_view context) {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string code = state != nullptr ? state : "";
  if (code == "23505") return Error::conflict("Un enregistrement identique existe déjà.");
  if (code == "23503") return Error::conflict("L'enregistrement est lié à d'autres données.");
  return Error::internal(std::string(context) + " : " + PQerrorMessage(conn));
}

Value column(PGresult* result, int row, int col) {
  if (PQgetisnull(result, row, col) != 0) return std::monostate{};
  const char* text = PQgetvalue(result, row, col);
  switch (PQftype(result, col)) {
  case kInt2:
  case kInt4:
  case kInt8: return static_cast<std::int64_t>(std::stoll(text));
  case kFloat4:
  case kFloat8:
  case kNumeric: return std::stod(text);
  case kBool: return static_cast<std::int64_t>(text[0] == 't' ? 1 : 0);
  default: return std::string(text, static_cast<std::size_t>(PQgetlength(result, row, col)));
  }
}

}  // namespace

std::string to_postgres_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote != 0) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$' + std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

Result<std::unique_ptr<Connection>> PostgresConnection::open(const std::string& url) {
  pg_conn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    return Error::internal("Connexion PostgreSQL impossible : " + message);
  }
  std::unique_ptr<PostgresConnection> pg(new PostgresConnection(conn));
  TRY_VOID(pg->execute_script("SET client_encoding = 'UTF8'; SET client_min_messages = warning"));
  return std::unique_ptr<Connection>(std::move(pg));
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

Result<Rows> PostgresConnection::query(std::string_view sql, std::span<const Value> params) {
  std::string text = to_postgres_placeholders(sql);
  std::vector<std::string> storage(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    const Value& v = params[i];
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
      storage[i] = std::to_string(*n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%.17g", *d);
      storage[i] = buffer;
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      storage[i] = *s;
    } else {
      continue;
    }
    values[i] = storage[i].c_str();
  }
  PgResult result(PQexecParams(conn_, text.c_str(), static_cast<int>(params.size()), nullptr,
                               values.data(), nullptr, nullptr, 0));
  ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return error_from(result.get(), conn_, "requête SQL");
  }
  Rows rows;
  int n_rows = PQntuples(result.get());
  int n_cols = PQnfields(result.get());
  rows.reserve(static_cast<std::size_t>(n_rows));
  for (int r = 0; r < n_rows; ++r) {
    std::vector<Value> row;
    row.reserve(static_cast<std::size_t>(n_cols));
    for (int c = 0; c < n_cols; ++c)
      row.push_back(column(result.get(), r, c));
    rows.emplace_back(std::move(row));
  }
  return rows;
}

Result<void> PostgresConnection::execute_script(std::string_view sql) {
  std::string text(sql);
  PgResult result(PQexec(conn_, text.c_str()));
  ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return error_from(result.get(), conn_, "script SQL");
  }
  return success();
}

Result<void> PostgresConnection::begin() {
  // A connection broken by a server restart is re-opened at the start of the next unit of work.
  if (PQstatus(conn_) == CONNECTION_BAD) PQreset(conn_);
  return execute_script("BEGIN");
}

Result<void> PostgresConnection::commit() { return execute_script("COMMIT"); }

void PostgresConnection::rollback() {
  if (PQtransactionStatus(conn_) != PQTRANS_IDLE) (void)execute_script("ROLLBACK");
}

}  // namespace vigie
