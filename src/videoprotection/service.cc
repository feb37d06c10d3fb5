// Vidéoprotection systems and cameras; the register is in register_service.cc.
#include "videoprotection/service.h"

#include "core/dates.h"
#include "videoprotection/repository.h"
#include "videoprotection/rules.h"

namespace vigie {
namespace repo = video_repository;

namespace {

Error duplicate_name() {
  return Error::conflict("Un système de ce nom existe déjà sur ce territoire.", "name");
}

std::string system_subject(const VideoSystem& s) { return "système « " + s.name + " »"; }

}  // namespace

const VideoRules& VideoService::rules() const { return video_rules(); }

std::string VideoService::today() const { return date_of(clock_.now()); }

Result<VideoSystem> VideoService::load_checked(Connection& conn, const Actor& actor,
                                               std::int64_t id, Permission permission) {
  auto found = TRY(repo::find(conn, id, today()));
  if (!found) return Error::not_found("Système de vidéoprotection introuvable.");
  TRY_VOID(require(actor, permission, found->territory_id));
  VideoSystem s = std::move(*found);
  if (s.authorised_on) s.authorisation_ends_on = authorisation_end(*s.authorised_on, rules());
  return s;
}

// The rules the JSON shape cannot say: the retention's maximum and the purposes' list come from
// the data file; the ethics committee must be a body of the same territory.
Result<void> VideoService::check_system(Connection& conn, const VideoSystem& s) {
  const VideoRules& r = rules();
  if (s.retention_days > r.max_retention_days) {
    return Error::invalid("Les images sont conservées au plus " +
                              std::to_string(r.max_retention_days) + " jours (" +
                              r.retention_source + ").",
                          "retention_days");
  }
  // What was decided is dated on its day: not ahead of today.
  for (const auto& [day, field] :
       {std::pair{&s.authorised_on, "authorised_on"},
        std::pair{&s.commission_opinion_on, "commission_opinion_on"},
        std::pair{&s.aipd_on, "aipd_on"}, std::pair{&s.charter_adopted_on, "charter_adopted_on"}}) {
    if (*day && **day > today()) {
      return Error::invalid("Cette date est passée ou d'aujourd'hui : pas de date future.", field);
    }
  }
  if (s.purposes.empty()) {
    return Error::invalid("Choisissez au moins une finalité.", "purposes");
  }
  if (auto unknown = unknown_purposes(s.purposes, r); !unknown.empty()) {
    return Error::invalid("Finalité inconnue : " + std::to_string(unknown.front()) +
                              " (liste fermée : " + r.purposes_source + ").",
                          "purposes");
  }
  if (s.ethics_body_id) {
    auto body = TRY(governance_.body_in(conn, *s.ethics_body_id));
    if (!body || body->territory_id != s.territory_id) {
      return Error::invalid("Instance inconnue sur ce territoire.", "ethics_body_id");
    }
  }
  return success();
}

// Those who read the scheme see every system; a designated agent without that permission (a
// police municipale officer with the partenaire role) sees the systems whose register they keep.
Result<std::vector<VideoSystem>> VideoService::list(const Actor& actor, std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::territory_read, territory_id));
  bool reader = actor.can(Permission::video_read, territory_id);
  Lease conn = db_.acquire();
  std::vector<VideoSystem> out;
  for (VideoSystem& s : TRY(repo::list(*conn, territory_id, today()))) {
    s.designated = TRY(repo::is_agent(*conn, s.id, actor.user_id));
    if (!reader && !s.designated) continue;
    if (s.authorised_on) s.authorisation_ends_on = authorisation_end(*s.authorised_on, rules());
    out.push_back(std::move(s));
  }
  return out;
}

Result<VideoSystem> VideoService::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  VideoSystem s = TRY(load_checked(*conn, actor, id, Permission::video_read));
  s.designated = TRY(repo::is_agent(*conn, s.id, actor.user_id));
  return s;
}

Result<VideoSystem> VideoService::create(const Actor& actor, VideoSystem s) {
  TRY_VOID(require(actor, Permission::video_manage, s.territory_id));
  return db_.in_transaction([&](Connection& conn) -> Result<VideoSystem> {
    TRY_VOID(check_system(conn, s));
    if (TRY(repo::find_by_name(conn, s.territory_id, s.name))) return duplicate_name();
    std::int64_t id = TRY(repo::insert(conn, s));
    TRY_VOID(journal_.record_in(conn, actor, s.territory_id, "videoprotection.systeme.creation",
                                system_subject(s)));
    return load_checked(conn, actor, id, Permission::video_manage);
  });
}

Result<VideoSystem> VideoService::update(const Actor& actor, VideoSystem s,
                                         std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<VideoSystem> {
    VideoSystem current = TRY(load_checked(conn, actor, s.id, Permission::video_manage));
    s.territory_id = current.territory_id;
    TRY_VOID(check_system(conn, s));
    auto same_name = TRY(repo::find_by_name(conn, s.territory_id, s.name));
    if (same_name && *same_name != s.id) return duplicate_name();
    if (!TRY(repo::update(conn, s, expected_version))) return Error::stale_version();
    TRY_VOID(journal_.record_in(conn, actor, s.territory_id, "videoprotection.systeme.modification",
                                system_subject(s)));
    return load_checked(conn, actor, s.id, Permission::video_manage);
  });
}

Result<void> VideoService::remove(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    VideoSystem s = TRY(load_checked(conn, actor, id, Permission::video_manage));
    if (!TRY(repo::entries(conn, id)).empty()) {
      return Error::conflict("Le registre de ce système n'est pas vide : il est conservé jusqu'à "
                             "sa purge, le système avec lui.");
    }
    TRY_VOID(repo::remove(conn, id));
    return journal_.record_in(conn, actor, s.territory_id, "videoprotection.systeme.suppression",
                              system_subject(s));
  });
}

// A designated agent without video.read names the camera of a register entry by its identifier:
// they get the cameras without their places (which stay for who answers for the scheme).
Result<std::vector<Camera>> VideoService::cameras(const Actor& actor, std::int64_t system_id) {
  Lease conn = db_.acquire();
  auto found = TRY(repo::find(*conn, system_id, today()));
  if (!found) return Error::not_found("Système de vidéoprotection introuvable.");
  bool reader = actor.can(Permission::video_read, found->territory_id);
  if (!reader) {
    TRY_VOID(require(actor, Permission::territory_read, found->territory_id));
    if (!TRY(repo::is_agent(*conn, system_id, actor.user_id))) {
      TRY_VOID(require(actor, Permission::video_read, found->territory_id));
    }
  }
  std::vector<Camera> out = TRY(repo::cameras(*conn, system_id));
  if (!reader) {
    for (Camera& c : out) {
      c.place.clear();
      c.longitude.reset();
      c.latitude.reset();
    }
  }
  return out;
}

namespace {

Result<void> check_camera(const Camera& c) {
  if (c.longitude.has_value() != c.latitude.has_value()) {
    return Error::invalid("Donnez la longitude et la latitude, ou aucune des deux.",
                          c.longitude ? "latitude" : "longitude");
  }
  if (c.out_of_service_on && (!c.in_service_on || *c.out_of_service_on < *c.in_service_on)) {
    return Error::invalid("Une caméra est retirée après sa mise en service.", "out_of_service_on");
  }
  return success();
}

Error duplicate_camera() {
  return Error::conflict("Ce système a déjà une caméra portant cet identifiant.", "identifier");
}

}  // namespace

Result<std::pair<Camera, VideoSystem>>
VideoService::load_camera(Connection& conn, const Actor& actor, std::int64_t id) {
  auto camera = TRY(repo::find_camera(conn, id));
  if (!camera) return Error::not_found("Caméra introuvable.");
  VideoSystem s = TRY(load_checked(conn, actor, camera->system_id, Permission::video_manage));
  return std::pair{std::move(*camera), std::move(s)};
}

Result<Camera> VideoService::add_camera(const Actor& actor, Camera c) {
  TRY_VOID(check_camera(c));
  return db_.in_transaction([&](Connection& conn) -> Result<Camera> {
    VideoSystem s = TRY(load_checked(conn, actor, c.system_id, Permission::video_manage));
    if (TRY(repo::camera_identifier_taken(conn, c))) return duplicate_camera();
    std::int64_t id = TRY(repo::insert_camera(conn, c));
    TRY_VOID(journal_.record_in(conn, actor, s.territory_id, "videoprotection.camera.creation",
                                "caméra " + c.identifier + ", " + system_subject(s)));
    return std::move(*TRY(repo::find_camera(conn, id)));
  });
}

Result<Camera> VideoService::update_camera(const Actor& actor, Camera c,
                                           std::int64_t expected_version) {
  TRY_VOID(check_camera(c));
  return db_.in_transaction([&](Connection& conn) -> Result<Camera> {
    auto [current, s] = TRY(load_camera(conn, actor, c.id));
    c.system_id = current.system_id;
    if (TRY(repo::camera_identifier_taken(conn, c))) return duplicate_camera();
    if (!TRY(repo::update_camera(conn, c, expected_version))) return Error::stale_version();
    TRY_VOID(journal_.record_in(conn, actor, s.territory_id, "videoprotection.camera.modification",
                                "caméra " + c.identifier + ", " + system_subject(s)));
    return std::move(*TRY(repo::find_camera(conn, c.id)));
  });
}

Result<void> VideoService::remove_camera(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    auto [c, s] = TRY(load_camera(conn, actor, id));
    // The register names the camera whose images were viewed or copied: it stays, retired.
    if (std::int64_t cited = TRY(repo::register_entries_citing(conn, id)); cited > 0) {
      return Error::conflict("Cette caméra est citée par " + std::to_string(cited) +
                                 " entrée(s) du registre : indiquez sa date de retrait au lieu de "
                                 "la supprimer.",
                             "out_of_service_on");
    }
    TRY_VOID(repo::remove_camera(conn, id));
    return journal_.record_in(conn, actor, s.territory_id, "videoprotection.camera.suppression",
                              "caméra " + c.identifier + ", " + system_subject(s));
  });
}

}  // namespace vigie
