#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "http/message.h"

namespace vigie {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (tests)
  int threads = 2;             // one event loop each
  std::size_t header_limit = std::size_t{16} * 1024;
  std::size_t body_limit = std::size_t{16} * 1024 * 1024;
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds shutdown_grace{10};
};

/// Called on the event loop thread for each complete request.
using RequestHandler = std::function<Response(Request&)>;

/// An HTTP/1.1 server on Boost.Beast: one event loop per thread, keep-alive, size limits,
/// timeouts, and a graceful stop in which requests in flight finish.
class Server {
 public:
  Server(ServerOptions options, RequestHandler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds and listens; returns the bound port.
  Result<unsigned short> listen();
  /// Serves until stop() (or SIGTERM/SIGINT when `handle_signals`), then returns.
  void run(bool handle_signals);
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigie
