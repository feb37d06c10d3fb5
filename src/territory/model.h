#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigie {

struct Commune {
  std::string code;  // INSEE
  std::string name;
  std::optional<std::string> departement_code;
  std::optional<std::int64_t> population;
};

struct Departement {
  std::string code;
  std::string name;
  std::optional<std::string> region_code;
  std::optional<std::string> region_name;
};

/// The area one council covers: a CLSPD (one commune) or a CISPD (several).
struct Territory {
  std::int64_t id = 0;
  std::string name;
  std::string kind;  // "clspd" | "cispd"
  std::vector<Commune> communes;
};

}  // namespace vigie
