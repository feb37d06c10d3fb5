// PostgresConnection::bulk_writer: COPY FROM STDIN in text format, sent in 256 KiB pieces.
#include <charconv>

#include <libpq-fe.h>

#include "store/postgres/postgres_connection.h"

namespace vigie {
namespace {

constexpr std::size_t kSend = std::size_t{256} * 1024;

// COPY's text format: backslash escapes for the characters that delimit fields and rows.
void append_escaped(std::string& out, const std::string& text) {
  for (char c : text) {
    switch (c) {
    case '\\': out += "\\\\"; break;
    case '\t': out += "\\t"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    default: out += c;
    }
  }
}

void append_value(std::string& out, const Value& v) {
  char digits[32];
  if (const auto* n = std::get_if<std::int64_t>(&v)) {
    out.append(digits, std::to_chars(digits, digits + sizeof digits, *n).ptr);
  } else if (const auto* d = std::get_if<double>(&v)) {
    out.append(digits, std::to_chars(digits, digits + sizeof digits, *d).ptr);  // round-trips
  } else if (const auto* s = std::get_if<std::string>(&v)) {
    append_escaped(out, *s);
  } else {
    out += "\\N";
  }
}

class PostgresCopyWriter final : public BulkWriter {
 public:
  explicit PostgresCopyWriter(pg_conn* conn) : conn_(conn) {}
  ~PostgresCopyWriter() override {
    if (open_) {  // abandoned: abort the COPY; the caller rolls the transaction back
      PQputCopyEnd(conn_, "chargement abandonné");
      while (PGresult* r = PQgetResult(conn_))
        PQclear(r);
    }
  }
  PostgresCopyWriter(const PostgresCopyWriter&) = delete;
  PostgresCopyWriter& operator=(const PostgresCopyWriter&) = delete;

  Result<void> add(std::span<const Value> row) override {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) buffer_ += '\t';
      append_value(buffer_, row[i]);
    }
    buffer_ += '\n';
    return buffer_.size() >= kSend ? send() : success();
  }

  Result<void> finish() override {
    TRY_VOID(send());
    open_ = false;
    if (PQputCopyEnd(conn_, nullptr) != 1) return failure(nullptr);
    Result<void> outcome = success();
    while (PGresult* r = PQgetResult(conn_)) {
      if (PQresultStatus(r) != PGRES_COMMAND_OK && outcome.ok()) outcome = failure(r);
      PQclear(r);
    }
    return outcome;
  }

 private:
  Result<void> send() {
    if (!buffer_.empty() &&
        PQputCopyData(conn_, buffer_.data(), static_cast<int>(buffer_.size())) != 1) {
      return failure(nullptr);
    }
    buffer_.clear();
    return success();
  }

  Error failure(PGresult* r) {
    const char* state = r != nullptr ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    if (state != nullptr && std::string_view(state) == "23505") {
      return Error::conflict("Un enregistrement identique existe déjà.");
    }
    return Error::internal(std::string("COPY : ") + PQerrorMessage(conn_));
  }

  pg_conn* conn_;
  std::string buffer_;
  bool open_ = true;
};

}  // namespace

Result<std::unique_ptr<BulkWriter>>
PostgresConnection::bulk_writer(std::string_view table, const std::vector<std::string>& columns) {
  std::string sql = "COPY " + std::string(table) + " (";
  for (std::size_t i = 0; i < columns.size(); ++i)
    sql += (i > 0 ? ", " : "") + columns[i];
  sql += ") FROM STDIN";
  PGresult* r = PQexec(conn_, sql.c_str());
  bool ready = PQresultStatus(r) == PGRES_COPY_IN;
  PQclear(r);
  if (!ready) return Error::internal(std::string("COPY : ") + PQerrorMessage(conn_));
  return std::unique_ptr<BulkWriter>(std::make_unique<PostgresCopyWriter>(conn_));
}

}  // namespace vigie
