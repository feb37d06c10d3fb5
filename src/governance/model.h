#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// A member of a body: a contact of a partner organisation, with the date they signed the
/// charte déontologique (needed to see a confidential body's content).
struct BodyMember {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  std::int64_t contact_id = 0;
  std::string role;  // kMemberRoles
  std::optional<std::string> charter_signed_on;
  std::optional<std::string> left_on;  // a member who left keeps the history, loses access
  std::int64_t version = 1;
  /// Of a confidential body, a new member, a new charter date or a return waits, "en_attente",
  /// until another entitled person confirms it ("confirme") or refuses it ("refuse"); only a
  /// confirmed member reads the content (auth/grant.h).
  std::string access_state = "confirme";
  std::optional<std::int64_t> access_requested_by;
  std::optional<std::string> access_requested_at;  // UTC timestamp
  std::optional<std::int64_t> access_decided_by;
  std::optional<std::string> access_decided_at;  // UTC timestamp
  // Read-only, for display.
  std::string contact_name;
  std::string organisation_name;
  std::optional<std::int64_t> account_id;  // the contact's account, whose access this opens
  std::string access_requested_by_name;
  std::string access_decided_by_name;
  /// Set on a pending member nobody else may confirm yet: what to do (grant::kNobodyElse).
  std::optional<std::string> access_note;
};

/// A body (instance) of the council: plénière, comité restreint, groupe de travail, cellule...
struct Body {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string name;
  std::string kind;  // kBodyKinds
  std::optional<std::int64_t> axis_id;
  std::string frequency;                        // kFrequencies
  std::optional<std::int64_t> frequency_count;  // n for "times_per_year" and "every_n_months"
  /// The top of a range of "times_per_year" ("une à deux fois par an": 1 to 2); the rhythm
  /// counts the lower bound, frequency_count.
  std::optional<std::int64_t> frequency_max;
  std::string confidentiality;  // kConfidentialities
  /// Fields whose value is a default, not stated by the body's founding text (kBodyDefaults):
  /// shown as such, so no level is taken for the text's.
  std::vector<std::string> defaults;
  std::optional<std::string> description;
  std::int64_t version = 1;
  std::optional<std::string> created_on;  // YYYY-MM-DD; none for bodies imported or older
  std::vector<BodyMember> members;
  bool i_sign = false;  // read-only: the reader is a current member who signed its charter
};

/// A meeting of a body; `starts_at` is local (Europe/Paris) "YYYY-MM-DDTHH:MM".
struct Meeting {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  std::string starts_at;
  std::optional<std::string> place;
  std::string status = "prevue";  // kMeetingStatuses
  std::int64_t version = 1;
  std::int64_t duration_minutes = 120;
  std::optional<std::string> cancel_reason;  // required when "annulee", none otherwise
  /// The version the last convocation went out at; none before any (read-only).
  std::optional<std::int64_t> convocation_sent_version;
};

/// A member convened to a meeting, and whether they came (présent, excusé, absent).
struct Invitation {
  std::int64_t member_id = 0;
  std::optional<std::string> attendance;  // kAttendances; none until taken
  // Read-only, for display.
  std::string contact_name;
  std::string organisation_name;
  std::string role;
};

/// Quorum: a majority of the voting members convened (président and membres, not guests).
struct Quorum {
  int convened = 0;
  int present = 0;
  int excused = 0;
  int absent = 0;
  int required = 0;
  bool reached = false;
};

/// A meeting with its convocation list, as the meeting page shows it.
struct MeetingDetail {
  Meeting meeting;
  Body body;
  std::vector<Invitation> invitations;
  Quorum quorum;
  bool content_readable = false;  // false for a confidential body's non-signatories
};

/// An item of the agenda (ordre du jour): a free topic, or a fiche-action to review.
struct AgendaItem {
  std::string title;
  std::optional<std::int64_t> action_id;
  std::optional<std::string> notes;
};

/// The compte rendu: a draft until approved, then frozen.
struct Minutes {
  std::string text;
  std::string status = "brouillon";  // "brouillon" | "approuve"
  std::optional<std::string> approved_at;
  std::optional<std::string> approved_by;
  std::int64_t version = 1;
  std::vector<std::string> nominative_hints;  // read-only: warnings for a public body
};

struct Attachment {
  std::int64_t id = 0;
  std::int64_t meeting_id = 0;
  std::string filename;
  std::string media_type;
  std::int64_t size = 0;
  std::string uploaded_by;
  std::string uploaded_at;
  std::string content;  // the bytes; only filled when downloading
};

/// A decision taken in a meeting, followed until done.
struct Decision {
  std::int64_t id = 0;
  std::int64_t meeting_id = 0;
  std::string text;
  std::optional<std::int64_t> owner_contact_id;
  std::optional<std::int64_t> owner_organisation_id;
  std::optional<std::string> due_date;
  std::string status = "a_faire";         // kDecisionStatuses
  std::optional<std::int64_t> action_id;  // the fiche-action whose milestone it carries
  std::optional<std::string> milestone_label;
  /// For a confidential body's decision linked to a fiche: the public wording that alone goes
  /// into the milestone (`confirm_public_label` must accompany it when written).
  std::optional<std::string> public_label;
  bool public_label_confirmed = false;  // input only
  std::int64_t version = 1;
  // Read-only, for display.
  std::string owner_name;
  std::string meeting_starts_at;
  std::int64_t body_id = 0;
  std::string body_name;
  bool overdue = false;
};

/// A decision still to carry out (à faire, en cours).
inline bool is_open(const Decision& d) { return d.status == "a_faire" || d.status == "en_cours"; }

/// An open decision whose due date is before `today`.
inline bool is_overdue(const Decision& d, std::string_view today) {
  return is_open(d) && d.due_date && *d.due_date < today;
}

/// What a confidential body protects: agenda, minutes, attachments and decisions.
struct MeetingContent {
  std::vector<AgendaItem> agenda;
  std::optional<Minutes> minutes;
  std::vector<Attachment> attachments;
  std::vector<Decision> decisions;
};

/// An activation of the cellule de veille d'urgence by the maire or the procureur.
struct Activation {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  std::optional<std::int64_t> meeting_id;
  std::string requested_by;  // kRequesters
  std::string requester_name;
  std::string reason;
  std::string requested_at;
  std::string recorded_by;
  std::optional<std::string> closed_at;
  std::optional<std::string> summary;
  std::optional<std::string> closed_by;
  std::int64_t version = 1;
};

/// Attendance of one organisation over a year's held meetings.
struct OrganisationAttendance {
  std::string organisation;
  int convened = 0;
  int present = 0;
};

/// A body's year, for the bilan.
struct BodyReport {
  int year = 0;
  std::optional<int> planned;  // from the frequency; none for "on demand"
  /// The body's creation day when in that year: `planned` counts from it (prorated by days).
  std::optional<std::string> counted_from;
  int scheduled = 0;
  int held = 0;
  int cancelled = 0;
  std::vector<OrganisationAttendance> attendance;
  int decisions = 0;
  int decisions_done = 0;
  int decisions_overdue = 0;
};

/// Where a body stands against its rhythm.
struct Rhythm {
  std::optional<int> interval_months;  // none for "on demand"
  std::optional<std::string> last_held;
  std::optional<std::string> next_due;
  bool late = false;
  std::string message;  // French, for a person
};

/// A body against its rhythm, for the home page.
struct BodyStanding {
  std::int64_t body_id = 0;
  std::string body_name;
  Rhythm rhythm;
};

/// A planned meeting to come, with its body's name.
struct UpcomingMeeting {
  Meeting meeting;
  std::string body_name;
};

/// What is late and what is next in a territory's governance (issue 15 §2): every body against
/// its rhythm (late ones first, then by next due date), the meetings planned from today over the
/// next `kOutlookDays`, and the open decisions the user may read (overdue ones first).
struct GovernanceOutlook {
  std::vector<BodyStanding> bodies;
  std::vector<UpcomingMeeting> upcoming;
  std::vector<Decision> open_decisions;
};

inline constexpr int kOutlookDays = 90;

inline constexpr std::array<std::string_view, 3> kMeetingStatuses{"prevue", "tenue", "annulee"};

inline constexpr std::array<std::string_view, 3> kAttendances{"present", "excuse", "absent"};
inline constexpr std::array<std::string_view, 4> kDecisionStatuses{"a_faire", "en_cours", "faite",
                                                                   "abandonnee"};
inline constexpr std::array<std::string_view, 2> kRequesters{"maire", "procureur"};

inline constexpr std::array<std::string_view, 10> kBodyKinds{"pleniere",
                                                             "comite_restreint",
                                                             "groupe_thematique",
                                                             "cellule_veille",
                                                             "cellule_urgence",
                                                             "cellule_situations_complexes",
                                                             "gpo",
                                                             "cddf",
                                                             "comite_ethique_videoprotection",
                                                             "autre"};
inline constexpr std::array<std::string_view, 5> kFrequencies{
    "yearly", "times_per_year", "every_n_months", "monthly", "on_demand"};
inline constexpr std::array<std::string_view, 3> kBodyDefaults{"frequency", "confidentiality",
                                                               "axis"};
inline constexpr std::array<std::string_view, 3> kConfidentialities{"public", "restreint",
                                                                    "confidentiel"};
inline constexpr std::array<std::string_view, 4> kMemberRoles{"president", "membre", "invite",
                                                              "secretariat"};

}  // namespace vigie
