#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// The participation citoyenne rules, read from data/dispositifs/participation.json.
struct CitizenRules {
  int protocol_years = 3;        // the protocol's term, tacitly renewed
  int renewal_alert_months = 3;  // alert this long before a term ends
  std::string protocol_source;
  std::string bilan_indicator;  // the SSMSI indicator of the yearly bilan
  std::string bilan_source;
};

/// A participation citoyenne protocol (national model): the maire, the préfet and the police
/// or gendarmerie sign it for three years, tacitly renewed until one of them ends it.
struct CitizenProtocol {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string signed_on;  // YYYY-MM-DD
  std::string mayor;
  std::string prefect;
  std::string force;                          // kForces
  std::string force_signatory;                // the commandant de groupement or the DDSP
  std::vector<std::string> communes;          // INSEE codes of the territory's communes covered
  std::optional<std::string> neighbourhoods;  // quartiers, in words
  std::optional<std::string> officer_name;    // the referent gendarme or police officer
  std::optional<std::string> officer_unit;
  std::optional<std::int64_t> body_id;  // the body whose meetings are the scheme's
  std::optional<std::string> ended_on;  // denounced
  std::int64_t version = 1;
  // Computed on read.
  std::optional<std::string> current_term_ends_on;  // none once ended
  std::int64_t referents = 0;                       // current ones
  std::string body_name;
};

inline constexpr std::array<std::string_view, 2> kForces{"gendarmerie", "police_nationale"};

/// A citizen referent: minimal contact data, kept because they consented on `consent_on`; no
/// account, no powers.
struct CitizenReferent {
  std::int64_t id = 0;
  std::int64_t protocol_id = 0;
  std::string name;
  std::optional<std::string> neighbourhood;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::string consent_on;
  std::optional<std::string> left_on;
  std::int64_t version = 1;
};

/// A protocol whose term ends soon: renewed tacitly unless a signatory ends it.
struct ProtocolAlert {
  std::int64_t protocol_id = 0;
  std::string term_ends_on;
  std::string message;
};

/// The yearly bilan the maire presents (public: counts only, no referent's name).
struct CitizenBilan {
  std::int64_t protocol_id = 0;
  int year = 0;
  std::int64_t referents = 0;                       // in the scheme on 31 December (or today)
  std::int64_t referents_joined = 0;                // during the year
  std::int64_t meetings_held = 0;                   // of the protocol's body
  std::string indicator;                            // "Cambriolages de logement"
  std::optional<std::int64_t> burglaries;           // the year (none: not published)
  std::optional<std::int64_t> burglaries_previous;  // the year before
  std::optional<double> burglary_rate;              // per 1,000 dwellings
  std::string source;
};

}  // namespace vigie
