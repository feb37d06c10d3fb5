#pragma once

#include <string>
#include <string_view>

namespace vigie {

/// French words for the governance's stored codes in documents (the web has its own, in
/// web/src/i18n/fr.ts): a member's role ("président", lower case as it follows a name) and a
/// decision's status ("À faire"). An unknown code is returned as it is.
std::string member_role_label(std::string_view role);
std::string decision_status_label(std::string_view status);

}  // namespace vigie
