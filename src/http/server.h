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
  int threads = 2;             // one event loop each: reading and writing only
  /// Threads that run the handler, so that a slow request (an import, a report, a password
  /// check waiting for its pool) never holds an event loop. 0 runs handlers on the event loop
  /// itself, as Vigie did before issue 12: kept only so that bench/ can compare.
  int workers = 8;
  std::size_t header_limit = std::size_t{16} * 1024;
  std::size_t body_limit = std::size_t{16} * 1024 * 1024;
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds shutdown_grace{10};
};

/// Called on a worker thread (see ServerOptions::workers) for each complete request.
using RequestHandler = std::function<Response(Request&)>;

/// An HTTP/1.1 server on Boost.Beast: event loops that only read and write, handlers on a pool
/// of workers, keep-alive, size limits, timeouts, a back-off when descriptors run out, and a
/// graceful stop in which requests in flight finish.
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
