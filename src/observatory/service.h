#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "core/secrecy.h"
#include "geo/area.h"
#include "observatory/model.h"
#include "partner/service.h"
#include "store/database.h"
#include "strategy/service.h"
#include "territory/service.h"

namespace vigie {

/// What an import of a partner's file did, or would do (`dry_run`).
struct IncidentImport {
  std::int64_t imported = 0;
  std::int64_t already_known = 0;      // lines whose reference was imported before: skipped
  std::int64_t repeated_in_file = 0;   // a reference seen on an earlier line of the same file
  std::int64_t without_reference = 0;  // lines a second import of the file would add again
  std::string encoding;
  char separator = ';';
  bool dry_run = false;
};

/// Counts of the territory's incidents by category and by month, for everyone who reads the
/// observatoire. Whoever may not see every entry gets counts under kSmallCount masked (no count)
/// with the complementary masking of core/secrecy.h, each list apart.
struct IncidentSummary {
  bool masked = false;                // the reader sees masked figures
  std::vector<StatLine> by_category;  // key: the category's label
  std::vector<StatLine> by_month;     // key: "YYYY-MM"
  std::optional<std::int64_t> total;  // masked under kSmallCount as well
};

/// What the observatoire's screen needs to know about its reader.
struct ObservatoryContext {
  std::vector<IncidentCategory> categories;
  /// The organisations the reader may report for: every one of the territory for a
  /// coordonnateur, their own for a partner, none for others.
  std::vector<std::pair<std::int64_t, std::string>> organisations;
  bool can_submit = false;
  bool can_manage = false;
};

/// The first entries of a list and the list's length.
struct IncidentPage {
  std::vector<Incident> items;
  std::int64_t total = 0;
};

/// The observatoire's register: categories (a closed list per territory) and incidents.
/// Coordonnateurs and administrateurs see and edit every entry of their territory; a partner
/// submits and sees only those of the organisations they speak for (a confirmed contact,
/// PartnerService::organisations_of); others read the aggregate views only.
class ObservatoryService {
 public:
  ObservatoryService(Database& db, const Clock& clock, PartnerService& partners,
                     StrategyService& strategies, TerritoryService& territories);

  /// The territory's categories; a territory without any gets kDefaultCategories first.
  Result<std::vector<IncidentCategory>> categories(const Actor& actor, std::int64_t territory_id);
  Result<ObservatoryContext> context(const Actor& actor, std::int64_t territory_id);
  Result<IncidentCategory> add_category(const Actor& actor, IncidentCategory category);
  Result<IncidentCategory> update_category(const Actor& actor, IncidentCategory category);
  /// 409 while incidents use it.
  Result<void> remove_category(const Actor& actor, std::int64_t id);

  Result<std::vector<Incident>> list(const Actor& actor, std::int64_t territory_id,
                                     const IncidentFilter& filter);
  /// The newest `limit` incidents the actor sees (repository newest's order), with how many
  /// the filter keeps in all: a page lists the latest without loading the whole register.
  Result<IncidentPage> newest(const Actor& actor, std::int64_t territory_id,
                              const IncidentFilter& filter, std::int64_t limit);
  Result<Incident> get(const Actor& actor, std::int64_t id);
  /// Errors (400, naming the field): a category or organisation of another territory, an
  /// organisation the partner does not speak for (403), neither a point nor a place, a point
  /// outside Lambert-93's area, a period ending before it starts, a date in the future, a
  /// description that looks like it names a person (core/nominative.h).
  Result<Incident> create(const Actor& actor, Incident incident);
  Result<Incident> update(const Actor& actor, Incident incident, std::int64_t expected_version);
  Result<void> remove(const Actor& actor, std::int64_t id);

  /// A partner's file (CSV, any dialect, see observatory/incident_csv.h) into the register for
  /// `organisation_id`, all lines or none: the first bad line is a 400 naming the line and the
  /// column, and nothing is written. Lines whose reference was imported before are skipped.
  Result<IncidentImport> import_csv(const Actor& actor, std::int64_t territory_id,
                                    std::int64_t organisation_id, std::string_view bytes,
                                    bool dry_run);

  Result<IncidentSummary> summary(const Actor& actor, std::int64_t territory_id,
                                  const IncidentFilter& filter);

  /// Every located incident of the territory for an analysis whose result is aggregated (a
  /// density, hot spots): no entry is shown, so no organisation filter applies; only the point,
  /// the day, the time, the period's end and the reporting organisation are read
  /// (`with_unlocated`: the incidents without a point too). incident_read.
  Result<std::vector<Incident>> for_analysis(const Actor& actor, std::int64_t territory_id,
                                             const IncidentFilter& filter,
                                             bool with_unlocated = false);
  /// The organisations whose entries the actor sees: none for incident.manage (all of them),
  /// else those where the actor is a confirmed contact (élus, lecteurs: usually none). Inside
  /// the caller's connection.
  Result<std::optional<std::vector<std::int64_t>>>
  visible_organisations(Connection& conn, const Actor& actor, std::int64_t territory_id);

 private:
  Result<Incident> load_visible(Connection& conn, const Actor& actor, std::int64_t id,
                                Permission permission);
  /// Category, organisation (and the partner's right to speak for it), fiche-action, problem.
  Result<void> check_links(Connection& conn, const Actor& actor, const Incident& incident);
  /// check_links, then the content rules (incident_rules.h).
  Result<void> check_references(Connection& conn, const Actor& actor, Incident& incident);
  Result<std::vector<IncidentCategory>> ensure_categories(Connection& conn,
                                                          std::int64_t territory_id);

  Database& db_;
  const Clock& clock_;
  PartnerService& partners_;
  StrategyService& strategies_;
  TerritoryService& territories_;
};

}  // namespace vigie
