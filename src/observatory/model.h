#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// A category of the observatoire's closed list, per territory; optionally mapped to a class
/// of the national statistics (the SSMSI indicator it feeds, e.g. "Cambriolages de logement")
/// and to a NATINF code when it is an offence (the ministry of Justice's nature of offence).
struct IncidentCategory {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string label;
  std::optional<std::string> statistical_class;
  std::optional<std::string> natinf;
  std::int64_t position = 0;
  std::int64_t incidents = 0;  // read-only: how many incidents use it
};

/// An incident of the observatoire: a de-identified, categorised fact reported by a partner
/// organisation. Never a person: the main courante of the police municipale stays with the
/// police municipale (arrêté of 14 April 2009); the description refuses what looks like a name.
struct Incident {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::int64_t category_id = 0;
  std::int64_t organisation_id = 0;  // the source: police municipale, bailleur, transporteur…
  std::string occurred_on;           // "YYYY-MM-DD": the day, or the first day of a period
  std::optional<std::string> occurred_time;  // "HH:MM", when known
  std::optional<std::string> period_end;     // "YYYY-MM-DD": only a period is known
  // The place: a point (both systems kept, one converted from the other by PROJ) or, when no
  // point is known, a street or place name.
  std::optional<double> longitude;  // WGS84 degrees
  std::optional<double> latitude;
  std::optional<double> x;  // Lambert-93 metres
  std::optional<double> y;
  std::optional<std::string> place;
  std::optional<std::string> description;
  std::optional<std::int64_t> action_id;        // a fiche-action it concerns
  std::optional<std::int64_t> problem_id;       // a problem of the board
  std::optional<std::string> source_reference;  // the partner's own number, for re-imports
  std::string created_at;
  std::optional<std::int64_t> created_by;
  std::int64_t version = 1;
  // Read-only, for display.
  std::string category_label;
  std::string organisation_name;

  bool has_point() const { return x.has_value() && y.has_value(); }
};

/// What a list of incidents is filtered on (all optional).
struct IncidentFilter {
  std::optional<std::int64_t> category_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> from;  // "YYYY-MM-DD", included
  std::optional<std::string> to;    // included
};

/// The observatoire's default list for a new territory: what the seeds' partners report.
struct DefaultCategory {
  std::string_view label;
  std::string_view statistical_class;  // "" when none
};
inline constexpr std::array<DefaultCategory, 12> kDefaultCategories{{
    {"Tranquillité publique (nuisances, troubles)", ""},
    {"Dégradations", "Destructions et dégradations volontaires"},
    {"Cambriolages", "Cambriolages de logement"},
    {"Vols", "Vols sans violence contre des personnes"},
    {"Vols liés aux véhicules", "Vols dans les véhicules"},
    {"Violences", "Violences physiques hors cadre familial"},
    {"Stupéfiants (trafic, usage)", "Trafic de stupéfiants"},
    {"Rodéos motorisés", ""},
    {"Dépôts sauvages", ""},
    {"Occupation de halls", ""},
    {"Incivilités dans les transports", ""},
    {"Incidents aux abords des établissements scolaires", ""},
}};

/// Counts a view shows to whoever may not see each incident: below this, « moins de 5 ».
inline constexpr int kSmallCount = 5;

}  // namespace vigie
