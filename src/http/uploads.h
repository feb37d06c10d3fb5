#pragma once

#include <cstddef>
#include <string>

#include "core/result.h"
#include "http/message.h"

namespace vigie {

/// The largest file a request may carry: 10 MiB.
inline constexpr std::size_t kMaxUpload = std::size_t{10} * 1024 * 1024;

/// What a request sending a file as its raw body says of it.
struct Upload {
  std::string filename;    // as the user's system named it, checked
  std::string media_type;  // "application/pdf", from Content-Type (parameters dropped)
};

/// The file a request carries as its raw body, named by `?filename=` and typed by its
/// Content-Type. Errors (400): "file" when empty or over kMaxUpload; "filename" when missing,
/// over 200 bytes, or holding a control character, a slash, a backslash or a quote;
/// "content-type" when not of the form type/subtype.
Result<Upload> upload_of(const Request& req);

/// Stored bytes as a download under their own name (RFC 5987 `filename*`), served as their
/// type only for types a browser cannot run (PDF, PNG, JPEG, plain text, ODT, DOCX), as
/// application/octet-stream otherwise.
Response file_download(std::string bytes, const std::string& media_type,
                       const std::string& filename);

}  // namespace vigie
