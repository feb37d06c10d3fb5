#pragma once

#include <CLI/CLI.hpp>

namespace vigie::cli {

// Each adds one subcommand (and its options) to the application; the callback sets `status`.
void add_serve(CLI::App& app, int& status);
void add_migrate(CLI::App& app, int& status);
void add_demo(CLI::App& app, int& status);
void add_user(CLI::App& app, int& status);
void add_territory(CLI::App& app, int& status);
void add_strategy(CLI::App& app, int& status);
void add_journal(CLI::App& app, int& status);
void add_followup(CLI::App& app, int& status);
void add_analyse(CLI::App& app, int& status);
void add_ssmsi(CLI::App& app, int& status);
void add_backup(CLI::App& app, int& status);
void add_restore(CLI::App& app, int& status);
void add_generate(CLI::App& app, int& status);

}  // namespace vigie::cli
