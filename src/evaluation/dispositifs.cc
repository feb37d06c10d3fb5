// The dispositifs' place in the bilan (issue 17): each year of the period up to this year, the
// vidéoprotection figures, the participation citoyenne bilans and the funding of the territory,
// read through their services so that their rights apply.
#include <algorithm>
#include <map>

#include "core/dates.h"
#include "evaluation/service.h"

namespace vigie {

namespace {

// "Protocole du 12/03/2019 : Les Pennes-Mirabeau (quartiers …)" — the communes by name.
std::string protocol_area(const CitizenProtocol& p, const Territory& territory) {
  std::map<std::string, std::string> names;
  for (const Commune& c : territory.communes)
    names[c.code] = c.name;
  std::string area;
  for (const std::string& code : p.communes) {
    if (!area.empty()) area += ", ";
    area += names.contains(code) ? names.at(code) : code;
  }
  std::string out = "Protocole du " + french_date(p.signed_on);
  if (!area.empty()) out += " : " + area;
  if (p.neighbourhoods) out += " (" + *p.neighbourhoods + ")";
  return out;
}

bool has_funding(const FundingSummary& s) {
  return s.total.requested_cents != 0 || s.total.granted_cents != 0 || s.total.paid_cents != 0;
}

}  // namespace

Result<void> EvaluationService::add_dispositifs(const Actor& actor, StrategyEvaluation& e) {
  const std::int64_t territory_id = e.strategy.territory_id;
  const int from = std::max(e.period.from_year, 2000);
  const int to = std::min(e.period.to_year, std::stoi(e.computed_on.substr(0, 4)));
  if (from > to) return success();
  if (actor.can(Permission::video_read, territory_id)) {
    for (const VideoSystem& system : TRY(dispositifs_.video.list(actor, territory_id))) {
      for (int year = from; year <= to; ++year)
        e.video.push_back({system.name, TRY(dispositifs_.video.year(actor, system.id, year))});
    }
  }
  const Territory territory = TRY(territories_.get(actor, territory_id));
  for (const CitizenProtocol& p : TRY(dispositifs_.participation.list(actor, territory_id))) {
    const int signed_year = std::stoi(p.signed_on.substr(0, 4));
    const int ended_year = p.ended_on ? std::stoi(p.ended_on->substr(0, 4)) : to;
    const std::string area = protocol_area(p, territory);
    for (int year = std::max(from, signed_year); year <= std::min(to, ended_year); ++year)
      e.participation.push_back({area, TRY(dispositifs_.participation.bilan(actor, p.id, year))});
  }
  for (int year = from; year <= to; ++year) {
    FundingSummary s = TRY(dispositifs_.funding.summary(actor, territory_id, year));
    if (has_funding(s)) e.funding.push_back(std::move(s));
  }
  return success();
}

}  // namespace vigie
