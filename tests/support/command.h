// Runs a shell command as an operator would and keeps what it printed.
#pragma once

#include <string>

namespace vigie::test {

struct CommandOutcome {
  int status = -1;     // exit status; -1 when killed by a signal
  std::string output;  // standard output (add 2>&1 to the command for errors too)
};

// Runs `command` through /bin/sh and waits for it.
CommandOutcome run_command(const std::string& command);

// Runs the vigie binary with `args` (shell syntax), standard input from /dev/null and errors
// merged into the output; `directory` is the working directory when not empty.
CommandOutcome run_vigie(const std::string& args, const std::string& directory = "");

}  // namespace vigie::test
