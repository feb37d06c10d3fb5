#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// Passages of a text that look like information about a named person, each with a French
/// warning: a civility followed by a name, a first name of the dictionary (core/first_names.h)
/// beside a capitalised word ("Jean Dupont", "DUPONT Jean"), a birth date, a telephone number,
/// an e-mail address, a postal address ("12 bis rue des Lilas", "04100 Manosque"). At most 20.
/// A plenary's minutes must hold none; this only helps a person check before approving.
std::vector<std::string> nominative_hints(std::string_view text);

}  // namespace vigie
