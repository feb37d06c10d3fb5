#include "support/command.h"

#include <cstdio>
#include <stdexcept>

#include <sys/wait.h>

namespace vigie::test {

CommandOutcome run_command(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("popen: " + command);
  CommandOutcome outcome;
  char buffer[4096];
  while (fgets(buffer, sizeof buffer, pipe) != nullptr)
    outcome.output += buffer;
  const int status = ::pclose(pipe);
  outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

CommandOutcome run_vigie(const std::string& args, const std::string& directory) {
  std::string command = std::string(VIGIE_BINARY) + " " + args + " < /dev/null 2>&1";
  if (!directory.empty()) command = "cd '" + directory + "' && " + command;
  return run_command(command);
}

}  // namespace vigie::test
