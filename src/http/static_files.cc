#include "http/static_files.h"

#include <fstream>
#include <map>
#include <sstream>

namespace vigie {
namespace fs = std::filesystem;

std::string mime_type(const fs::path& path) {
  static const std::map<std::string, std::string> kTypes{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  auto found = kTypes.find(path.extension().string());
  return found == kTypes.end() ? "application/octet-stream" : found->second;
}

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  root_ = fs::weakly_canonical(root, ec);
}

namespace {
std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}
}  // namespace

std::optional<Response> StaticFiles::serve(const Request& request) const {
  if (request.method != "GET" && request.method != "HEAD") return std::nullopt;
  if (root_.empty()) return std::nullopt;
  fs::path relative = fs::path(request.path).relative_path();
  for (const auto& part : relative) {
    if (part == ".." || part == ".") return std::nullopt;
  }
  std::error_code ec;
  fs::path file = fs::weakly_canonical(root_ / relative, ec);
  if (ec) return std::nullopt;
  // Symbolic links could still point outside: compare canonical prefixes.
  auto [root_end, unused] = std::mismatch(root_.begin(), root_.end(), file.begin(), file.end());
  if (root_end != root_.end()) return std::nullopt;
  if (fs::is_directory(file, ec)) file /= "index.html";
  bool asset = relative.begin() != relative.end() && *relative.begin() == "assets";
  // One HTML file per screen and no client-side router: an unknown address is a 404.
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  auto content = read_file(file);
  if (!content) return std::nullopt;
  Response r;
  r.content_type = mime_type(file);
  r.body = std::move(*content);
  r.headers.emplace_back("Cache-Control",
                         asset ? "public, max-age=31536000, immutable" : "no-cache");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return r;
}

}  // namespace vigie
