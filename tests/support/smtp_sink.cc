#include "support/smtp_sink.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace vigie::test {
namespace {

// A port the system says is free now (the server binds it right after).
int free_port() {
  int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  if (::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
    ::close(s);
    throw std::runtime_error("no free loopback port for the test SMTP server");
  }
  ::close(s);
  return ntohs(a.sin_port);
}

bool accepting(int port) {
  int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = ::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(s);
  return ok;
}

}  // namespace

SmtpSink::SmtpSink() {
  port_ = free_port();
  dir_ = std::filesystem::temp_directory_path() /
         ("vigie-smtp-" + std::to_string(::getpid()) + "-" + std::to_string(port_));
  std::filesystem::remove_all(dir_);
  pid_ = ::fork();
  if (pid_ == 0) {
    std::string listen = "127.0.0.1:" + std::to_string(port_);
    ::execl("/usr/bin/python3", "python3", "-m", "aiosmtpd", "-n", "-l", listen.c_str(), "-c",
            "aiosmtpd.handlers.Mailbox", dir_.c_str(), nullptr);
    ::_exit(127);
  }
  for (int i = 0; i < 200 && !accepting(port_); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  if (!accepting(port_)) {
    throw std::runtime_error("the test SMTP server (python3-aiosmtpd) did not start");
  }
}

SmtpSink::~SmtpSink() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
  }
  std::filesystem::remove_all(dir_);
}

boost::json::array SmtpSink::messages() const {
  if (!std::filesystem::exists(dir_ / "new")) return {};
  std::string command =
      "/usr/bin/python3 " VIGIE_SOURCE_DIR "/tests/support/read_mail.py " + dir_.string();
  std::string output;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("popen");
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
    output.append(buffer, n);
  if (::pclose(pipe) != 0) throw std::runtime_error("read_mail.py failed: " + output);
  return boost::json::parse(output).as_array();
}

void SmtpSink::clear() {
  for (const char* sub : {"new", "cur"}) {
    if (!std::filesystem::exists(dir_ / sub)) continue;
    for (const auto& f : std::filesystem::directory_iterator(dir_ / sub))
      std::filesystem::remove(f.path());
  }
}

}  // namespace vigie::test
