// The budget view of a year and the calendar events of funding; see service.h.
#include <algorithm>
#include <map>

#include "funding/repository.h"
#include "funding/rules.h"
#include "funding/service.h"
#include "strategy/labels.h"

namespace vigie {
namespace repo = funding_repository;

namespace {

// Rows by key in first-seen order of `order`, then any other key.
class Totals {
 public:
  FundingTotals& at(const std::string& key, const std::string& label) {
    auto [it, added] = rows_.try_emplace(key);
    if (added) {
      it->second.key = key;
      it->second.label = label;
      order_.push_back(key);
    }
    return it->second;
  }
  std::vector<FundingTotals> rows() const {
    std::vector<FundingTotals> out;
    for (const std::string& key : order_)
      out.push_back(rows_.at(key));
    return out;
  }

 private:
  std::map<std::string, FundingTotals> rows_;
  std::vector<std::string> order_;
};

void add_request(FundingTotals& t, const FundingRequest& q) {
  t.requested_cents += q.requested_cents;
  t.granted_cents += q.granted_cents.value_or(0);
  t.paid_cents += q.paid_cents.value_or(0);
}

std::vector<FundingTotals> nonzero(std::vector<FundingTotals> rows) {
  std::erase_if(rows, [](const FundingTotals& t) {
    return t.planned_cents == 0 && t.requested_cents == 0 && t.granted_cents == 0 &&
           t.paid_cents == 0;
  });
  return rows;
}

std::string axis_key(std::optional<std::int64_t> axis_id) {
  return axis_id ? std::to_string(*axis_id) : "";
}

}  // namespace

Result<FundingSummary> FundingService::summary(const Actor& actor, std::int64_t territory_id,
                                               std::optional<std::int64_t> asked) {
  TRY_VOID(require(actor, Permission::strategy_read, territory_id));
  std::int64_t year = asked.value_or(std::stoll(today().substr(0, 4)));
  std::vector<FundingRequest> requests;
  {
    Lease conn = db_.acquire();
    requests = TRY(repo::list_for_territory(*conn, territory_id, year));
  }
  FundingSummary s{territory_id, year, {}, {}, {}, {"total", "Total", 0, 0, 0, 0}};
  Totals programmes, funders, axes;
  for (const FundingProgramme& p : funding_rules().programmes)
    programmes.at(p.code, p.code + " — " + p.label);
  for (std::string_view f : kFundingSources)
    funders.at(std::string(f), funding_source_label(f));
  // Planned: the fiches' budget lines of the year, by funder and by axis.
  for (const PlannedBudgetLine& b : TRY(strategies_.planned_budget(actor, territory_id, year))) {
    funders.at(b.source, funding_source_label(b.source)).planned_cents += b.amount_cents;
    axes.at(axis_key(b.axis_id), b.axis_label).planned_cents += b.amount_cents;
    s.total.planned_cents += b.amount_cents;
  }
  for (const FundingRequest& q : requests) {
    if (q.programme) add_request(programmes.at(*q.programme, *q.programme), q);
    add_request(funders.at(q.funder, funding_source_label(q.funder)), q);
    add_request(axes.at(axis_key(q.axis_id), q.axis_label), q);
    add_request(s.total, q);
  }
  s.by_programme = programmes.rows();
  s.by_funder = nonzero(funders.rows());
  s.by_axis = nonzero(axes.rows());
  return s;
}

Result<std::vector<CalendarEvent>> FundingService::calendar_events_in(Connection& conn,
                                                                      const Actor& actor) {
  std::vector<CalendarEvent> out;
  const FundingRules& rules = funding_rules();
  for (std::int64_t territory : actor.territories_with(Permission::strategy_write)) {
    for (const FundingRequest& q : TRY(repo::list_for_territory(conn, territory, std::nullopt))) {
      std::string what = funding_source_label(q.funder) + (q.programme ? " " + *q.programme : "") +
                         " " + std::to_string(q.year) + " — fiche " +
                         std::to_string(q.action_number) + " " + q.action_title;
      if (q.deadline && q.status == "en_preparation") {
        CalendarEvent e;
        e.uid = "financement-" + std::to_string(q.id) + "-depot@vigie";
        e.starts_at = *q.deadline;
        e.all_day = true;
        e.summary = "Date limite de dépôt : " + what;
        e.sequence = q.version;
        out.push_back(std::move(e));
      }
      if (q.granted_cents.value_or(0) > 0 && !q.report_sent_on) {
        CalendarEvent e;
        e.uid = "financement-" + std::to_string(q.id) + "-compte-rendu@vigie";
        e.starts_at = report_due_on(q.year, rules);
        e.all_day = true;
        e.summary = "Compte rendu financier et bilan dus : " + what;
        e.sequence = q.version;
        out.push_back(std::move(e));
      }
    }
  }
  return out;
}

}  // namespace vigie
