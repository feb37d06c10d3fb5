#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace vigie {

/// One line of a territory's audit journal: who did or read what, and when.
struct JournalEntry {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string at;  // UTC timestamp
  std::int64_t user_id = 0;
  std::string user_login;
  std::string event;    // "cellule_urgence.activation", "confidentiel.lecture"...
  std::string subject;  // what it is about, e.g. "reunion:12/compte_rendu"
  std::optional<std::string> detail;
};

}  // namespace vigie
