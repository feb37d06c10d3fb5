// PublicationService: what the coordinator publishes and the public page built from it; see
// service.h. The public reads as a `lecteur` of the territory, and only the published parts.
#include <algorithm>

#include "core/clock.h"
#include "core/dates.h"
#include "publication/public_page.h"
#include "publication/repository.h"
#include "publication/service.h"

namespace vigie {
namespace repo = publication_repository;

namespace {

// The public as the services see it: a reader of this territory and of no other.
Actor public_reader(std::int64_t territory_id) {
  Actor a;
  a.login = "public";
  a.display_name = "Public";
  a.roles[territory_id] = Role::lecteur;
  return a;
}

// "la stratégie, le calendrier, les chiffres officiels, les bilans 2015-2018": for the journal.
std::string published_words(const Publication& p) {
  std::vector<std::string> parts;
  if (p.strategy) parts.emplace_back("la stratégie et ses fiches-actions");
  if (p.calendar) parts.emplace_back("le calendrier des instances publiques");
  if (p.diagnostic) parts.emplace_back("les chiffres officiels");
  for (const EvaluationPeriod& b : p.bilans) {
    parts.push_back("le bilan " + std::to_string(b.from_year) +
                    (b.to_year == b.from_year ? "" : "-" + std::to_string(b.to_year)));
  }
  if (parts.empty()) return "rien n'est publié";
  std::string out = "publié : ";
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : ", ") + parts[i];
  return out;
}

}  // namespace

Result<Publication> PublicationService::publication(const Actor& actor, std::int64_t strategy_id) {
  TRY(strategies_.get(actor, strategy_id));
  Lease conn = db_.acquire();
  return repo::load(*conn, strategy_id);
}

Result<Publication> PublicationService::checked(const Actor& actor, Publication choice,
                                                std::int64_t& territory) {
  Strategy s = TRY(strategies_.get(actor, choice.strategy_id));
  TRY_VOID(require(actor, Permission::strategy_write, s.territory_id));
  territory = s.territory_id;
  if (choice.any() && s.status == "brouillon") {
    return Error::invalid("Une stratégie en brouillon ne se publie pas : adoptez-la d'abord.",
                          "strategy");
  }
  int this_year = std::stoi(date_of(clock_.now()).substr(0, 4));
  for (std::size_t i = 0; i < choice.bilans.size(); ++i) {
    std::string at = "bilans[" + std::to_string(i) + "].";
    if (auto period = check_period(choice.bilans[i]); !period) {
      Error e = period.error();
      e.field = at + e.field.value_or("from");
      return e;
    }
    // A bilan covers years of the strategy that have begun: no empty one for the public.
    const EvaluationPeriod& b = choice.bilans[i];
    if (s.period_start && b.from_year < *s.period_start) {
      return Error::invalid(
          "Avant le début de la stratégie (" + std::to_string(*s.period_start) + ").", at + "from");
    }
    if (s.period_end && b.to_year > *s.period_end) {
      return Error::invalid("Après la fin de la stratégie (" + std::to_string(*s.period_end) + ").",
                            at + "to");
    }
    if (b.to_year > this_year) {
      return Error::invalid("Année à venir : pas encore de bilan.", at + "to");
    }
  }
  std::ranges::sort(choice.bilans, {},
                    [](const EvaluationPeriod& b) { return std::pair(b.from_year, b.to_year); });
  auto same = [](const EvaluationPeriod& a, const EvaluationPeriod& b) {
    return a.from_year == b.from_year && a.to_year == b.to_year;
  };
  choice.bilans.erase(std::unique(choice.bilans.begin(), choice.bilans.end(), same),
                      choice.bilans.end());
  return choice;
}

Result<Publication> PublicationService::publish(const Actor& actor, Publication choice) {
  std::int64_t territory = 0;
  choice = TRY(checked(actor, std::move(choice), territory));
  choice.published_at = format_timestamp(clock_.now());
  choice.published_by = actor.login;
  return db_.in_transaction([&](Connection& conn) -> Result<Publication> {
    TRY_VOID(repo::save(conn, territory, choice));
    TRY_VOID(journal_.record_in(conn, actor, territory, "publication.modification",
                                "strategie:" + std::to_string(choice.strategy_id),
                                published_words(choice)));
    return choice;
  });
}

Result<PublicPage> PublicationService::preview(const Actor& actor, Publication choice) {
  std::int64_t territory = 0;
  choice = TRY(checked(actor, std::move(choice), territory));
  std::vector<Publication> items;
  {
    Lease conn = db_.acquire();
    items = TRY(repo::in_territory(*conn, territory));
  }
  std::erase_if(items, [&](const Publication& p) { return p.strategy_id == choice.strategy_id; });
  choice.published_at = format_timestamp(clock_.now());
  items.push_back(choice);
  return page_of(territory, items);
}

Result<PublicPage> PublicationService::public_page(std::int64_t territory_id) {
  std::vector<Publication> items;
  {
    Lease conn = db_.acquire();
    items = TRY(repo::in_territory(*conn, territory_id));
  }
  if (items.empty()) return Error::not_found("Rien n'est publié pour ce territoire.");
  PublicPage page = TRY(page_of(territory_id, items));
  if (page.strategies.empty()) return Error::not_found("Rien n'est publié pour ce territoire.");
  return page;
}

Result<PublicStrategy> PublicationService::strategy_of(const Actor& reader, const Publication& p) {
  PublicStrategy ps;
  Strategy s = TRY(strategies_.get(reader, p.strategy_id));
  ps.bilans = p.bilans;
  ps.published_at = p.published_at.value_or("");
  ps.fiches_published = p.strategy;
  if (p.strategy) {
    ps.axes = TRY(strategies_.list_axes(reader, p.strategy_id));
    std::vector<Action> actions = TRY(strategies_.list_actions(reader, p.strategy_id, {}));
    std::map<std::int64_t, std::string> organisations;
    for (const Organisation& o : TRY(partners_.list(reader, s.territory_id)))
      organisations[o.id] = o.name;
    ps.fiches = public_page::fiches(p.strategy_id, ps.axes, actions, organisations);
  }
  ps.strategy = public_page::public_text(std::move(s));
  return ps;
}

Result<PublicPage> PublicationService::page_of(std::int64_t territory_id,
                                               const std::vector<Publication>& items) {
  Actor reader = public_reader(territory_id);
  Territory t = TRY(territories_.get(reader, territory_id));
  PublicPage page{territory_id, t.name, t.kind, {}, {}, {}, {}};
  bool calendar = false;
  bool diagnostic = false;
  for (const Publication& p : items) {
    if (!p.any()) continue;
    PublicStrategy ps = TRY(strategy_of(reader, p));
    // Set back to draft after its publication: no longer public, until adopted again.
    if (ps.strategy.status == "brouillon") continue;
    page.updated_at = std::max(
        {page.updated_at, ps.published_at, p.strategy ? ps.strategy.updated_at : std::string()});
    page.strategies.push_back(std::move(ps));
    calendar = calendar || p.calendar;
    diagnostic = diagnostic || p.diagnostic;
  }
  std::ranges::sort(page.strategies, {}, [](const PublicStrategy& ps) {
    return std::pair(ps.strategy.period_start.value_or(0), ps.strategy.id);
  });
  if (calendar) {
    std::vector<std::pair<Body, std::vector<Meeting>>> bodies;
    for (Body& b : TRY(governance_.list(reader, territory_id))) {
      if (b.confidentiality != "public") continue;  // not even read
      std::vector<Meeting> meetings = TRY(governance_.meetings(reader, b.id));
      bodies.emplace_back(std::move(b), std::move(meetings));
    }
    page.calendar = public_page::calendar(bodies);
  }
  if (diagnostic) {
    if (auto d = diagnostics_.diagnostic(reader, territory_id); d && !d->indicators.empty()) {
      page.diagnostic = std::move(*d);
    }
  }
  return page;
}

Result<StrategyEvaluation> PublicationService::public_bilan(std::int64_t strategy_id,
                                                            EvaluationPeriod period) {
  std::optional<std::int64_t> territory;
  Publication p;
  {
    Lease conn = db_.acquire();
    territory = TRY(repo::territory_of(*conn, strategy_id));
    p = TRY(repo::load(*conn, strategy_id));
  }
  TRY_VOID(check_period(period));
  bool published = std::ranges::any_of(p.bilans, [&](const EvaluationPeriod& b) {
    return b.from_year == period.from_year && b.to_year == period.to_year;
  });
  if (!territory || !published) return Error::not_found("Ce bilan n'est pas publié.");
  Actor reader = public_reader(*territory);
  StrategyEvaluation e = TRY(evaluation_.evaluate(reader, strategy_id, period));
  if (e.strategy.status == "brouillon") return Error::not_found("Ce bilan n'est pas publié.");
  std::vector<std::int64_t> public_bodies;
  for (const Body& b : TRY(governance_.list(reader, *territory))) {
    if (b.confidentiality == "public") public_bodies.push_back(b.id);
  }
  return public_page::public_evaluation(std::move(e), public_bodies);
}

}  // namespace vigie
