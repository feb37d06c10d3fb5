#include <chrono>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <thread>

#include <boost/asio/ip/address.hpp>
#include <boost/json.hpp>

#include "app/app.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "core/periodic.h"
#include "http/server.h"
#include "journal/chained/key.h"

namespace vigie::cli {
namespace {

struct ServeOptions {
  std::string db = kDefaultDatabase;
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  int threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  // Handlers mostly wait for the store: several per core keep the cores busy.
  int workers = static_cast<int>(std::max(8U, 4 * std::thread::hardware_concurrency()));
  std::string web_root = "web/dist";
  bool behind_tls_proxy = false;
  std::vector<std::string> trusted_proxies{"127.0.0.1", "::1"};
  std::string journal_key;  // empty: default_journal_key(db)
  std::string upload_dir;   // empty: AppOptions' default
  MailSettings mail;        // the password comes from VIGIE_SMTP_PASSWORD, never the command line
};

// One JSON line per request: method, route pattern (never the raw path, which may carry
// identifiers), status and duration. No query string, no user, no body.
void log_access(const Request& req, int status, double ms) {
  static std::mutex mutex;
  boost::json::object line{{"method", req.method},
                           {"route", req.route.empty() ? "static" : req.route},
                           {"status", status},
                           {"duration_us", static_cast<std::int64_t>(ms * 1000)}};
  std::lock_guard lock(mutex);
  std::cout << boost::json::serialize(line) << "\n" << std::flush;
}

// The background jobs (retention purges, interrupted analyses) are offered every 30 seconds until
// the server stops; the scheduler's leases make each run once across every server on the store.
std::jthread job_loop(JobScheduler& jobs) {
  return run_periodically(std::chrono::seconds(30), FirstRun::now, [&jobs] {
    auto runs = jobs.run_due();
    if (!runs) {
      std::cerr << "vigie: tâches de fond : " << runs.error().message << "\n";
      return;
    }
    for (const JobRun& run : *runs) {
      if (!run.ok) {
        std::cerr << "vigie: " << run.name << " : " << run.outcome << "\n";
      } else if (!run.outcome.empty()) {
        std::cerr << run.outcome << "\n";
      }
    }
  });
}

int serve(const ServeOptions& o) {
  // One connection per thread that runs handlers, and one for the background jobs.
  auto db = open_store(o.db, static_cast<std::size_t>(std::max(o.workers, o.threads)) + 1,
                       NewStore::allowed);
  if (!db) return fail(db.error());
  SystemClock clock;
  AppOptions app_options;
  app_options.web_root = o.web_root;
  app_options.trust_forwarded_proto = o.behind_tls_proxy;
  app_options.trusted_proxies = o.trusted_proxies;
  if (!o.upload_dir.empty()) app_options.upload_dir = o.upload_dir;
  app_options.mail = o.mail;
  app_options.instance = server_instance_name(o.port);
  if (const char* password = std::getenv("VIGIE_SMTP_PASSWORD"))
    app_options.mail.password = password;
  std::string key_file = o.journal_key.empty() ? default_journal_key(o.db) : o.journal_key;
  auto keys = ensure_journal_keys(key_file);
  if (!keys) return fail(keys.error());
  app_options.journal_keys = std::move(keys->first);
  App app(**db, clock, app_options);
  if (keys->second) {
    // A key made just now: seal the journal as it stands (its older entries stay unkeyed).
    std::cerr << "Clé du journal créée : " << key_file << " (à sauvegarder hors de la base).\n";
    if (auto sealed = app.chained_journal().seal_new(); !sealed) return fail(sealed.error());
  }
  ServerOptions server_options;
  server_options.address = o.address;
  server_options.port = o.port;
  server_options.threads = o.threads;
  server_options.workers = o.workers;
  Server server(server_options, [&app](Request& req) {
    auto start = std::chrono::steady_clock::now();
    Response r = app.handle(req);
    std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    log_access(req, r.status, took.count());
    return r;
  });
  auto port = server.listen();
  if (!port) return fail(port.error());
  std::cerr << "Vigie écoute sur http://" << o.address << ":" << *port << "/\n";
  std::jthread jobs = job_loop(app.jobs());
  server.run(true);
  jobs.request_stop();
  std::cerr << "Vigie s'est arrêté proprement.\n";
  return 0;
}

}  // namespace

void add_serve(CLI::App& app, int& status) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Sert l'API et l'interface web");
  cmd->add_option("--db", o->db, "Fichier SQLite ou URL postgresql://");
  cmd->add_option("--address", o->address, "Adresse d'écoute");
  cmd->add_option("--port", o->port, "Port d'écoute (0 : un port libre)");
  cmd->add_option("--threads", o->threads, "Boucles d'événements (défaut : une par cœur)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--workers", o->workers,
                  "Fils qui traitent les requêtes (défaut : 4 par cœur, au moins 8 ; 0 : sur les "
                  "boucles d'événements, pour comparer seulement)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("--web-root", o->web_root, "Dossier de l'interface web construite");
  cmd->add_option("--upload-dir", o->upload_dir,
                  "Dossier où les bases SSMSI envoyées attendent leur import (défaut : "
                  "/tmp/vigie-envois)");
  cmd->add_option("--smtp-url", o->mail.smtp_url,
                  "Serveur de courriel pour les convocations et comptes rendus (smtp://hôte:port, "
                  "smtps://… ; sans : aucun envoi)");
  cmd->add_option("--smtp-user", o->mail.username,
                  "Identifiant SMTP (mot de passe : variable VIGIE_SMTP_PASSWORD)");
  cmd->add_option("--mail-from", o->mail.from, "Expéditeur, « Nom <adresse> »");
  cmd->add_option("--public-url", o->mail.public_url,
                  "Adresse publique de Vigie, pour les liens des courriels");
  cmd->add_flag("--behind-tls-proxy", o->behind_tls_proxy,
                "Derrière un mandataire TLS : cookies « Secure » si X-Forwarded-Proto vaut https");
  cmd->add_option("--journal-key", o->journal_key,
                  "Fichier de clé du journal des suivis (créé s'il n'existe pas ; défaut : "
                  "journal.key à côté du fichier SQLite ; var/journal.key pour PostgreSQL)");
  cmd->add_option("--trusted-proxy", o->trusted_proxies,
                  "Adresse d'un mandataire dont X-Forwarded-For est cru (répétable ; défaut : "
                  "127.0.0.1 et ::1)")
      ->check(CLI::Validator(
          [](std::string& a) {
            boost::system::error_code ec;
            boost::asio::ip::make_address(a, ec);
            return ec ? std::string("adresse IP attendue : ") + a : std::string();
          },
          "IP"));
  cmd->callback([o, &status] { status = serve(*o); });
}

void add_migrate(CLI::App& app, int& status) {
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);
  CLI::App* cmd = app.add_subcommand("migrate", "Met le schéma de la base à jour");
  cmd->add_option("--db", *db_url, "Fichier SQLite ou URL postgresql://");
  cmd->callback([db_url, &status] {
    auto db = open_store(*db_url, 1, NewStore::allowed);
    status = db ? 0 : fail(db.error());
    if (db) std::cerr << "Schéma à jour.\n";
  });
}

}  // namespace vigie::cli
