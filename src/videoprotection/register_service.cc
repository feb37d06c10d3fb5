// The register of viewings, extractions and requisitions, its agents, alerts, figures and purge.
#include "core/dates.h"
#include "videoprotection/repository.h"
#include "videoprotection/rules.h"
#include "videoprotection/service.h"

namespace vigie {
namespace repo = video_repository;

namespace {

constexpr const char* kRegisterRead = "videoprotection.registre.lecture";

std::string register_subject(const VideoSystem& s) {
  return "registre du système « " + s.name + " »";
}

RegisterEntry with_limits(RegisterEntry e, std::string_view today, std::int64_t retention) {
  e.destroy_by = destroy_by(e, retention);
  e.retention_breached = retention_breached(e, today, retention);
  return e;
}

bool before(const std::optional<std::string>& day, const std::string& other) {
  return day && *day < other;
}

}  // namespace

Result<std::vector<VideoAgent>> VideoService::agents(const Actor& actor, std::int64_t system_id) {
  Lease conn = db_.acquire();
  TRY(load_checked(*conn, actor, system_id, Permission::video_read));
  return repo::agents(*conn, system_id);
}

Result<VideoAgent> VideoService::designate(const Actor& actor, std::int64_t system_id,
                                           const std::string& login) {
  return db_.in_transaction([&](Connection& conn) -> Result<VideoAgent> {
    VideoSystem s = TRY(load_checked(conn, actor, system_id, Permission::video_manage));
    auto user_id = users_.find_id(conn, login);
    if (!user_id) return Error::invalid("Aucun compte ne porte cet identifiant.", "login");
    Actor agent = TRY(users_.load_actor(conn, *user_id));
    auto role = agent.roles.find(s.territory_id);
    if (role == agent.roles.end() || role->second == Role::lecteur) {
      return Error::invalid(
          "Ce compte n'a pas de rôle sur ce territoire (autre que lecteur) : donnez-lui d'abord "
          "un rôle.",
          "login");
    }
    if (TRY(repo::is_agent(conn, system_id, *user_id))) {
      return Error::conflict("Ce compte est déjà désigné pour ce registre.", "login");
    }
    TRY_VOID(repo::add_agent(conn, {system_id, *user_id, today(), ""}));
    TRY_VOID(chained_.record_in(conn, actor, s.territory_id, std::nullopt,
                                "videoprotection.agent.designation",
                                agent.display_name + ", " + register_subject(s)));
    return VideoAgent{system_id, *user_id, today(), agent.display_name};
  });
}

Result<void> VideoService::withdraw(const Actor& actor, std::int64_t system_id,
                                    std::int64_t user_id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    VideoSystem s = TRY(load_checked(conn, actor, system_id, Permission::video_manage));
    if (!TRY(repo::is_agent(conn, system_id, user_id))) {
      return Error::not_found("Ce compte n'est pas désigné pour ce registre.");
    }
    TRY_VOID(repo::remove_agent(conn, system_id, user_id));
    return chained_.record_in(conn, actor, s.territory_id, std::nullopt,
                              "videoprotection.agent.retrait",
                              "compte " + std::to_string(user_id) + ", " + register_subject(s));
  });
}

// The register opens to its designated agents only, whatever their role: the others of the
// territory are refused (403) and the refusal is journaled; other territories answer 404.
Result<VideoSystem> VideoService::load_for_register(Connection& conn, const Actor& actor,
                                                    std::int64_t system_id,
                                                    std::optional<Refusal>& refusal) {
  auto found = TRY(repo::find(conn, system_id, today()));
  if (!found) return Error::not_found("Système de vidéoprotection introuvable.");
  TRY_VOID(require(actor, Permission::territory_read, found->territory_id));
  if (!TRY(repo::is_agent(conn, system_id, actor.user_id))) {
    refusal = Refusal{found->territory_id, register_subject(*found)};
    return Error::forbidden("Seuls les agents désignés pour ce système tiennent et lisent son "
                            "registre.");
  }
  return std::move(*found);
}

Result<void> VideoService::journal_refusal(const Actor& actor,
                                           const std::optional<Refusal>& refusal) {
  if (!refusal) return success();
  return chained_.record(actor, refusal->territory_id, std::nullopt,
                         "videoprotection.registre.refus", refusal->subject);
}

Result<std::vector<RegisterEntry>> VideoService::register_of(const Actor& actor,
                                                             std::int64_t system_id) {
  std::optional<Refusal> refusal;
  auto result = db_.in_transaction([&](Connection& conn) -> Result<std::vector<RegisterEntry>> {
    VideoSystem s = TRY(load_for_register(conn, actor, system_id, refusal));
    auto entries = TRY(repo::entries(conn, system_id));
    TRY_VOID(chained_.record_in(conn, actor, s.territory_id, std::nullopt, kRegisterRead,
                                register_subject(s)));
    std::vector<RegisterEntry> out;
    out.reserve(entries.size());
    for (RegisterEntry& e : entries)
      out.push_back(with_limits(std::move(e), today(), s.retention_days));
    return out;
  });
  TRY_VOID(journal_refusal(actor, refusal));
  return result;
}

Result<void> VideoService::check_entry(Connection& conn, const RegisterEntry& e) {
  if (e.occurred_on > today()) {
    return Error::invalid("Le registre consigne ce qui a eu lieu : pas de date future.",
                          "occurred_on");
  }
  if (e.kind == "requisition" && !e.requester) {
    return Error::invalid("Une réquisition nomme l'officier de police judiciaire qui la fait.",
                          "requester");
  }
  if (e.kind == "requisition" && !e.procedure_reference) {
    return Error::invalid("Une réquisition porte la référence de sa procédure.",
                          "procedure_reference");
  }
  if (e.images_from && e.images_to && *e.images_to < *e.images_from) {
    return Error::invalid("La fin de la plage d'images précède son début.", "images_to");
  }
  if (before(e.destroyed_on, e.occurred_on) || e.destroyed_on > std::optional(today())) {
    return Error::invalid("La destruction a lieu entre le jour de l'entrée et aujourd'hui.",
                          "destroyed_on");
  }
  if (before(e.handed_on, e.occurred_on) || e.handed_on > std::optional(today())) {
    return Error::invalid("La remise a lieu entre le jour de l'entrée et aujourd'hui.",
                          "handed_on");
  }
  if (e.handed_on && !e.handed_to) {
    return Error::invalid("Nommez à qui la copie a été remise.", "handed_to");
  }
  if (e.camera_id) {
    auto camera = TRY(repo::find_camera(conn, *e.camera_id));
    if (!camera || camera->system_id != e.system_id) {
      return Error::invalid("Caméra inconnue sur ce système.", "camera_id");
    }
  }
  return success();
}

Result<RegisterEntry> VideoService::add_entry(const Actor& actor, RegisterEntry e) {
  std::optional<Refusal> refusal;
  auto result = db_.in_transaction([&](Connection& conn) -> Result<RegisterEntry> {
    VideoSystem s = TRY(load_for_register(conn, actor, e.system_id, refusal));
    TRY_VOID(check_entry(conn, e));
    e.agent_id = actor.user_id;
    e.created_at = date_of(clock_.now());
    std::int64_t id = TRY(repo::insert_entry(conn, e));
    TRY_VOID(chained_.record_in(
        conn, actor, s.territory_id, std::nullopt, "videoprotection.registre.creation",
        e.kind + " du " + french_date(e.occurred_on) + ", " + register_subject(s)));
    return with_limits(std::move(*TRY(repo::find_entry(conn, id))), today(), s.retention_days);
  });
  TRY_VOID(journal_refusal(actor, refusal));
  return result;
}

Result<RegisterEntry> VideoService::update_entry(const Actor& actor, RegisterEntry e,
                                                 std::int64_t expected_version) {
  std::optional<Refusal> refusal;
  auto result = db_.in_transaction([&](Connection& conn) -> Result<RegisterEntry> {
    auto current = TRY(repo::find_entry(conn, e.id));
    if (!current) return Error::not_found("Entrée du registre introuvable.");
    e.system_id = current->system_id;
    VideoSystem s = TRY(load_for_register(conn, actor, e.system_id, refusal));
    TRY_VOID(check_entry(conn, e));
    if (!TRY(repo::update_entry(conn, e, expected_version))) return Error::stale_version();
    TRY_VOID(chained_.record_in(conn, actor, s.territory_id, std::nullopt,
                                "videoprotection.registre.modification",
                                "entrée " + std::to_string(e.id) + ", " + register_subject(s)));
    return with_limits(std::move(*TRY(repo::find_entry(conn, e.id))), today(), s.retention_days);
  });
  TRY_VOID(journal_refusal(actor, refusal));
  return result;
}

Result<std::vector<VideoAlert>> VideoService::alerts(const Actor& actor,
                                                     std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::video_read, territory_id));
  auto systems = TRY(list(actor, territory_id));
  Lease conn = db_.acquire();
  std::vector<VideoAlert> out;
  std::string day = today();
  for (const VideoSystem& s : systems) {
    if (auto a = authorisation_alert(s, day, rules())) out.push_back(std::move(*a));
    std::int64_t breached = 0;
    std::optional<std::string> earliest;
    for (const RegisterEntry& e : TRY(repo::entries(*conn, s.id))) {
      if (!retention_breached(e, day, s.retention_days)) continue;
      ++breached;
      auto limit = destroy_by(e, s.retention_days);
      if (!earliest || *limit < *earliest) earliest = limit;
    }
    if (breached > 0) {
      out.push_back({s.id, s.name, "conservation_depassee", earliest, breached,
                     std::to_string(breached) +
                         (breached > 1 ? " copies d'images sont conservées"
                                       : " copie d'images est conservée") +
                         " au-delà de " + std::to_string(s.retention_days) +
                         " jours : les agents désignés consignent leur destruction au registre."});
    }
  }
  return out;
}

Result<VideoYear> VideoService::year(const Actor& actor, std::int64_t system_id,
                                     std::optional<int> asked) {
  int this_year = std::stoi(today().substr(0, 4));
  int year = asked.value_or(this_year);
  if (year < 2000 || year > this_year) {
    return Error::invalid("Année entre 2000 et " + std::to_string(this_year) + ".", "year");
  }
  Lease conn = db_.acquire();
  TRY(load_checked(*conn, actor, system_id, Permission::video_read));
  VideoYear y;
  y.system_id = system_id;
  y.year = year;
  for (const RegisterEntry& e : TRY(repo::entries_of_year(*conn, system_id, year))) {
    if (e.kind == "visionnage") ++y.viewings;
    if (e.kind == "extraction") ++y.extractions;
    if (e.kind == "requisition") {
      ++y.requisitions;
      ++y.requisitions_by_month.at(
          static_cast<std::size_t>(std::stoi(e.occurred_on.substr(5, 2)) - 1));
    }
    if (e.led_to_procedure) {
      ++y.outcome_known;
      if (*e.led_to_procedure) ++y.led_to_procedure;
    }
  }
  std::string last_day = year == this_year ? today() : std::to_string(year) + "-12-31";
  y.cameras_in_service = TRY(repo::cameras_in_service(*conn, system_id, last_day));
  return y;
}

Result<std::int64_t> VideoService::purge() {
  std::string cutoff = add_months(today(), -12 * rules().register_years);
  return db_.in_transaction(
      [&](Connection& conn) -> Result<std::int64_t> { return repo::purge_before(conn, cutoff); });
}

}  // namespace vigie
