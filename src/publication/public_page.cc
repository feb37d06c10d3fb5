#include "publication/public_page.h"

#include <algorithm>
#include <tuple>

namespace vigie::public_page {

Strategy public_text(Strategy s) {
  for (Signatory& signatory : s.signatories)
    signatory.person.reset();
  s.version = 0;
  s.created_at.clear();
  return s;
}

namespace {

PublicIndicator public_indicator(const Indicator& i) {
  return {i.kind, i.label, i.unit, i.baseline, i.baseline_date, i.target, i.target_date, i.source};
}

}  // namespace

std::vector<PublicFiche> fiches(std::int64_t strategy_id, const std::vector<Axis>& axes,
                                const std::vector<Action>& actions,
                                const std::map<std::int64_t, std::string>& organisations) {
  std::vector<PublicFiche> out;
  for (const Action& a : actions) {
    PublicFiche f;
    f.strategy_id = strategy_id;
    if (a.axis_id) {
      auto axis = std::ranges::find(axes, *a.axis_id, &Axis::id);
      if (axis != axes.end()) {
        f.axis_number = axis->number;
        f.axis_title = axis->title;
      }
    }
    f.number = a.number;
    f.title = a.title;
    f.status = a.status;
    f.description = a.description;
    f.constat = a.constat;
    f.general_objective = a.general_objective;
    f.operational_objectives = a.operational_objectives;
    f.target_public = a.target_public;
    f.target_territory = a.target_territory;
    if (a.pilot_organisation_id && organisations.contains(*a.pilot_organisation_id)) {
      f.pilot = organisations.at(*a.pilot_organisation_id);
    }
    for (std::int64_t id : a.partner_ids) {
      if (organisations.contains(id)) f.partners.push_back(organisations.at(id));
    }
    for (const Indicator& i : a.indicators)
      f.indicators.push_back(public_indicator(i));
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<PublicMeeting>
calendar(const std::vector<std::pair<Body, std::vector<Meeting>>>& bodies) {
  std::vector<PublicMeeting> out;
  for (const auto& [body, meetings] : bodies) {
    if (body.confidentiality != "public") continue;
    for (const Meeting& m : meetings) {
      if (m.status == "annulee") continue;
      out.push_back({body.name, body.kind, m.starts_at.substr(0, 10), m.status == "tenue"});
    }
  }
  std::ranges::sort(out, [](const PublicMeeting& a, const PublicMeeting& b) {
    return std::tie(a.day, a.body) < std::tie(b.day, b.body);
  });
  return out;
}

StrategyEvaluation public_evaluation(StrategyEvaluation e,
                                     const std::vector<std::int64_t>& public_bodies) {
  std::erase_if(e.bodies, [&](const BodyEvaluation& b) {
    return std::ranges::find(public_bodies, b.body_id) == public_bodies.end();
  });
  for (AxisEvaluation& axis : e.axes) {
    if (axis.analysis) axis.analysis->updated_by.clear();
  }
  for (IndicatorEvaluation& i : e.indicators) {
    for (Measurement& m : i.indicator.measurements) {
      m.note.reset();
      m.entered_by.reset();
    }
    if (i.latest) {
      i.latest->note.reset();
      i.latest->entered_by.reset();
    }
  }
  for (Action& a : e.actions) {
    a.pilot_contact_id.reset();
    for (Indicator& i : a.indicators) {
      for (Measurement& m : i.measurements) {
        m.note.reset();
        m.entered_by.reset();
      }
    }
  }
  return e;
}

}  // namespace vigie::public_page
