#include "http/router.h"

#include <string_view>

namespace vigie {
namespace {

std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> parts;
  while (!path.empty()) {
    if (path.front() == '/') path.remove_prefix(1);
    std::size_t end = path.find('/');
    parts.push_back(path.substr(0, end));
    if (end == std::string_view::npos) break;
    path.remove_prefix(end);
  }
  return parts;
}

bool matches(const std::string& pattern, const std::string& path,
             std::map<std::string, std::string>& params) {
  auto want = split(pattern);
  auto have = split(path);
  if (want.size() != have.size()) return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}') {
      if (have[i].empty()) return false;
      found[std::string(want[i].substr(1, want[i].size() - 2))] = std::string(have[i]);
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler) {
  routes_.push_back({std::move(method), std::move(pattern), std::move(handler)});
}

const Route* Router::match(Request& request, bool& path_known) const {
  path_known = false;
  for (const Route& route : routes_) {
    std::map<std::string, std::string> params;
    if (!matches(route.pattern, request.path, params)) continue;
    path_known = true;
    if (route.method != request.method) continue;
    request.path_params = std::move(params);
    request.route = route.pattern;
    return &route;
  }
  return nullptr;
}

}  // namespace vigie
