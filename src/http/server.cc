#include "http/server.h"

#include <chrono>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>

namespace vigie {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {

class Connection;

/// Connections alive, so that stop() can close the idle ones and let busy ones finish.
class Registry {
 public:
  void add(const std::shared_ptr<Connection>& c) {
    std::lock_guard lock(mutex_);
    all_.insert(c);
  }
  void remove(const std::shared_ptr<Connection>& c) {
    std::lock_guard lock(mutex_);
    all_.erase(c);
  }
  std::vector<std::shared_ptr<Connection>> snapshot() {
    std::lock_guard lock(mutex_);
    return {all_.begin(), all_.end()};
  }

 private:
  std::mutex mutex_;
  std::set<std::shared_ptr<Connection>> all_;
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, const ServerOptions& options, RequestHandler& handler,
             Registry& registry, std::atomic<bool>& stopping, asio::thread_pool* workers)
      : stream_(std::move(socket)), options_(options), handler_(handler), registry_(registry),
        stopping_(stopping), workers_(workers) {}

  void start() {
    registry_.add(shared_from_this());
    read();
  }

  /// Called through the connection's executor when the server stops.
  void shutdown() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->close();
    });
  }

 private:
  void read() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(options_.header_limit));
    parser_->body_limit(options_.body_limit);
    stream_.expires_after(options_.read_timeout);
    bhttp::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      return reply_error(413, "too_large",
                         "Fichier trop gros : au plus " +
                             std::to_string(options_.body_limit / (std::size_t{1024} * 1024)) +
                             " Mo par envoi (un fichier .csv se compresse en .gz, ou se découpe).");
    }
    if (ec == bhttp::error::header_limit)
      return reply_error(431, "too_large", "Les en-têtes sont trop gros.");
    // A request that arrived but does not parse gets an answer; a closed or idle one does not.
    const auto& http_errors = beast::error_code(bhttp::error::end_of_stream).category();
    if (ec && ec.category() == http_errors && ec != bhttp::error::end_of_stream &&
        parser_->got_some()) {
      return reply_error(400, "invalid", "Requête HTTP invalide.");
    }
    if (ec) return close();
    busy_ = true;
    auto message = parser_->release();
    Request request;
    request.method = std::string(message.method_string());
    for (const auto& field : message) {
      std::string name(field.name_string());
      for (char& c : name)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      request.headers[name] = std::string(field.value());
    }
    request.body = std::move(message.body());
    beast::error_code peer_error;
    auto peer = stream_.socket().remote_endpoint(peer_error);
    if (!peer_error) request.remote = peer.address().to_string();
    std::string target(message.target());
    bool keep_alive = message.keep_alive();
    if (workers_ == nullptr) return respond(request, target, keep_alive);
    asio::post(*workers_,
               [self = shared_from_this(), request = std::move(request), target = std::move(target),
                keep_alive]() mutable { self->respond(request, target, keep_alive); });
  }

  // On a worker: the handler runs here, the write goes back to the connection's event loop.
  void respond(Request& request, const std::string& target, bool keep_alive) {
    Response response;
    if (!parse_target(target, request)) {
      response = error_response(Error::invalid("Adresse de requête invalide.", "target"));
    } else {
      response = handler_(request);
    }
    bool head = request.method == "HEAD";
    asio::post(stream_.get_executor(), [self = shared_from_this(), response = std::move(response),
                                        keep_alive, head]() mutable {
      self->write(std::move(response), keep_alive && !self->stopping_, head);
    });
  }

  void reply_error(int status, const char* code, const std::string& message) {
    busy_ = true;
    Response r = json_response(
        status,
        boost::json::object{{"error", {{"code", code}, {"message", message}, {"field", nullptr}}}});
    write(std::move(r), false, false);
  }

  void write(Response response, bool keep_alive, bool head) {
    auto out = std::make_shared<bhttp::response<bhttp::string_body>>();
    out->result(static_cast<unsigned>(response.status));
    out->version(11);
    out->set(bhttp::field::server, "Vigie");
    if (!response.content_type.empty()) out->set(bhttp::field::content_type, response.content_type);
    for (auto& [name, value] : response.headers)
      out->insert(name, value);
    out->keep_alive(keep_alive);
    std::size_t length = response.body.size();
    if (!head) out->body() = std::move(response.body);
    out->content_length(length);
    stream_.expires_after(options_.write_timeout);
    bhttp::async_write(
        stream_, *out,
        [self = shared_from_this(), out, keep_alive](beast::error_code ec, std::size_t) {
          self->busy_ = false;
          if (ec || !keep_alive || self->stopping_) return self->close();
          self->read();
        });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
    registry_.remove(shared_from_this());
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  const ServerOptions& options_;
  RequestHandler& handler_;
  Registry& registry_;
  std::atomic<bool>& stopping_;
  asio::thread_pool* workers_;  // null: handlers on the event loop (bench comparison only)
  std::atomic<bool> busy_ = false;
};

}  // namespace

struct Server::Impl {
  Impl(ServerOptions o, RequestHandler h)
      : options(std::move(o)), handler(std::move(h)), acceptor(main_loop) {
    if (options.workers > 0) workers.emplace(static_cast<std::size_t>(options.workers));
    for (int i = 0; i < std::max(1, options.threads); ++i) {
      loops.push_back(std::make_unique<asio::io_context>(1));
      // A loop makes its reactor (an eventfd, an epoll descriptor) with its first socket: do it
      // now, not at the first accept, which may come while descriptors are exhausted.
      tcp::socket warm(*loops.back());
    }
  }

  void accept() {
    asio::io_context& target = *loops[next_loop++ % loops.size()];
    acceptor.async_accept(target, [this](beast::error_code ec, tcp::socket socket) {
      if (ec) {
        if (stopping) return;
        // Out of descriptors (or kernel buffers): the pending connection stays in the backlog
        // and accepting again at once would spin a core. Wait a little, then try again.
        if (ec == asio::error::no_descriptors || ec == asio::error::no_buffer_space ||
            ec == asio::error::no_memory ||
            ec == boost::system::errc::too_many_files_open_in_system) {
          backoff.expires_after(std::chrono::milliseconds(50));
          backoff.async_wait([this](beast::error_code waited) {
            if (!waited && !stopping) accept();
          });
          return;
        }
        accept();
        return;
      }
      std::make_shared<Connection>(std::move(socket), options, handler, registry, stopping,
                                   workers ? &*workers : nullptr)
          ->start();
      accept();
    });
  }

  ServerOptions options;
  RequestHandler handler;
  std::optional<asio::thread_pool> workers;
  asio::io_context main_loop{1};
  std::vector<std::unique_ptr<asio::io_context>> loops;
  tcp::acceptor acceptor;
  asio::steady_timer backoff{main_loop};
  Registry registry;
  std::atomic<bool> stopping{false};
  std::size_t next_loop = 0;
};

Server::Server(ServerOptions options, RequestHandler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

Server::~Server() = default;

Result<unsigned short> Server::listen() {
  beast::error_code ec;
  auto address = asio::ip::make_address(impl_->options.address, ec);
  if (ec) return Error::invalid("Adresse d'écoute invalide : " + impl_->options.address, "address");
  tcp::endpoint endpoint(address, impl_->options.port);
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return Error::internal("Impossible d'écouter sur " + impl_->options.address + ":" +
                           std::to_string(impl_->options.port) + " : " + ec.message());
  }
  return acceptor.local_endpoint().port();
}

void Server::run(bool handle_signals) {
  Impl& s = *impl_;
  asio::signal_set signals(s.main_loop);
  if (handle_signals) {
    signals.add(SIGTERM);
    signals.add(SIGINT);
    signals.async_wait([this](beast::error_code ec, int) {
      if (!ec) stop();
    });
  }
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> guards;
  std::vector<std::thread> threads;
  for (auto& loop : s.loops) {
    guards.push_back(asio::make_work_guard(*loop));
    threads.emplace_back([&loop] { loop->run(); });
  }
  s.accept();
  s.main_loop.run();  // returns once the acceptor is closed and signals are cancelled
  // Idle connections are closed now; busy ones close after their response is written.
  for (auto& c : s.registry.snapshot())
    c->shutdown();
  guards.clear();
  auto deadline = std::chrono::steady_clock::now() + s.options.shutdown_grace;
  while (!s.registry.snapshot().empty() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  for (auto& loop : s.loops)
    loop->stop();
  for (auto& t : threads)
    t.join();
  if (s.workers) s.workers->join();
}

void Server::stop() {
  Impl& s = *impl_;
  asio::post(s.main_loop, [&s] {
    s.stopping = true;
    beast::error_code ignored;
    s.acceptor.close(ignored);
    s.backoff.cancel();
    s.main_loop.stop();
  });
}

}  // namespace vigie
