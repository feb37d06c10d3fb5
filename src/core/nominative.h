#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// Passages of a text that look like information about a named person (a civility followed by
/// a name, a birth date, a telephone number, an e-mail address), each with a French warning.
/// A plenary's minutes must hold none; this only helps a person check before approving.
std::vector<std::string> nominative_hints(std::string_view text);

}  // namespace vigie
