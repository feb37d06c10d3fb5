// ObservatoryService::import_csv: a partner's file into the register, all lines or none.
#include <map>
#include <set>

#include "core/dates.h"
#include "observatory/incident_csv.h"
#include "observatory/incident_rules.h"
#include "observatory/repository.h"
#include "observatory/service.h"

namespace vigie {
namespace repo = observatory_repository;

namespace {

// The names a file may give each category (folded: case and accents aside): its label, and the
// label without its parenthesis (« Tranquillité publique » for « Tranquillité publique
// (nuisances, troubles) ») unless two categories share it.
std::map<std::string, std::int64_t> category_names(const std::vector<IncidentCategory>& listed) {
  std::map<std::string, std::int64_t> names;
  std::map<std::string, int> short_uses;
  for (const auto& c : listed) {
    auto cut = c.label.find(" (");
    if (cut != std::string::npos) ++short_uses[incident_csv::fold_label(c.label.substr(0, cut))];
  }
  for (const auto& c : listed) {
    names.emplace(incident_csv::fold_label(c.label), c.id);
    auto cut = c.label.find(" (");
    if (cut == std::string::npos) continue;
    std::string short_name = incident_csv::fold_label(c.label.substr(0, cut));
    if (short_uses[short_name] == 1) names.emplace(short_name, c.id);
  }
  return names;
}

}  // namespace

Result<IncidentImport> ObservatoryService::import_csv(const Actor& actor, std::int64_t territory_id,
                                                      std::int64_t organisation_id,
                                                      std::string_view bytes, bool dry_run) {
  TRY_VOID(require(actor, Permission::incident_submit, territory_id));
  auto area = TRY(territories_.area(actor, territory_id));
  return db_.in_transaction([&](Connection& conn) -> Result<IncidentImport> {
    auto listed = TRY(ensure_categories(conn, territory_id));
    auto file_read = incident_csv::read(bytes, category_names(listed));
    if (!file_read && file_read.error().field == "categorie") {
      Error e = file_read.error();
      std::string labels;
      for (const auto& c : listed)
        labels += (labels.empty() ? "" : " ; ") + c.label;
      e.message += " Catégories du territoire : " + labels + ".";
      return e;
    }
    incident_csv::File file = TRY(std::move(file_read));
    // The organisation is checked once, on the first line, as the form checks it.
    Incident probe = file.lines.front().incident;
    probe.territory_id = territory_id;
    probe.organisation_id = organisation_id;
    TRY_VOID(check_links(conn, actor, probe));
    auto known_list = TRY(repo::references(conn, organisation_id));
    std::set<std::string> known(known_list.begin(), known_list.end());
    std::set<std::string> in_file;
    std::string today = date_of(clock_.now());
    std::string now = format_timestamp(clock_.now());
    IncidentImport report;
    report.encoding = file.encoding;
    report.separator = file.separator;
    report.dry_run = dry_run;
    for (auto& [number, incident] : file.lines) {
      if (incident.source_reference && !known.insert(*incident.source_reference).second) {
        // Imported before, or a line repeated in this very file: skipped either way.
        if (in_file.count(*incident.source_reference) != 0) {
          ++report.repeated_in_file;
        } else {
          ++report.already_known;
        }
        continue;
      }
      if (incident.source_reference) in_file.insert(*incident.source_reference);
      if (!incident.source_reference) ++report.without_reference;
      incident.territory_id = territory_id;
      incident.organisation_id = organisation_id;
      incident.created_at = now;
      if (actor.user_id != 0) incident.created_by = actor.user_id;  // not the CLI operator
      auto ok = incident_rules::check_content(incident, today);
      if (ok) ok = incident_rules::check_inside(incident.x, incident.y, area ? &*area : nullptr);
      if (!ok) return incident_csv::at_line(number, ok.error());
      if (!dry_run) TRY(repo::insert(conn, incident));
      ++report.imported;
    }
    return report;
  });
}

}  // namespace vigie
