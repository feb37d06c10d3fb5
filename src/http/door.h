#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/message.h"

namespace vigie {

/// What every request must be before any handler reads it: its decoded path, each query key and
/// value, and the headers Vigie reads, in well-formed UTF-8 without NUL or other control
/// characters. A 400 whose `field` names the part ("path", "query.filename",
/// "header.x-forwarded-for") otherwise.
Result<void> check_request_text(const Request& req);

/// The client's address. Behind a trusted proxy (the socket's peer is in `trusted`), the
/// rightmost X-Forwarded-For address that is not itself a trusted proxy — the left part of the
/// header is whatever the client wrote, so only what our proxies appended is believed (as nginx's
/// real_ip_recursive). Otherwise the socket's peer; "local" for in-process calls.
std::string client_address(const Request& req, const std::vector<std::string>& trusted);

/// A French HTML page for an error on a screen address (404 "Page introuvable"…), with a link
/// home: people following a stale link read a page, not JSON.
Response error_page(int status, std::string_view title, std::string_view message);

/// A fresh request id (16 hexadecimal digits, random) that a 500's body and the log both carry.
std::string new_request_id();

}  // namespace vigie
