#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

struct Signatory {
  std::string organisation;
  std::optional<std::string> person;
  std::optional<std::string> role;  // "Maire", "Préfet de la Sarthe"...
};

struct KeyDate {
  std::string kind;  // kKeyDateKinds
  std::string date;  // YYYY-MM-DD, or YYYY-MM or YYYY when the text gives no more ("FEV 2024")
  std::optional<std::string> label;
};

/// An "objectif stratégique" or strategic axis stated above the action axes (Cergy, Mantes).
struct StrategicObjective {
  std::int64_t number = 0;
  std::string title;
  std::optional<std::string> description;
};

/// One point of a text block: a heading and, often, its sentence ("Considérer les parents comme
/// un public cible" — "Favoriser une socialisation équilibrée…").
struct TextItem {
  std::string title;
  std::optional<std::string> text;
};

/// A block of a founding text kept as written: an optional heading, its paragraphs, its points.
/// A strategy's own blocks ("Nature et fonction…", "Conclusion") and an axis's orientations or
/// operational objectives are lists of these, so nothing is squeezed into a made-up summary.
struct TextBlock {
  std::optional<std::string> title;
  std::vector<std::string> paragraphs;
  std::vector<TextItem> items;
};

/// A STSPD: the council's programme for a period.
struct Strategy {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string title;
  std::string status = "brouillon";          // kStrategyStatuses
  std::optional<std::int64_t> period_start;  // years
  std::optional<std::int64_t> period_end;
  std::optional<std::string> description;
  std::optional<std::string> source;           // where the text comes from
  std::optional<std::int64_t> announced_axes;  // counts a document states without listing them
  std::optional<std::int64_t> announced_actions;
  std::vector<Signatory> signatories;
  std::vector<KeyDate> key_dates;
  std::vector<StrategicObjective> objectives;
  std::vector<TextBlock> sections;  // the text's other blocks, in its order
  /// Organisations of the territory's directory, by name, the text says the strategy was drawn
  /// up with (Mantes: "la procureure de la République, la Préfecture des Yvelines…").
  std::vector<std::string> partners;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct Axis {
  std::int64_t id = 0;
  std::int64_t strategy_id = 0;
  std::int64_t number = 0;
  std::string title;
  std::optional<std::string> description;
  std::vector<TextBlock> orientations;  // orientations / operational objectives, as written
  std::int64_t version = 1;
};

struct BudgetLine {
  std::string label;
  std::int64_t amount_cents = 0;
  std::string source;                     // kFundingSources
  std::optional<std::int64_t> funder_id;  // an organisation of the territory
  std::optional<std::int64_t> year;
  std::optional<std::int64_t> executed_cents;  // spent, once known: beside the planned amount
};

/// A budget line of some fiche of a territory for one year, with the fiche's axis: what the
/// funding module plans against (amount in cents; `axis_label` "Axe n — titre" or "Hors axe").
struct PlannedBudgetLine {
  std::optional<std::int64_t> axis_id;
  std::string axis_label;
  std::string source;  // kFundingSources
  std::int64_t amount_cents = 0;
};

struct Milestone {
  std::string label;
  std::optional<std::string> due_date;
  std::optional<std::string> done_date;
};

/// One year of an SSMSI indicator for a fiche's territory, read from the diagnostic's base.
struct OfficialMeasurement {
  int year = 0;
  std::optional<double> value;  // none where the SSMSI does not publish
  bool published = true;
  bool partial = false;  // a CISPD some of whose communes are masked
};

/// One measurement of an indicator: its value on a day (a value whose day was never recorded,
/// from before series existed, has none and comes first).
struct Measurement {
  std::optional<std::string> measured_on;  // YYYY-MM-DD
  double value = 0;
  std::optional<std::string> note;
  std::optional<std::string> source;      // where the figure comes from ("main courante PM")
  std::optional<std::string> entered_by;  // the login who entered it; set by the server
};

struct Indicator {
  std::int64_t id = 0;  // stable across fiche updates; 0 until stored
  std::string kind;     // kIndicatorKinds
  std::string label;
  std::optional<std::string> unit;
  std::optional<double> baseline;
  std::optional<std::string> baseline_date;  // YYYY-MM-DD: when the baseline was measured
  std::optional<double> target;
  std::optional<std::string> target_date;  // YYYY-MM-DD: "non atteinte" only once passed
  std::optional<std::string> source;
  std::optional<std::string> periodicity;  // kPeriodicities: how often it is to be measured
  std::vector<Measurement> measurements;   // in order of day
  /// An impact indicator may follow an SSMSI indicator (its label in the base) and take its
  /// measurements from it: "taux" (per 1,000) or "nombre".
  std::optional<std::string> ssmsi_indicator;
  std::optional<std::string> ssmsi_measure;
  std::vector<OfficialMeasurement> official;  // filled on reading, never stored
  /// The day the next measurement is due by the periodicity (from the latest measurement, else
  /// the baseline's day); filled on reading by the clock, never stored.
  std::optional<std::string> next_measurement_due;
  bool measurement_late = false;

  /// The latest measurement, if any.
  const Measurement* latest() const {
    return measurements.empty() ? nullptr : &measurements.back();
  }
};

/// A fiche-action.
struct Action {
  std::int64_t id = 0;
  std::int64_t strategy_id = 0;
  std::optional<std::int64_t> axis_id;
  std::int64_t number = 0;
  std::string title;
  std::optional<std::string> description;
  std::optional<std::string> constat;
  std::optional<std::string> general_objective;
  std::vector<std::string> operational_objectives;
  std::optional<std::string> target_public;
  std::optional<std::string> target_territory;
  std::optional<std::string> solutions;
  std::optional<std::int64_t> pilot_organisation_id;
  std::optional<std::int64_t> pilot_contact_id;
  std::vector<std::int64_t> partner_ids;
  std::vector<BudgetLine> budget_lines;
  std::vector<Milestone> milestones;
  std::vector<Indicator> indicators;
  std::string status = "prevue";  // kActionStatuses
  bool example = false;           // given by the text only as an example ("Exemple : …")
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct ActionFilter {
  std::optional<std::int64_t> axis_id;
  std::optional<std::string> status;
  std::optional<std::int64_t> pilot_id;
  std::optional<std::int64_t> partner_id;
  std::optional<std::string> text;
};

/// One entry of a fiche's history: who changed what, when.
struct ActionChange {
  std::int64_t id = 0;
  std::int64_t action_id = 0;
  std::int64_t strategy_id = 0;
  std::string actor_login;
  std::string at;
  std::string changes;  // JSON: {"event": ..., "fields": [{"field", "old", "new"}]}
};

// "non_renseigne": the source does not say (a strategy published without its adoption, the
// fiches of a closed strategy whose bilan is not given).
inline constexpr std::array<std::string_view, 4> kStrategyStatuses{"brouillon", "adoptee", "close",
                                                                   "non_renseigne"};
inline constexpr std::array<std::string_view, 5> kActionStatuses{"prevue", "en_cours", "realisee",
                                                                 "abandonnee", "non_renseigne"};
// The four levels of an evaluation's indicators: what was put in (moyens), what was done
// (réalisation), what it achieved for its public (résultat), what changed on the territory
// (impact).
inline constexpr std::array<std::string_view, 4> kIndicatorKinds{"moyens", "realisation",
                                                                 "resultat", "impact"};
inline constexpr std::array<std::string_view, 4> kPeriodicities{"mensuelle", "trimestrielle",
                                                                "semestrielle", "annuelle"};
inline constexpr std::array<std::string_view, 2> kOfficialMeasures{"taux", "nombre"};
inline constexpr std::array<std::string_view, 5> kKeyDateKinds{
    "presentation_clspd", "adoption_conseil", "signature", "publication", "autre"};
inline constexpr std::array<std::string_view, 9> kFundingSources{
    "fipd", "commune", "epci", "departement", "region", "etat", "caf", "bailleur", "autre"};

}  // namespace vigie
