#pragma once

#include <functional>
#include <utility>

#include <boost/json/value.hpp>

#include "core/json_reader.h"
#include "core/sheet.h"
#include "http/message.h"

namespace vigie {

/// The JSON answer for a service result: `status` with `to_json(value)`, or the error.
template <typename T, typename F>
Response reply(const Result<T>& result, int status, F&& to_json) {
  if (!result) return error_response(result.error());
  return json_response(status, to_json(*result));
}

inline Response reply(const Result<void>& result) {
  return result ? no_content() : error_response(result.error());
}

/// A file to download: `body` as `content_type`, saved as `filename` (ASCII, no quotes).
Response attachment(std::string body, std::string content_type, const std::string& filename);
/// `response` (a JSON answer, say) saved as `filename` (ASCII, no quotes) rather than shown.
Response as_attachment(Response response, const std::string& filename);

/// `sheets` as a download named `base`.csv or `base`.xlsx by `format` ("csv", the default, takes
/// the first sheet; "xlsx" all of them). Errors: 400 "format" for another format; 500 when the
/// workbook cannot be written.
Response sheet_download(const Request& req, const std::vector<sheet::Sheet>& sheets,
                        const std::string& base);

/// True for `application/json`, optionally with `charset=utf-8` (any case, any spaces).
bool has_json_content_type(const Request& req);

/// The request's JSON body: the content type must be `application/json` (optionally with
/// `charset=utf-8`), the text strict JSON (`check_json_text`); 400 naming the field otherwise.
Result<boost::json::value> json_body(const Request& req);

/// Parses the body, runs `read(reader)`, and checks for unknown fields.
template <typename F>
Result<void> read_body(const Request& req, F&& read) {
  boost::json::value body = TRY(json_body(req));
  JsonReader in(body, "");
  read(in);
  return in.finish();
}

/// Runs `then(id)` with the `{id}` of the path, or answers its 404.
inline Response with_id(const Request& req, const std::function<Response(std::int64_t)>& then) {
  auto id = req.path_id("id");
  return id ? then(*id) : error_response(id.error());
}

}  // namespace vigie
