#pragma once

#include <span>
#include <string_view>

namespace vigie {

/// About 2,800 first names as written (capitalised, accented, compound: "Jean-Claude"): the
/// entries tagged "po:prn" in Dicollecte's French dictionary (Debian hunspell-fr-classical,
/// MPL 2.0), embedded at build time.
std::span<const std::string_view> first_names();

}  // namespace vigie
