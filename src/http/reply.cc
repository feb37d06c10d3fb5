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

Response as_attachment(Response response, const std::string& filename) {
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return response;
}

Response attachment(std::string body, std::string content_type, const std::string& filename) {
  Response out;
  out.content_type = std::move(content_type);
  out.body = std::move(body);
  return as_attachment(std::move(out), filename);
}

Response sheet_download(const Request& req, const std::vector<sheet::Sheet>& sheets,
                        const std::string& base) {
  std::string format = req.query_param("format").value_or("csv");
  if (format == "csv" && !sheets.empty()) {
    return attachment(sheet::to_csv(sheets.front()), "text/csv; charset=utf-8", base + ".csv");
  }
  if (format != "xlsx") return error_response(Error::invalid("Format : csv ou xlsx.", "format"));
  auto bytes = sheet::to_xlsx(sheets);
  if (!bytes) return error_response(bytes.error());
  return attachment(std::move(*bytes),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    base + ".xlsx");
}

Result<boost::json::value> json_body(const Request& req) {
  if (!has_json_content_type(req)) {
    return Error::invalid("Le corps doit être du JSON en UTF-8 (Content-Type: application/json).",
                          "content-type");
  }
  return JsonReader::parse(req.body);
}

}  // namespace vigie
