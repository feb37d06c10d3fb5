#include "app/app.h"

#include <iostream>

#include <boost/json.hpp>

#include "auth/access_rules.h"
#include "auth/password.h"
#include "auth/routes.h"
#include "auth/user_routes.h"
#include "diagnostic/routes.h"
#include "dossier/routes.h"
#include "evaluation/routes.h"
#include "followup/routes.h"
#include "funding/routes.h"
#include "governance/routes.h"
#include "http/door.h"
#include "http/reply.h"
#include "journal/routes.h"
#include "observatory/routes.h"
#include "participation/routes.h"
#include "partner/routes.h"
#include "publication/routes.h"
#include "strategy/routes.h"
#include "territory/routes.h"
#include "videoprotection/routes.h"

namespace vigie {
namespace json = boost::json;

App::App(Database& db, const Clock& clock, const AppOptions& options)
    : db_(db), users_(db, clock), sessions_(db, clock, users_, options.sessions),
      user_admin_(db, users_), second_factor_(db, clock), territories_(db, clock),
      chained_journal_(db, clock, options.journal_keys), partners_(db, chained_journal_),
      strategies_(db, clock, partners_), exchange_(db, strategies_, territories_),
      journal_(db, clock),
      governance_(db, clock, partners_, strategies_, journal_, chained_journal_),
      diagnostics_(db, territories_),
      video_(db, clock, journal_, chained_journal_, governance_, users_, territories_),
      participation_(db, clock, journal_, territories_, governance_, diagnostics_),
      funding_(db, clock, journal_, strategies_, territories_), dossiers_(db, clock, journal_),
      evaluation_(db, clock, strategies_, governance_, partners_, territories_,
                  {video_, participation_, funding_}),
      mailer_(options.mail), governance_mail_(governance_, partners_, mailer_, clock),
      followups_(db, clock, governance_, partners_, chained_journal_), ssmsi_(db, clock),
      ssmsi_uploads_(ssmsi_, options.upload_dir, clock),
      publication_(db, clock, journal_,
                   {strategies_, territories_, partners_, governance_, diagnostics_, evaluation_}),
      observatory_(db, clock, partners_, strategies_, territories_),
      analyses_(db, clock, observatory_, territories_, options.analysis_heartbeat),
      problems_(db, clock, partners_, strategies_, territories_),
      jobs_(db, clock, options.instance), static_files_(options.web_root),
      trust_forwarded_proto_(options.trust_forwarded_proto),
      trusted_proxies_(options.trust_forwarded_proto ? options.trusted_proxies
                                                     : std::vector<std::string>{}) {
  router_.add("GET", "/healthz", [](const Request&, const Actor&) {
    return json_response(200, json::object{{"status", "ok"}});
  });
  router_.add("GET", "/readyz", [this](const Request& req, const Actor&) { return health(req); });
  user_admin_.journal_to([this](const Actor& actor, std::int64_t territory,
                                const std::string& event, const std::string& subject) {
    return journal_.record(actor, territory, event, subject);
  });
  user_admin_.after_reset([this](const Actor& actor, std::int64_t user_id) {
    return partners_.suspend_links(actor, user_id);
  });
  sessions_.require_second_factor_when([this](Connection& conn, const Actor& actor) {
    return governance_.signs_confidential_body(conn, actor);
  });
  // A coordinator's calendar feed carries the funding deadlines of their territories.
  governance_.add_calendar_source(
      [this](Connection& conn, std::int64_t user_id) -> Result<std::vector<CalendarEvent>> {
        Actor owner = TRY(users_.load_actor(conn, user_id));
        return funding_.calendar_events_in(conn, owner);
      });
  add_dossier_owners();
  add_jobs();
  add_session_routes(router_, sessions_);
  add_second_factor_routes(router_, second_factor_);
  // A fiche's impact indicator linked to the SSMSI reads its measurements from the diagnostic.
  strategies_.official_figures_from(
      [this](const Actor& actor, std::int64_t territory, const std::string& indicator,
             const std::string& measure) -> Result<std::vector<OfficialMeasurement>> {
        std::vector<OfficialMeasurement> out;
        for (const SsmsiPoint& p :
             TRY(diagnostics_.territory_series(actor, territory, indicator))) {
          std::optional<double> value = measure == "nombre" && p.count
                                            ? std::optional<double>(static_cast<double>(*p.count))
                                        : measure == "nombre" ? std::nullopt
                                                              : p.rate;
          out.push_back({p.year, value, p.published, p.partial});
        }
        return out;
      });
  add_user_routes(router_, user_admin_);
  add_ssmsi_routes(router_, ssmsi_, ssmsi_uploads_);
  add_diagnostic_routes(router_, diagnostics_);
  add_observatory_routes(router_, observatory_);
  add_analysis_routes(router_, analyses_);
  add_problem_routes(router_, problems_);
  add_territory_routes(router_, territories_);
  add_partner_routes(router_, partners_);
  add_strategy_routes(router_, strategies_, exchange_);
  add_governance_routes(router_, governance_);
  add_governance_mail_routes(router_, governance_mail_);
  add_evaluation_routes(router_, evaluation_, clock);
  add_publication_routes(router_, publication_);
  add_public_routes(router_, publication_, clock, options.mail.public_url);
  add_video_routes(router_, video_);
  add_participation_routes(router_, participation_);
  add_funding_routes(router_, funding_);
  add_dossier_routes(router_, dossiers_);
  add_journal_routes(router_, journal_);
  add_followup_routes(router_, followups_, chained_journal_);
}

// A video system's files are read by who reads the system, changed by who manages the scheme;
// a funding request's by who reads, or writes, the strategy.
void App::add_dossier_owners() {
  dossiers_.add_owner("video-systems",
                      [this](const Actor& a, std::int64_t id, bool write) -> Result<std::int64_t> {
                        VideoSystem s = TRY(video_.get(a, id));
                        if (write) TRY_VOID(require(a, Permission::video_manage, s.territory_id));
                        return s.territory_id;
                      });
  dossiers_.add_owner("funding-requests",
                      [this](const Actor& a, std::int64_t id, bool write) -> Result<std::int64_t> {
                        FundingRequest q = TRY(funding_.get(a, id));
                        if (write) TRY_VOID(require(a, Permission::strategy_write, q.territory_id));
                        return q.territory_id;
                      });
}

// Ready when the store answers and takes writes: a balancer stops sending requests to a server
// whose database is lost or has become a standby, until it reconnects to the primary.
Response App::health(const Request&) {
  Lease conn = db_.acquire();
  auto probe =
      conn->query(db_.dialect() == Dialect::postgres ? "SELECT pg_is_in_recovery()" : "SELECT 0");
  if (!probe) return json_response(503, json::object{{"status", "unavailable"}});
  if (probe->at(0).integer(0) != 0) {
    return json_response(503, json::object{{"status", "read_only"}});
  }
  return json_response(200, json::object{{"status", "ready"}});
}

namespace {

bool changes_state(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

void add_security_headers(Response& r, bool api) {
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("X-Frame-Options", "DENY");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  if (api) {
    r.headers.emplace_back("Cache-Control", "no-store");
  } else {
    r.headers.emplace_back("Content-Security-Policy",
                           "default-src 'self'; img-src 'self' data: https:; "
                           "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  }
}

Error forbidden_csrf() {
  return Error::forbidden("Jeton anti-CSRF manquant ou invalide (en-tête X-CSRF-Token).");
}

}  // namespace

Response App::dispatch(Request& req) {
  bool path_known = false;
  const Route* route = router_.match(req, path_known);
  if (route == nullptr) {
    if (path_known) {
      return error_response({ErrorCode::method_not_allowed, "Méthode non permise.", {}});
    }
    return error_response(Error::not_found("Adresse inconnue."));
  }
  const AccessRule* rule = find_access_rule(route->method, route->pattern);
  if (rule == nullptr) return error_response(Error::forbidden("Route sans règle d'accès."));
  Actor actor;
  if (rule->access == Access::open) {
    // Login has no session yet: a JSON content type cannot be sent cross-site without CORS.
    if (changes_state(req.method) && !has_json_content_type(req)) {
      return error_response(Error::invalid(
          "Le corps doit être du JSON en UTF-8 (Content-Type: application/json).", "content-type"));
    }
    actor.origin = client_address(req, trusted_proxies_);  // login attempts are counted by it
    return route->handler(req, actor);
  }
  auto token = req.cookie(kSessionCookie);
  if (!token) return error_response({ErrorCode::unauthenticated, "Connexion requise.", {}});
  auto resolved = sessions_.resolve(*token);
  if (!resolved) return error_response(resolved.error());
  actor = std::move(*resolved);
  actor.origin = client_address(req, trusted_proxies_);
  if (changes_state(req.method) &&
      !same_secret(req.header("x-csrf-token").value_or(""), actor.csrf_token)) {
    return error_response(forbidden_csrf());
  }
  if (actor.must_enrol && !reachable_before_enrolment(route->method, route->pattern)) {
    return error_response(Error{ErrorCode::forbidden,
                                "Activez d'abord la double authentification (« Sécurité du "
                                "compte ») : votre accès aux dossiers confidentiels l'exige.",
                                "second_factor"});
  }
  bool gated = rule->access == Access::permission || rule->access == Access::need_to_know;
  if (gated && !actor.can_anywhere(*rule->permission)) {
    // A role that may never open a record still tried one: that refusal is journaled too.
    if (rule->access == Access::need_to_know) {
      if (auto journaled = followups_.journal_refusal(actor, req.path); !journaled) {
        return error_response(journaled.error());
      }
    }
    return error_response(Error::forbidden("Votre rôle ne permet pas cette opération."));
  }
  GovernanceService::discard_refusal();
  Response response = route->handler(req, actor);
  if (auto journaled = governance_.journal_refusal(actor); !journaled) {
    return error_response(journaled.error());
  }
  return response;
}

namespace {

// A 500 says nothing of its cause (a store's message may quote SQL): the log has it, under the
// request id that the answer carries.
Response internal_error(const Request& req, const std::string& request_id,
                        const std::string& detail) {
  std::cerr << "{\"level\":\"error\",\"request_id\":\"" << request_id << "\",\"route\":"
            << json::serialize(json::value(req.route.empty() ? req.path : req.route))
            << ",\"what\":" << json::serialize(json::value(detail)) << "}\n";
  json::object inner{{"code", "internal"},
                     {"message", "Erreur interne du serveur (référence " + request_id + ")."},
                     {"field", nullptr},
                     {"request_id", request_id}};
  return json_response(500, json::object{{"error", inner}});
}

}  // namespace

Response App::handle(Request& req) {
  std::string request_id = new_request_id();
  if (trust_forwarded_proto_ && req.header("x-forwarded-proto") == "https") req.secure = true;
  bool api = req.path.rfind("/api/", 0) == 0 || req.path.rfind("/public/v1/", 0) == 0 ||
             req.path == "/healthz" || req.path == "/readyz";
  Response response;
  if (auto clean = check_request_text(req); !clean) {
    response = api ? error_response(clean.error())
                   : error_page(400, "Adresse invalide",
                                "Cette adresse contient des caractères "
                                "que Vigie ne peut pas lire.");
  } else if (!api) {
    auto file = static_files_.serve(req);
    response = file ? std::move(*file)
                    : error_page(404, "Page introuvable",
                                 "Cette page n'existe pas ou plus dans Vigie. Vérifiez "
                                 "l'adresse, ou repartez de l'accueil.");
  } else {
    try {
      response = dispatch(req);
    } catch (const std::exception& e) {
      // Bugs only: expected failures are values. Logged once, answered 500.
      response = internal_error(req, request_id, e.what());
    }
    if (response.status == 500 && response.body.find("\"request_id\"") == std::string::npos) {
      response = internal_error(req, request_id, response.body);
    }
  }
  response.headers.emplace_back("X-Request-Id", request_id);
  add_security_headers(response, api);
  return response;
}

}  // namespace vigie
