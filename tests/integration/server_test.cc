// The Beast server over real loopback sockets, port chosen by the system.
#include <future>
#include <thread>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <sys/resource.h>
#include <unistd.h>

#include "http/server.h"
#include "support/api_client.h"

namespace vigie::test {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {

/// A server on its own thread for the length of a test.
class RunningServer {
 public:
  RunningServer(RequestHandler handler, ServerOptions options = {}) {
    options.port = 0;
    server_ = std::make_unique<Server>(options, std::move(handler));
    port_ = server_->listen().value();
    thread_ = std::thread([this] { server_->run(false); });
  }
  ~RunningServer() { stop(); }
  void stop() {
    if (thread_.joinable()) {
      server_->stop();
      thread_.join();
    }
  }
  unsigned short port() const { return port_; }

 private:
  std::unique_ptr<Server> server_;
  unsigned short port_ = 0;
  std::thread thread_;
};

class Client {
 public:
  explicit Client(unsigned short port) : stream_(ioc_) {
    stream_.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  }
  bhttp::response<bhttp::string_body> send(bhttp::request<bhttp::string_body> req) {
    req.prepare_payload();
    bhttp::write(stream_, req);
    bhttp::response<bhttp::string_body> res;
    bhttp::read(stream_, buffer_, res);
    return res;
  }
  bhttp::response<bhttp::string_body> get(const std::string& target,
                                          const std::string& cookie = "") {
    bhttp::request<bhttp::string_body> req{bhttp::verb::get, target, 11};
    req.set(bhttp::field::host, "127.0.0.1");
    if (!cookie.empty()) req.set(bhttp::field::cookie, cookie);
    return send(std::move(req));
  }

 private:
  asio::io_context ioc_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
};

Response hello(Request& req) {
  Response r;
  r.content_type = "text/plain";
  r.body = "bonjour " + req.path;
  return r;
}

}  // namespace

TEST(HttpServer, keeps_the_connection_alive_between_requests) {
  RunningServer server(hello);
  Client client(server.port());
  auto first = client.get("/un");
  auto second = client.get("/deux");
  EXPECT_EQ(first.body(), "bonjour /un");
  EXPECT_EQ(second.body(), "bonjour /deux");
  EXPECT_TRUE(second.keep_alive());
}

TEST(HttpServer, refuses_a_body_over_the_limit_with_413) {
  ServerOptions options;
  options.body_limit = 1024;
  RunningServer server(hello, options);
  Client client(server.port());
  bhttp::request<bhttp::string_body> req{bhttp::verb::post, "/", 11};
  req.set(bhttp::field::host, "127.0.0.1");
  req.body() = std::string(4096, 'x');
  auto res = client.send(std::move(req));
  EXPECT_EQ(res.result_int(), 413);
  EXPECT_NE(res.body().find("\"too_large\""), std::string::npos);
}

TEST(HttpServer, refuses_oversized_headers) {
  ServerOptions options;
  options.header_limit = 2048;
  RunningServer server(hello, options);
  Client client(server.port());
  bhttp::request<bhttp::string_body> req{bhttp::verb::get, "/", 11};
  req.set(bhttp::field::host, "127.0.0.1");
  req.set("X-Long", std::string(4096, 'a'));
  EXPECT_EQ(client.send(std::move(req)).result_int(), 431);
}

TEST(HttpServer, a_malformed_request_gets_a_400) {
  RunningServer server(hello);
  Client client(server.port());
  EXPECT_EQ(client.get("/a%zz").result_int(), 400);
  Client garbage(server.port());
  EXPECT_EQ(garbage.get("/a b").result_int(), 400);
}

TEST(HttpServer, stopping_lets_the_request_in_flight_finish) {
  std::promise<void> entered;
  std::promise<void> release;
  auto released = release.get_future().share();
  RunningServer server([&](Request& req) {
    entered.set_value();
    released.wait();
    return hello(req);
  });
  auto answer = std::async(std::launch::async, [port = server.port()] {
    Client client(port);
    return client.get("/lent");
  });
  entered.get_future().wait();
  std::thread stopper([&] { server.stop(); });
  release.set_value();
  auto res = answer.get();
  stopper.join();
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "bonjour /lent");
}

TEST(HttpServer, a_slow_request_does_not_hold_the_event_loop) {
  ServerOptions options;
  options.threads = 1;  // one event loop: were the handler on it, nothing else would be served
  options.workers = 2;
  std::promise<void> entered;
  std::promise<void> release;
  auto released = release.get_future().share();
  RunningServer server(
      [&](Request& req) {
        if (req.path == "/lent") {
          entered.set_value();
          released.wait();
        }
        return hello(req);
      },
      options);
  auto slow = std::async(std::launch::async, [port = server.port()] {
    Client client(port);
    return client.get("/lent");
  });
  entered.get_future().wait();
  auto quick = std::async(std::launch::async, [port = server.port()] {
    Client client(port);
    return client.get("/vite");
  });
  // A guard against a hang, not a timing assertion: the quick answer comes while /lent waits.
  bool answered = quick.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
  release.set_value();
  ASSERT_TRUE(answered);
  EXPECT_EQ(quick.get().body(), "bonjour /vite");
  EXPECT_EQ(slow.get().body(), "bonjour /lent");
}

namespace {

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

TEST(HttpServer, out_of_descriptors_it_waits_then_serves_again) {
  RunningServer server(hello);
  Client first(server.port());
  ASSERT_EQ(first.get("/avant").body(), "bonjour /avant");  // the server runs: its set-up is done
  asio::io_context ioc;
  std::vector<tcp::socket> clients;
  for (int i = 0; i < 3; ++i) {
    clients.emplace_back(ioc);
    clients.back().open(tcp::v4());  // the descriptors the clients need, taken beforehand
  }
  // From here no descriptor can be created: the lowest free one is at the limit.
  int lowest_free = dup(0);
  ASSERT_GE(lowest_free, 0);
  close(lowest_free);
  rlimit before{};
  getrlimit(RLIMIT_NOFILE, &before);
  rlimit tight = before;
  tight.rlim_cur = static_cast<rlim_t>(lowest_free);
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &tight), 0);
  for (auto& c : clients)
    c.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server.port()));
  // The kernel holds the connections; accept fails with EMFILE. A loop that retried at once
  // would burn a whole core; the server waits between tries instead.
  double start = cpu_seconds();
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  double spent = cpu_seconds() - start;
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &before), 0);
  EXPECT_LT(spent, 0.3) << "the accept loop spins while descriptors are exhausted";
  for (auto& c : clients) {
    bhttp::request<bhttp::string_body> req{bhttp::verb::get, "/encore", 11};
    req.set(bhttp::field::host, "127.0.0.1");
    bhttp::write(c, req);
    beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> res;
    bhttp::read(c, buffer, res);
    EXPECT_EQ(res.body(), "bonjour /encore");
  }
}

class ServedAppTest : public ApiTest {};

TEST_P(ServedAppTest, the_api_answers_over_a_real_socket) {
  std::int64_t territory = make_territory("Cergy", "95127");
  ASSERT_TRUE(app_->users().add("coord", "Coord", kTestPassword).ok());
  ASSERT_TRUE(app_->users().grant("coord", territory, Role::coordonnateur).ok());
  RunningServer server([this](Request& req) { return app_->handle(req); });
  Client client(server.port());
  EXPECT_EQ(client.get("/readyz").result_int(), 200);
  bhttp::request<bhttp::string_body> login{bhttp::verb::post, "/api/v1/session", 11};
  login.set(bhttp::field::host, "127.0.0.1");
  login.set(bhttp::field::content_type, "application/json");
  login.body() = R"({"login":"coord","password":")" + std::string(kTestPassword) + "\"}";
  auto res = client.send(std::move(login));
  ASSERT_EQ(res.result_int(), 201) << res.body();
  std::string cookie(res[bhttp::field::set_cookie]);
  cookie = cookie.substr(0, cookie.find(';'));
  auto list = client.get("/api/v1/strategies", cookie);
  EXPECT_EQ(list.result_int(), 200);
  EXPECT_EQ(list[bhttp::field::content_type], "application/json; charset=utf-8");
  EXPECT_EQ(list[bhttp::field::cache_control], "no-store");
  EXPECT_EQ(client.get("/api/v1/strategies").result_int(), 401);
}

VIGIE_BOTH_STORES(ServedAppTest);

}  // namespace vigie::test
