// The served application under abuse (issue 12 §5, §6), against a running `vigie serve`:
//   vigie_bench make-strategy <seed.json> <fiches> <milestones> : a large strategy document,
//     GENERATED from a real seed's fiches (numbered anew, milestones added), on stdout;
//   vigie_bench healthz <port> idle|flood|import [login password territory document]
//     : /healthz latencies (p50, p99, max, ms) while nothing else runs, while 16 clients send
//     wrong logins from many addresses (X-Forwarded-For through the trusted proxy), or while
//     the document is imported through the API;
//   vigie_bench get <port> <login> <password> <target> <n>
//     : latencies (p50, p99, max, ms) of n GETs of one page of the API, one after the other;
//   vigie_bench login-timing <port> <login> <password> <disabled-login>
//     : the answer time of an unknown login, a wrong password, a disabled account and a locked
//     (login, address) pair, which must not tell them apart.
#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

namespace {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

/// One keep-alive connection to the server on 127.0.0.1.
class Client {
 public:
  explicit Client(unsigned short port) : stream_(ioc_) {
    stream_.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  }
  bhttp::response<bhttp::string_body>
  send(bhttp::verb verb, const std::string& target, const std::string& body = "",
       const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    bhttp::request<bhttp::string_body> req{verb, target, 11};
    req.set(bhttp::field::host, "127.0.0.1");
    if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
    for (const auto& [name, value] : headers)
      req.set(name, value);
    req.body() = body;
    req.prepare_payload();
    bhttp::write(stream_, req);
    bhttp::response<bhttp::string_body> res;
    bhttp::read(stream_, buffer_, res);
    return res;
  }

 private:
  asio::io_context ioc_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
};

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
  return values[index];
}

std::string address(std::mt19937& random) {
  std::uniform_int_distribution<int> byte(1, 254);
  return "10." + std::to_string(byte(random)) + "." + std::to_string(byte(random)) + "." +
         std::to_string(byte(random));
}

std::string login_body(const std::string& login, const std::string& password) {
  return json::serialize(json::object{{"login", login}, {"password", password}});
}

/// /healthz answered one after the other until `done` (at least `minimum` answers).
std::vector<double> probe(unsigned short port, const std::atomic<bool>& done, int minimum) {
  Client client(port);
  std::vector<double> ms;
  while (static_cast<int>(ms.size()) < minimum || !done) {
    auto start = Clock::now();
    auto res = client.send(bhttp::verb::get, "/healthz");
    std::chrono::duration<double, std::milli> took = Clock::now() - start;
    if (res.result_int() != 200) throw std::runtime_error("/healthz: " + res.body());
    ms.push_back(took.count());
  }
  return ms;
}

void flood(unsigned short port, const std::atomic<bool>& stop, std::atomic<long>& sent,
           std::atomic<long>& shed, unsigned seed) {
  std::mt19937 random(seed);
  Client client(port);
  while (!stop) {
    auto res = client.send(bhttp::verb::post, "/api/v1/session",
                           login_body("admin", "mauvais-mot-de-passe"),
                           {{"X-Forwarded-For", address(random)}});
    ++sent;
    if (res.result_int() == 503 || res.result_int() == 429) ++shed;
  }
}

struct Session {
  std::string cookie;
  std::string csrf;
};

Session log_in(Client& client, const std::string& login, const std::string& password) {
  auto res = client.send(bhttp::verb::post, "/api/v1/session", login_body(login, password));
  if (res.result_int() != 201) throw std::runtime_error("connexion : " + res.body());
  std::string cookie(res[bhttp::field::set_cookie]);
  return {cookie.substr(0, cookie.find(';')),
          std::string(json::parse(res.body()).at("csrf_token").as_string())};
}

int healthz(unsigned short port, const std::string& scenario, char** rest) {
  std::atomic<bool> done = false;
  std::string note;
  std::vector<double> ms;
  if (scenario == "idle") {
    done = true;
    ms = probe(port, done, 5000);
  } else if (scenario == "flood") {
    std::atomic<long> sent = 0;
    std::atomic<long> shed = 0;
    std::vector<std::thread> attackers;
    for (unsigned i = 0; i < 16; ++i)
      attackers.emplace_back([&, i] { flood(port, done, sent, shed, i + 1); });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    std::thread stopper([&] {
      std::this_thread::sleep_for(std::chrono::seconds(5));
      done = true;
    });
    ms = probe(port, done, 100);
    stopper.join();
    for (auto& t : attackers)
      t.join();
    note = std::to_string(sent / 5) + " essais/s, " +
           std::to_string(shed * 100 / std::max(1L, sent.load())) + " % écartés (503/429)";
  } else if (scenario == "import") {
    std::ifstream in(rest[3], std::ios::binary);
    std::string document((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Client client(port);
    Session session = log_in(client, rest[0], rest[1]);
    std::thread importer([&] {
      auto start = Clock::now();
      auto res = client.send(
          bhttp::verb::post, std::string("/api/v1/strategies/import?territory_id=") + rest[2],
          document, {{"Cookie", session.cookie}, {"X-CSRF-Token", session.csrf}});
      std::chrono::duration<double> took = Clock::now() - start;
      note = "import " + std::to_string(res.result_int()) + " en " +
             std::to_string(took.count()).substr(0, 5) + " s";
      done = true;
    });
    ms = probe(port, done, 100);
    importer.join();
  } else {
    return 2;
  }
  std::printf("%.3f\t%.3f\t%.3f\t%zu\t%s\n", percentile(ms, 0.5), percentile(ms, 0.99),
              percentile(ms, 1.0), ms.size(), note.c_str());
  return 0;
}

int get(unsigned short port, const std::string& login, const std::string& password,
        const std::string& target, int n) {
  Client client(port);
  Session session = log_in(client, login, password);
  std::vector<double> ms;
  for (int i = 0; i < n + 10; ++i) {
    auto start = Clock::now();
    auto res = client.send(bhttp::verb::get, target, "", {{"Cookie", session.cookie}});
    std::chrono::duration<double, std::milli> took = Clock::now() - start;
    if (res.result_int() != 200) throw std::runtime_error(target + " : " + res.body());
    if (i >= 10) ms.push_back(took.count());  // the first ones fill the caches
  }
  std::printf("%.3f\t%.3f\t%.3f\t%zu\t\n", percentile(ms, 0.5), percentile(ms, 0.99),
              percentile(ms, 1.0), ms.size());
  return 0;
}

int login_timing(unsigned short port, const std::string& login, const std::string& password,
                 const std::string& disabled) {
  std::mt19937 random(7);
  Client client(port);
  auto time_one = [&](const std::string& who, const std::string& secret, const std::string& from) {
    auto start = Clock::now();
    auto res = client.send(bhttp::verb::post, "/api/v1/session", login_body(who, secret),
                           {{"X-Forwarded-For", from}});
    std::chrono::duration<double, std::milli> took = Clock::now() - start;
    return std::pair{res.result_int(), took.count()};
  };
  std::string locked_from = address(random);
  for (int i = 0; i < 6; ++i)
    time_one(login, "pas-le-bon-mot-de-passe", locked_from);
  struct Case {
    const char* name;
    std::string who, secret;
    bool locked;
  };
  std::vector<Case> cases{{"identifiant inconnu", "personne-ici", "pas-le-bon", false},
                          {"mauvais mot de passe", login, "pas-le-bon", false},
                          {"compte désactivé", disabled, password, false},
                          {"couple verrouillé", login, password, true}};
  for (const Case& c : cases) {
    std::vector<double> ms;
    std::set<unsigned> statuses;
    for (int i = 0; i < 40; ++i) {
      // A fresh address each time (a locked pair keeps its own), so that no other lock applies.
      auto [status, took] = time_one(c.who, c.secret, c.locked ? locked_from : address(random));
      statuses.insert(status);
      ms.push_back(took);
    }
    std::string codes;
    for (unsigned s : statuses)
      codes += (codes.empty() ? "" : ",") + std::to_string(s);
    std::printf("%s\t%s\t%.1f\t%.1f\n", c.name, codes.c_str(), percentile(ms, 0.5),
                percentile(ms, 0.9));
  }
  return 0;
}

}  // namespace

int make_strategy(const std::string& seed, int fiches, int milestones) {
  std::ifstream in(seed, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  json::object doc = json::parse(text).as_object();
  json::array source = doc.at("actions").as_array();
  const json::array& axes = doc.at("axes").as_array();
  if (axes.empty()) throw std::runtime_error(seed + " : aucun axe");
  auto per_axis = static_cast<int>(axes.size());
  json::array actions;
  for (int i = 0; i < fiches; ++i) {
    json::object a = source[static_cast<std::size_t>(i) % source.size()].as_object();
    // Numbers (1 to 999) are unique per axis: the fiches are dealt among the seed's axes.
    a["axis"] = axes[static_cast<std::size_t>(i % per_axis)].at("number");
    a["number"] = i / per_axis + 1;
    a["title"] = std::string(a.at("title").as_string()) + " (copie " + std::to_string(i + 1) + ")";
    json::array steps;
    for (int k = 0; k < milestones; ++k) {
      steps.push_back({{"label", "Étape " + std::to_string(k + 1) + " (générée)"},
                       {"due_date", "2027-" + std::string(k % 12 < 9 ? "0" : "") +
                                        std::to_string(k % 12 + 1) + "-15"}});
    }
    a["milestones"] = std::move(steps);
    actions.push_back(std::move(a));
  }
  doc["actions"] = std::move(actions);
  doc["strategy"].as_object()["title"] = "Document généré pour les mesures (à partir de " +
                                         std::string(doc["strategy"].at("title").as_string()) + ")";
  std::cout << json::serialize(doc) << "\n";
  return 0;
}

int server_bench(int argc, char** argv) {
  std::string what = argv[1];
  if (what == "make-strategy" && argc == 5) {
    return make_strategy(argv[2], std::stoi(argv[3]), std::stoi(argv[4]));
  }
  if (what == "healthz" && argc >= 4) {
    auto port = static_cast<unsigned short>(std::stoi(argv[2]));
    if (std::string(argv[3]) == "import" && argc != 8) return 2;
    return healthz(port, argv[3], argv + 4);
  }
  if (what == "login-timing" && argc == 6) {
    return login_timing(static_cast<unsigned short>(std::stoi(argv[2])), argv[3], argv[4], argv[5]);
  }
  if (what == "get" && argc == 7) {
    return get(static_cast<unsigned short>(std::stoi(argv[2])), argv[3], argv[4], argv[5],
               std::stoi(argv[6]));
  }
  return 2;
}
