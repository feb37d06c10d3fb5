#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/message.h"

namespace vigie {

struct Actor;

using Handler = std::function<Response(const Request&, const Actor&)>;

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/actions/{id}"
  Handler handler;
};

/// Maps method and path to a handler. Patterns are literal segments and `{name}` parameters.
class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler);
  /// The route for this request, with its path parameters filled in; nullptr when none.
  /// `path_known` tells a 405 (path exists with another method) from a 404.
  const Route* match(Request& request, bool& path_known) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace vigie
