#pragma once

#include <filesystem>
#include <optional>

#include "http/message.h"

namespace vigie {

/// Serves the built web front end. Never leaves `root`; unknown paths without an extension get
/// index.html (client-side routes); hashed assets are cached for a year, the rest revalidated.
class StaticFiles {
 public:
  explicit StaticFiles(const std::filesystem::path& root);
  std::optional<Response> serve(const Request& request) const;

 private:
  std::filesystem::path root_;
};

std::string mime_type(const std::filesystem::path& path);

}  // namespace vigie
