// The demo's GENERATED files, one loop for every kind; see demo_files.h.
#include "cli/demo_files.h"

#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "core/json_locate.h"

namespace vigie::cli {
namespace fs = std::filesystem;

int load_generated_files(const std::string& dir, const std::string& prefix,
                         const std::string& loaded, const std::string& present,
                         const std::function<Result<bool>(const boost::json::value&)>& apply) {
  std::error_code ec;
  fs::directory_iterator files(dir, ec);
  if (ec) return fail(Error::invalid("Dossier illisible : " + ec.message(), "evaluation"), dir);
  for (const auto& entry : files) {
    const fs::path& file = entry.path();
    if (!file.filename().string().starts_with(prefix)) continue;
    std::string text;
    std::optional<int> line;
    auto doc = read_json_file(file, text, line);
    if (!doc) return fail(doc.error(), file.string(), line);
    auto applied = apply(*doc);
    if (!applied) {
      if (applied.error().field) line = locate_json_path(text, *applied.error().field);
      return fail(applied.error(), file.string(), line);
    }
    std::cerr << (*applied ? loaded : present) << " : " << file.filename().string() << "\n";
  }
  return 0;
}

}  // namespace vigie::cli
