#include "store/installation.h"

#include <sodium.h>

namespace vigie {

Result<std::string> installation_id(Connection& conn) {
  Rows rows = TRY(conn.query("SELECT id FROM installation WHERE singleton = 1"));
  if (!rows.empty()) return rows[0].text(0);
  unsigned char bytes[16];
  randombytes_buf(bytes, sizeof bytes);
  char hex[sizeof bytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  // Two servers asking at once: the first insert wins and both read it back.
  TRY(conn.query("INSERT INTO installation (singleton, id) VALUES (1, ?) ON CONFLICT (singleton) "
                 "DO NOTHING",
                 {std::string(hex)}));
  rows = TRY(conn.query("SELECT id FROM installation WHERE singleton = 1"));
  return rows.at(0).text(0);
}

}  // namespace vigie
