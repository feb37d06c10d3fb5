// The funding rules and the checks that follow from them; see rules.h.
#include "funding/rules.h"

#include <algorithm>
#include <stdexcept>

#include <boost/json.hpp>

#include "core/dates.h"
#include "core/text.h"

namespace vigie {

extern const char* const kFundingRulesJson;  // generated from data/dispositifs/financement.json

namespace {
namespace json = boost::json;

int as_int(const json::value& v) { return static_cast<int>(v.as_int64()); }

FundingRules parse_rules() {
  json::object root = json::parse(kFundingRulesJson).as_object();
  FundingRules r;
  for (const json::value& v : root.at("programmes_fipd").as_array()) {
    const json::object& p = v.as_object();
    r.programmes.push_back(
        {json::value_to<std::string>(p.at("code")), json::value_to<std::string>(p.at("libelle"))});
  }
  r.state_funders = json::value_to<std::vector<std::string>>(root.at("financeurs_etat"));
  r.state_max_percent = as_int(root.at("taux_etat_max_pourcent"));
  r.fipd_minimum_cents = root.at("montant_minimum_fipd_centimes").as_int64();
  r.minimum_exception = json::value_to<std::string>(root.at("exception_minimum"));
  r.report_months = as_int(root.at("compte_rendu_mois_apres_annee"));
  r.deadline_alert_days = as_int(root.at("alerte_echeance_jours"));
  r.source = json::value_to<std::string>(root.at("source"));
  if (r.programmes.empty() || r.state_max_percent <= 0 || r.state_max_percent > 100) {
    throw std::logic_error("data/dispositifs/financement.json: règles incomplètes");
  }
  return r;
}

std::int64_t state_cents(const FundingRequest& q, const FundingRules& rules) {
  std::int64_t total = is_state_funder(q.funder, rules) ? counted_cents(q) : 0;
  for (const Cofunder& c : q.cofunders)
    if (is_state_funder(c.funder, rules)) total += c.amount_cents;
  return total;
}

std::int64_t fipd_cents(const FundingRequest& q) {
  std::int64_t total = q.funder == "fipd" ? counted_cents(q) : 0;
  for (const Cofunder& c : q.cofunders)
    if (c.funder == "fipd") total += c.amount_cents;
  return total;
}

std::int64_t resources_cents(const FundingRequest& q) {
  std::int64_t total = counted_cents(q);
  for (const Cofunder& c : q.cofunders)
    total += c.amount_cents;
  return total;
}

// The field a State share too high is blamed on: the request's own amount when it is the State's.
std::string share_field(const FundingRequest& q, const FundingRules& rules) {
  if (!is_state_funder(q.funder, rules)) return "cofunders";
  return q.granted_cents ? "granted_cents" : "requested_cents";
}

std::optional<Error> check_programme(const FundingRequest& q, const FundingRules& rules) {
  if (q.funder != "fipd") {
    if (q.programme) return Error::invalid("Seul le FIPD a des programmes.", "programme");
    return std::nullopt;
  }
  bool known = q.programme && std::any_of(rules.programmes.begin(), rules.programmes.end(),
                                          [&](const auto& p) { return p.code == *q.programme; });
  if (!known) return Error::invalid("Choisissez le programme du FIPD (D, R, S ou K).", "programme");
  return std::nullopt;
}

}  // namespace

const FundingRules& funding_rules() {
  static const FundingRules rules = parse_rules();
  return rules;
}

bool is_state_funder(std::string_view funder, const FundingRules& rules) {
  return std::find(rules.state_funders.begin(), rules.state_funders.end(), funder) !=
         rules.state_funders.end();
}

std::int64_t counted_cents(const FundingRequest& q) {
  return q.granted_cents.value_or(q.requested_cents);
}

int state_share_percent(const FundingRequest& q, const FundingRules& rules) {
  if (q.project_cost_cents <= 0) return 0;
  return static_cast<int>(state_cents(q, rules) * 100 / q.project_cost_cents);
}

std::optional<Error> check_request(const FundingRequest& q, const FundingRules& rules) {
  if (auto e = check_programme(q, rules)) return e;
  if (q.requested_cents > q.project_cost_cents) {
    return Error::invalid("Le montant demandé dépasse le coût du projet.", "requested_cents");
  }
  if (q.granted_cents && *q.granted_cents > q.requested_cents) {
    return Error::invalid("Le montant accordé dépasse le montant demandé.", "granted_cents");
  }
  if (q.paid_cents && (!q.granted_cents || *q.paid_cents > *q.granted_cents)) {
    return Error::invalid("Le montant versé ne peut dépasser le montant accordé.", "paid_cents");
  }
  if (resources_cents(q) > q.project_cost_cents) {
    return Error::invalid("Les financements dépassent le coût du projet.", "cofunders");
  }
  if (q.funder == "fipd" && !q.police_equipment && q.requested_cents < rules.fipd_minimum_cents) {
    return Error::invalid("Un dossier FIPD de moins de " + french_euros(rules.fipd_minimum_cents) +
                              " n'est pas retenu (sauf " + rules.minimum_exception + ").",
                          "requested_cents");
  }
  // Exact in cents: state × 100 > cost × max, never a rounded percentage.
  if (state_cents(q, rules) * 100 > q.project_cost_cents * rules.state_max_percent) {
    return Error::invalid("Les financements de l'État dépassent " +
                              std::to_string(rules.state_max_percent) +
                              " % du coût du projet : un cofinancement est attendu.",
                          share_field(q, rules));
  }
  return std::nullopt;
}

std::vector<std::string> request_warnings(const FundingRequest& q, const FundingSettings& s,
                                          const FundingRules&) {
  std::vector<std::string> out;
  if (s.fipd_cap_percent && q.project_cost_cents > 0 &&
      fipd_cents(q) * 100 > q.project_cost_cents * *s.fipd_cap_percent) {
    out.push_back("La part du FIPD dépasse le plafond local de " +
                  std::to_string(*s.fipd_cap_percent) + " % fixé pour le département" +
                  (s.cap_source ? " (" + *s.cap_source + ")" : std::string()) + ".");
  }
  if (resources_cents(q) < q.project_cost_cents) {
    out.push_back("Le plan de financement n'est pas équilibré : il manque " +
                  french_euros(q.project_cost_cents - resources_cents(q)) + ".");
  }
  return out;
}

std::string report_due_on(std::int64_t year, const FundingRules& rules) {
  return add_months(std::to_string(year) + "-12-31", rules.report_months);
}

std::vector<FundingAlert> request_alerts(const FundingRequest& q, std::string_view today,
                                         const FundingRules& rules) {
  std::vector<FundingAlert> out;
  if (q.status == "en_preparation" && q.deadline &&
      add_days(today, rules.deadline_alert_days) >= *q.deadline) {
    bool passed = *q.deadline < today;
    out.push_back({q.id, q.action_id, "echeance", *q.deadline,
                   passed ? "La date limite de dépôt du " + french_date(*q.deadline) +
                                " est passée et la demande n'est pas déposée."
                          : "La demande est à déposer avant le " + french_date(*q.deadline) + "."});
  }
  bool granted = q.granted_cents.value_or(0) > 0 && q.status != "refusee";
  std::string year_over = std::to_string(q.year + 1) + "-01-01";
  if (granted && !q.report_sent_on && today >= year_over) {
    std::string due = report_due_on(q.year, rules);
    bool late = today > due;
    out.push_back({q.id, q.action_id, late ? "compte_rendu_en_retard" : "compte_rendu", due,
                   (late ? "En retard : le compte rendu financier (Cerfa 15059) et le bilan "
                           "qualitatif de " +
                               std::to_string(q.year) + " étaient dus le "
                         : "Le compte rendu financier (Cerfa 15059) et le bilan qualitatif de " +
                               std::to_string(q.year) + " sont à remettre avant le ") +
                       french_date(due) + " ; ils conditionnent tout renouvellement."});
  }
  return out;
}

}  // namespace vigie
