#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace vigie::cli {

/// CLI11's parse errors, said in French ("A subcommand is required" → "Une sous-commande est
/// attendue."), with the way to the help. Used as the App's failure_message. Unknown messages
/// pass through unchanged rather than be guessed at.
std::string french_failure_message(const CLI::App* app, const CLI::Error& error);

}  // namespace vigie::cli
