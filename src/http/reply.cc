#include "http/reply.h"

#include <algorithm>
#include <cctype>

namespace vigie {

bool has_json_content_type(const Request& req) {
  std::string type = req.header("content-type").value_or("");
  for (char& c : type)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::erase(type, ' ');
  return type == "application/json" || type == "application/json;charset=utf-8";
}

Result<boost::json::value> json_body(const Request& req) {
  if (!has_json_content_type(req)) {
    return Error::invalid("Le corps doit être du JSON en UTF-8 (Content-Type: application/json).",
                          "content-type");
  }
  return JsonReader::parse(req.body);
}

}  // namespace vigie
