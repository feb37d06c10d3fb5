#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// A FIPD programme: "D", "R", "S" or "K" and its label.
struct FundingProgramme {
  std::string code;
  std::string label;
};

/// The funding rules, read from data/dispositifs/financement.json.
struct FundingRules {
  std::vector<FundingProgramme> programmes;
  std::vector<std::string> state_funders;  // funders counted as the State ("fipd", "etat")
  int state_max_percent = 80;              // of the project's cost, all State funds together
  std::int64_t fipd_minimum_cents = 300000;
  std::string minimum_exception;  // what escapes the minimum, in words
  int report_months = 6;          // after the funded year, for the financial report and bilan
  int deadline_alert_days = 30;   // alert this long before a filing deadline
  std::string source;
};

/// Another funder of the same project, as the request's budget shows it.
struct Cofunder {
  std::string funder;  // kFundingSources (strategy/model.h)
  std::optional<std::string> name;
  std::int64_t amount_cents = 0;
};

/// One funding request of a fiche-action for one year, to the FIPD or another funder: the
/// project's cost, the amounts requested, granted and paid (euros in cents), the co-funders, the
/// channel and deadline, and the financial report due after the year.
struct FundingRequest {
  std::int64_t id = 0;
  std::int64_t action_id = 0;
  std::int64_t year = 0;
  std::string funder;                      // kFundingSources
  std::optional<std::string> funder_name;  // "Conseil départemental des Bouches-du-Rhône"
  std::optional<std::string> programme;    // FIPD only: D, R, S or K
  bool police_equipment = false;           // police municipale equipment: no FIPD minimum
  std::int64_t project_cost_cents = 0;
  std::int64_t requested_cents = 0;
  std::optional<std::int64_t> granted_cents;
  std::optional<std::int64_t> paid_cents;
  std::vector<Cofunder> cofunders;
  std::optional<std::string> channel;  // "démarches-simplifiées", "courrier à la préfecture"…
  std::optional<std::string> deadline;        // YYYY-MM-DD: filing deadline
  std::string status = "en_preparation";      // kFundingStatuses
  std::optional<std::string> report_sent_on;  // financial report and qualitative bilan sent
  std::optional<std::string> notes;
  std::int64_t version = 1;
  // Computed on read.
  std::int64_t territory_id = 0;
  std::string action_title;
  std::int64_t action_number = 0;
  std::optional<std::int64_t> axis_id;
  std::string axis_label;                    // "Axe n — titre", or "Hors axe"
  int state_share_percent = 0;               // rounded down; the check uses exact cents
  std::optional<std::string> report_due_on;  // once granted
  std::vector<std::string> warnings;
};

inline constexpr std::array<std::string_view, 5> kFundingStatuses{"en_preparation", "deposee",
                                                                  "accordee", "refusee", "soldee"};

/// A territory's funding settings: the département's local cap on the FIPD's share, when the
/// préfecture sets one (a warning, not a refusal).
struct FundingSettings {
  std::int64_t territory_id = 0;
  std::optional<int> fipd_cap_percent;
  std::optional<std::string> cap_source;  // the préfecture's call for projects, in words
};

/// A request that needs attention on the clock's day: a deadline near, a report due or late.
struct FundingAlert {
  std::int64_t request_id = 0;
  std::int64_t action_id = 0;
  std::string kind;  // "echeance", "compte_rendu", "compte_rendu_en_retard"
  std::string due_on;
  std::string message;
};

/// Sums in cents for one programme, funder or axis of a year: planned in the fiches' budgets,
/// requested, granted, paid.
struct FundingTotals {
  std::string key;    // programme code, funder code, or axis id ("" for fiches without axis)
  std::string label;  // in words
  std::int64_t planned_cents = 0;
  std::int64_t requested_cents = 0;
  std::int64_t granted_cents = 0;
  std::int64_t paid_cents = 0;
};

/// The budget view of a year on a territory.
struct FundingSummary {
  std::int64_t territory_id = 0;
  std::int64_t year = 0;
  std::vector<FundingTotals> by_programme;
  std::vector<FundingTotals> by_funder;
  std::vector<FundingTotals> by_axis;
  FundingTotals total;
};

}  // namespace vigie
