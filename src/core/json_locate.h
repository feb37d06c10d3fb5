#pragma once

#include <optional>
#include <string_view>

namespace vigie {

/// The 1-based line where the value at `path` ("actions[3].title", "" for the root) begins in
/// a JSON text, so that a CLI error can say "file:line"; nullopt when the path is not there.
/// For a missing key, the line of the object that should hold it.
std::optional<int> locate_json_path(std::string_view text, std::string_view path);

/// The 1-based line of a byte offset.
int line_of_offset(std::string_view text, std::size_t offset);

}  // namespace vigie
