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

constexpr const char* kUnavailable =
    "La base de données est momentanément indisponible : réessayez dans un instant.";

// The server went away (connection lost, shut down, promoted elsewhere: this one is now a
// read-only standby). The request fails with 503, the balancer or the user tries again, and the
// connection is re-opened before its next use — towards the new primary, when the URL names
// several hosts with target_session_attrs=read-write.
bool transient(const std::string& code, pg_conn* conn) {
  return PQstatus(conn) == CONNECTION_BAD || code.starts_with("08") || code == "57P01" ||
         code == "57P02" || code == "57P03" || code == "25006";
}

Error error_from(PGresult* result, pg_conn* conn, std::string_view context, bool& reopen) {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string code = state != nullptr ? state : "";
  if (transient(code, conn)) {
    reopen = true;
    return Error::busy(kUnavailable);
  }
  if (code == "23505") return Error::conflict("Un enregistrement identique existe déjà.");
  if (code == "23503") return Error::conflict("L'enregistrement est lié à d'autres données.");
  return Error::internal(std::string(context) + " : " + PQerrorMessage(conn));
}

constexpr const char* kSessionSettings =
    "SET client_encoding = 'UTF8'; SET client_min_messages = warning";

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
  TRY_VOID(pg->execute_script(kSessionSettings));
  return std::unique_ptr<Connection>(std::move(pg));
}

void PostgresConnection::revive() {
  // Never inside a transaction: its remaining statements would run outside it.
  if (in_transaction_ || (!reopen_ && PQstatus(conn_) != CONNECTION_BAD)) return;
  PQreset(conn_);
  if (PQstatus(conn_) != CONNECTION_OK) return;  // the next statement says so
  reopen_ = false;
  PgResult result(PQexec(conn_, kSessionSettings));
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

Result<Rows> PostgresConnection::query(std::string_view sql, std::span<const Value> params) {
  revive();
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
    return error_from(result.get(), conn_, "requête SQL", reopen_);
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
  revive();
  std::string text(sql);
  PgResult result(PQexec(conn_, text.c_str()));
  ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return error_from(result.get(), conn_, "script SQL", reopen_);
  }
  return success();
}

Result<void> PostgresConnection::begin() {
  TRY_VOID(execute_script("BEGIN"));
  in_transaction_ = true;
  return success();
}

Result<void> PostgresConnection::commit() {
  if (reopen_ || PQstatus(conn_) == CONNECTION_BAD) {
    in_transaction_ = false;  // the server was lost meanwhile: nothing of it was committed
    return Error::busy(kUnavailable);
  }
  auto committed = execute_script("COMMIT");
  in_transaction_ = false;
  return committed;
}

void PostgresConnection::rollback() {
  in_transaction_ = false;
  if (PQtransactionStatus(conn_) != PQTRANS_IDLE && PQstatus(conn_) == CONNECTION_OK) {
    (void)execute_script("ROLLBACK");
  }
}

}  // namespace vigie
