#pragma once

#include <string>

#include "core/result.h"
#include "store/connection.h"

namespace vigie {

/// This installation's identity: 32 lower-case hexadecimal digits drawn at random (libsodium) the
/// first time it is asked for, then the same for the life of the database. Two installations —
/// a test and a production one, or two communes — never share it.
Result<std::string> installation_id(Connection& conn);

}  // namespace vigie
