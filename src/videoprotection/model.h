#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// One purpose of the closed list a system may pursue on the public way, as the law numbers it.
struct VideoPurpose {
  std::int64_t code = 0;  // the item's number in the list
  std::string label;
  std::string reference;  // "L.251-2, 5°"
};

/// The rules Vigie enforces on vidéoprotection, read from data/dispositifs/videoprotection.json
/// (embedded at build): durations and their legal sources, never written in code.
struct VideoRules {
  int authorisation_years = 5;         // préfectoral authorisation's length
  int authorisation_alert_months = 6;  // alert this long before it ends
  std::string authorisation_source;
  std::int64_t max_retention_days = 30;  // recordings kept at most this long
  std::string retention_source;
  int register_years = 5;  // the register's entries are destroyed after this long
  std::string register_source;
  std::vector<VideoPurpose> purposes;
  std::string purposes_source;
};

/// A vidéoprotection system of a commune (système de vidéoprotection): its préfectoral
/// authorisation, purposes, retention and the file's other pieces. Metadata only — Vigie never
/// holds an image.
struct VideoSystem {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string name;
  std::optional<std::string> authorisation_reference;  // the arrêté préfectoral
  std::optional<std::string> authorised_on;            // YYYY-MM-DD
  std::vector<std::int64_t> purposes;                  // VideoPurpose codes
  std::int64_t retention_days = 30;                    // days, ≤ VideoRules::max_retention_days
  std::optional<std::string> aipd_on;                  // analyse d'impact (AIPD), YYYY-MM-DD
  std::optional<std::string> cnil_reference;           // the CNIL commitment, where required
  std::optional<std::string> commission_opinion_on;    // commission départementale's opinion
  std::optional<std::string> commission_opinion;       // kCommissionOpinions
  std::optional<std::string> charter_adopted_on;       // charte déontologique
  std::optional<std::int64_t> ethics_body_id;          // the comité d'éthique (governance)
  std::optional<std::string> notes;
  std::int64_t version = 1;
  // Computed on read.
  std::optional<std::string> authorisation_ends_on;  // authorised_on + authorisation_years
  std::int64_t cameras_in_service = 0;
  std::string ethics_body_name;
  bool designated = false;  // the reader is one of its register's agents
};

inline constexpr std::array<std::string_view, 3> kCommissionOpinions{"favorable", "reserves",
                                                                     "defavorable"};

/// A camera of a system. Its place is not public: only the roles that read the systems see it.
struct Camera {
  std::int64_t id = 0;
  std::int64_t system_id = 0;
  std::string identifier;  // the operator's number, "C12"
  std::string place;       // the street or site it films
  std::optional<double> longitude;
  std::optional<double> latitude;
  std::string kind;  // kCameraKinds
  std::optional<std::string> in_service_on;
  std::optional<std::string> out_of_service_on;
  std::int64_t version = 1;
};

inline constexpr std::array<std::string_view, 4> kCameraKinds{"fixe", "mobile_dome",
                                                              "lecture_plaques", "nomade"};

/// An account designated to the register of a system (agent désigné et habilité): only these
/// write and read it.
struct VideoAgent {
  std::int64_t system_id = 0;
  std::int64_t user_id = 0;
  std::string designated_on;  // YYYY-MM-DD
  std::string display_name;
};

/// One line of the register: a viewing, an extraction or a judicial requisition.
struct RegisterEntry {
  std::int64_t id = 0;
  std::int64_t system_id = 0;
  std::string kind;         // kRegisterKinds
  std::string occurred_on;  // YYYY-MM-DD, the day of the viewing or extraction
  std::string reason;
  std::optional<std::string> requester;            // the OPJ or the asking service
  std::optional<std::string> requester_unit;       // unit or service
  std::optional<std::string> procedure_reference;  // the requisition's procedure number
  std::optional<std::int64_t> camera_id;
  std::optional<std::string> images_from;  // the time range of the images, YYYY-MM-DDTHH:MM
  std::optional<std::string> images_to;
  std::optional<std::string> medium;        // the copy's medium (clé USB, DVD, transfert)
  std::optional<std::string> handed_to;     // to whom the copy was handed over
  std::optional<std::string> handed_on;     // YYYY-MM-DD
  std::optional<std::string> destroyed_on;  // the commune's copy destroyed, YYYY-MM-DD
  std::optional<bool> led_to_procedure;     // when known: the images served a procedure
  std::int64_t version = 1;
  // Written by the server.
  std::int64_t agent_id = 0;  // who wrote it
  std::string agent_name;
  std::string created_at;
  // Computed on read.
  std::optional<std::string> destroy_by;  // the copy's last day under the retention
  bool retention_breached = false;
};

inline constexpr std::array<std::string_view, 3> kRegisterKinds{"visionnage", "extraction",
                                                                "requisition"};

/// Something about a system that needs the coordinator: an authorisation that ends soon or has
/// ended, or none at all; copies kept past their retention (counted, never shown).
struct VideoAlert {
  std::int64_t system_id = 0;
  std::string system_name;
  std::string kind;  // "autorisation_absente", "autorisation_echeance", "autorisation_expiree",
                     // "conservation_depassee"
  std::optional<std::string> date;  // the day concerned
  std::int64_t count = 0;           // entries concerned (conservation_depassee)
  std::string message;
};

/// A year of a system for the bilan and the ethics committee's report.
struct VideoYear {
  std::int64_t system_id = 0;
  int year = 0;
  std::array<std::int64_t, 12> requisitions_by_month{};
  std::int64_t viewings = 0;
  std::int64_t extractions = 0;
  std::int64_t requisitions = 0;
  std::int64_t outcome_known = 0;       // entries whose outcome was recorded
  std::int64_t led_to_procedure = 0;    // of which served a procedure
  std::int64_t cameras_in_service = 0;  // on 31 December (or today for the current year)
};

}  // namespace vigie
