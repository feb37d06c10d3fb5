// What an incident must be, whoever sends it; see incident_rules.h.
#include "observatory/incident_rules.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/nominative.h"
#include "core/text.h"
#include "geo/projection.h"

namespace vigie::incident_rules {
namespace {

bool is_time_of_day(const std::string& t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) &&
         std::isdigit(static_cast<unsigned char>(t[1])) &&
         std::isdigit(static_cast<unsigned char>(t[3])) &&
         std::isdigit(static_cast<unsigned char>(t[4])) && t.substr(0, 2) <= "23" &&
         t.substr(3, 2) <= "59";
}

}  // namespace

// The point in both systems, from whichever the partner gave (WGS84 wins when both are).
Result<void> locate(PlaceFields i) {
  bool wgs84 = i.longitude || i.latitude;
  bool lambert = i.x || i.y;
  if (wgs84 && !(i.longitude && i.latitude)) {
    return Error::invalid("Donnez la longitude et la latitude, ou aucune des deux.",
                          i.longitude ? "latitude" : "longitude");
  }
  if (!wgs84 && lambert && !(i.x && i.y)) {
    return Error::invalid("Donnez x et y (Lambert-93), ou aucun des deux.", i.x ? "y" : "x");
  }
  if (!wgs84 && !lambert) {
    if (!i.place) {
      return Error::invalid(
          "Indiquez le lieu : un point (sur la carte, ou ses coordonnées), ou une rue, une place.",
          "place");
    }
    return success();
  }
  const geo::Lambert93* l93 = TRY(geo::Lambert93::for_this_thread());
  if (wgs84) {
    auto p = TRY(l93->from_wgs84({*i.longitude, *i.latitude}, "longitude"));
    i.x = p.x;
    i.y = p.y;
  } else {
    auto p = TRY(l93->to_wgs84({*i.x, *i.y}, "x"));
    i.longitude = p.longitude;
    i.latitude = p.latitude;
  }
  return success();
}

Result<void> check_when(const Incident& i, const std::string& today) {
  if (i.occurred_on > today) {
    return Error::invalid("La date est dans le futur.", "occurred_on");
  }
  if (i.occurred_on < "1990-01-01")
    return Error::invalid("La date est antérieure au 01/01/1990.", "occurred_on");
  if (i.occurred_time && !is_time_of_day(*i.occurred_time)) {
    return Error::invalid("Heure au format HH:MM (00:00 à 23:59).", "occurred_time");
  }
  if (i.period_end && (*i.period_end < i.occurred_on || *i.period_end > today)) {
    return Error::invalid(
        "La fin de la période doit suivre son début et ne pas être dans le futur.", "period_end");
  }
  if (i.period_end && i.occurred_time) {
    return Error::invalid("Une heure ne s'indique que pour un fait daté d'un seul jour.",
                          "occurred_time");
  }
  return success();
}

Result<void> check_free_text(const std::optional<std::string>& text, const char* field,
                             std::size_t max_length) {
  if (!text) return success();
  if (utf8_length(*text) > max_length) {
    return Error::invalid("Ce champ dépasse " + std::to_string(max_length) + " caractères.", field);
  }
  auto hints = nominative_hints(*text);
  if (hints.empty()) return success();
  return Error::invalid("Aucun nom ni donnée personnelle dans l'observatoire : " + hints[0], field);
}

Result<void> check_content(Incident& i, const std::string& today) {
  if (i.period_end && *i.period_end == i.occurred_on) i.period_end.reset();  // one day after all
  TRY_VOID(check_free_text(i.description, "description", kDescriptionLength));
  TRY_VOID(check_free_text(i.place, "place", kPlaceLength));
  TRY_VOID(check_when(i, today));
  return locate({i.longitude, i.latitude, i.x, i.y, i.place});
}

Result<void> check_inside(const std::optional<double>& x, const std::optional<double>& y,
                          const geo::Area* area) {
  if (area == nullptr || !x || !y) return success();
  const double metres = area->distance(*x, *y);
  if (metres <= kOutsideTolerance) return success();
  char km[32];
  std::snprintf(km, sizeof km, "%.1f", metres / 1000);
  std::string shown(km);
  std::replace(shown.begin(), shown.end(), '.', ',');
  return Error::invalid("Ce point est à " + shown +
                            " km du territoire : vérifiez la latitude et la longitude (leur ordre, "
                            "leur signe).",
                        "longitude");
}

}  // namespace vigie::incident_rules
