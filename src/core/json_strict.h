#pragma once

#include <string>
#include <string_view>

#include <boost/system/error_code.hpp>

#include "core/result.h"

namespace vigie {

/// Checks a JSON text before it is read: syntax (RFC 8259), UTF-8, no duplicate key in an
/// object (RFC 8259 §4 leaves their meaning open, so two readers could see different values),
/// no NUL character in a string or key (C strings, libpq among them, would cut the text there).
/// Errors: 400 whose `field` is the path of the offending value ("members[2].name"; "" for the
/// document). Nesting deeper than 32 levels is refused.
Result<void> check_json_text(std::string_view text);

/// What went wrong in a JSON text, in French (Boost.JSON's own messages are English): "le texte
/// s'arrête avant la fin…", "n'est pas en UTF-8", or a syntax error with the usual culprits.
/// `text` is the whole text read (for its UTF-8 check).
std::string json_syntax_problem(const boost::system::error_code& ec, std::string_view text);

}  // namespace vigie
