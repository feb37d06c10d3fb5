#include <iostream>

#include <termios.h>
#include <unistd.h>

#include "auth/user_service.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace vigie::cli {
namespace {

// From a terminal, without echo; from a pipe, the first line.
std::string read_password(const std::string& prompt) {
  bool tty = isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (tty) {
    std::cerr << prompt << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string password;
  std::getline(std::cin, password);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  return password;
}

struct UserOptions {
  std::string db = kDefaultDatabase;
  std::string login;
  std::string name;
  std::vector<std::string> roles;  // "role@territory_id"
};

Result<void> grant_all(UserService& users, const UserOptions& o) {
  for (const std::string& spec : o.roles) {
    std::size_t at = spec.find('@');
    auto role = parse_role(spec.substr(0, at));
    std::int64_t territory = 0;
    try {
      territory = at == std::string::npos ? 0 : std::stoll(spec.substr(at + 1));
    } catch (const std::exception&) {
      territory = 0;
    }
    if (!role || territory <= 0) {
      return Error::invalid("Rôle attendu sous la forme rôle@territoire, par exemple "
                            "coordonnateur@3 : « " +
                                spec + " ».",
                            "--role");
    }
    TRY_VOID(users.grant(o.login, territory, *role));
  }
  return success();
}

template <typename F>
void on_store(CLI::App* cmd, const std::shared_ptr<UserOptions>& o, int& status, F action) {
  cmd->callback([o, &status, action] {
    auto db = open_store(o->db);
    if (!db) {
      status = fail(db.error());
      return;
    }
    SystemClock clock;
    UserService users(**db, clock);
    Result<void> done = action(users, *o);
    status = done ? 0 : fail(done.error());
  });
}

}  // namespace

void add_user(CLI::App& app, int& status) {
  CLI::App* user = app.add_subcommand("user", "Gère les comptes");
  user->require_subcommand(1);
  auto o = std::make_shared<UserOptions>();
  auto common = [&](CLI::App* cmd) {
    cmd->add_option("--db", o->db, "Fichier SQLite ou URL postgresql://");
    cmd->add_option("login", o->login, "Identifiant")->required();
  };
  CLI::App* add = user->add_subcommand("add", "Crée un compte (mot de passe lu sur l'entrée)");
  common(add);
  add->add_option("--name", o->name, "Nom affiché")->required();
  add->add_option("--role", o->roles, "Rôle sur un territoire : rôle@id (répétable)");
  on_store(add, o, status, [](UserService& users, const UserOptions& opt) -> Result<void> {
    TRY(users.add(opt.login, opt.name, read_password("Mot de passe : ")));
    return grant_all(users, opt);
  });
  CLI::App* grant = user->add_subcommand("grant", "Donne un rôle sur un territoire");
  common(grant);
  grant->add_option("--role", o->roles, "rôle@id (répétable)")->required();
  on_store(grant, o, status, grant_all);
  CLI::App* passwd = user->add_subcommand("passwd", "Change le mot de passe (lu sur l'entrée)");
  common(passwd);
  on_store(passwd, o, status, [](UserService& users, const UserOptions& opt) {
    return users.set_password(opt.login, read_password("Nouveau mot de passe : "));
  });
  CLI::App* disable = user->add_subcommand("disable", "Désactive un compte et ferme ses sessions");
  common(disable);
  on_store(disable, o, status, [](UserService& users, const UserOptions& opt) {
    return users.set_disabled(opt.login, true);
  });
}

}  // namespace vigie::cli
