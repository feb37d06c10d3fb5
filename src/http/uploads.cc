// Files sent and fetched as raw bodies (meeting attachments, a dispositif's documents).
#include "http/uploads.h"

#include <array>
#include <cctype>

namespace vigie {

namespace {

// A file name as the user's system gave it, without anything a path or a header could abuse.
Result<std::string> clean_filename(const std::optional<std::string>& raw) {
  if (!raw || raw->empty() || raw->size() > 200) {
    return Error::invalid("Nom de fichier manquant ou trop long (200 caractères au plus).",
                          "filename");
  }
  for (unsigned char c : *raw) {
    if (c < 0x20 || c == '/' || c == '\\' || c == '"' || c == 0x7F) {
      return Error::invalid("Nom de fichier invalide.", "filename");
    }
  }
  return *raw;
}

Result<std::string> media_type_of(const Request& req) {
  std::string type = req.header("content-type").value_or("application/octet-stream");
  type = type.substr(0, type.find(';'));
  auto slash = type.find('/');
  if (type.size() > 100 || slash == std::string::npos || slash == 0 || slash + 1 == type.size()) {
    return Error::invalid("Type de fichier invalide.", "content-type");
  }
  return type;
}

// Served as its own type only when a browser cannot run it; otherwise as bytes.
std::string served_type(const std::string& type) {
  static constexpr std::array<const char*, 6> kSafe{
      "application/pdf",
      "image/png",
      "image/jpeg",
      "text/plain",
      "application/vnd.oasis.opendocument.text",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
  for (const char* safe : kSafe) {
    if (type == safe) return type;
  }
  return "application/octet-stream";
}

std::string percent_encode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

Result<Upload> upload_of(const Request& req) {
  if (req.body.size() > kMaxUpload) {
    return Error::invalid("Fichier trop volumineux (10 Mio au plus).", "file");
  }
  if (req.body.empty()) return Error::invalid("Fichier vide.", "file");
  return Upload{TRY(clean_filename(req.query_param("filename"))), TRY(media_type_of(req))};
}

Response file_download(std::string bytes, const std::string& media_type,
                       const std::string& filename) {
  Response out;
  out.content_type = served_type(media_type);
  out.headers.emplace_back("Content-Disposition",
                           "attachment; filename*=UTF-8''" + percent_encode(filename));
  out.body = std::move(bytes);
  return out;
}

}  // namespace vigie
