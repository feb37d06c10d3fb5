#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "core/result.h"

namespace vigie {

/// An HTTP request as the application sees it: decoded path, query, lower-case header names.
struct Request {
  std::string method;
  std::string path;
  std::string target;
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;
  std::map<std::string, std::string> path_params;  // filled by the router
  std::string route;                               // the matched pattern, for logs
  std::string body;
  bool secure = false;  // served over TLS (or behind a TLS proxy that says so)
  std::string remote;   // the peer's address, for the follow-up journal ("from where")

  std::optional<std::string> header(const std::string& lower_name) const;
  std::optional<std::string> cookie(const std::string& name) const;
  std::optional<std::string> query_param(const std::string& name) const;
  /// A numeric id from the path ("/actions/{id}"), or a 404 when it is not a positive integer.
  Result<std::int64_t> path_id(const std::string& name) const;
  /// An optional positive integer from the query string, or a 400 naming the parameter.
  Result<std::optional<std::int64_t>> query_id(const std::string& name) const;
  /// An optional year from the query string ("?year=2025"): four digits from 2000 to 2100, or a
  /// 400 naming the parameter. Absent or empty: none.
  Result<std::optional<int>> query_year(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

Response json_response(int status, const boost::json::value& body);
Response error_response(const Error& error);
Response no_content();

/// Parses an origin-form request target into path and query; false when malformed.
bool parse_target(const std::string& target, Request& request);

}  // namespace vigie
