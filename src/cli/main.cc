#include <iostream>

#include "cli/commands.h"
#include "cli/parse_error.h"

int main(int argc, char** argv) {
  CLI::App app{"Vigie — stratégie territoriale de sécurité et de prévention de la délinquance"};
  app.set_version_flag("--version", std::string("vigie ") + VIGIE_VERSION);
  app.require_subcommand(1);
  app.failure_message(vigie::cli::french_failure_message);
  int status = 0;
  vigie::cli::add_serve(app, status);
  vigie::cli::add_migrate(app, status);
  vigie::cli::add_demo(app, status);
  vigie::cli::add_generate(app, status);
  vigie::cli::add_user(app, status);
  vigie::cli::add_territory(app, status);
  vigie::cli::add_strategy(app, status);
  vigie::cli::add_journal(app, status);
  vigie::cli::add_followup(app, status);
  vigie::cli::add_analyse(app, status);
  vigie::cli::add_ssmsi(app, status);
  vigie::cli::add_backup(app, status);
  vigie::cli::add_restore(app, status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return status;
}
