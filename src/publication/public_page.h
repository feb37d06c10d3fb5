#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "governance/model.h"
#include "publication/model.h"
#include "strategy/model.h"

/// What may be public of a strategy (issue 16 §3), decided here once for the page, the open data
/// and the preview: pure functions over what the services read.
namespace vigie::public_page {

/// The strategy's text without what only its authors need: no signatory's name (the
/// organisation and role stay), no version, no internal dates.
Strategy public_text(Strategy s);

/// Each fiche as published (`PublicFiche`): its axis by number and title, its pilot and partners
/// by organisation name (`organisations` by id; an unknown id is left out), its indicators'
/// definitions; never a contact person, budget, milestone or measurement.
std::vector<PublicFiche> fiches(std::int64_t strategy_id, const std::vector<Axis>& axes,
                                const std::vector<Action>& actions,
                                const std::map<std::int64_t, std::string>& organisations);

/// The calendar of the `public` bodies (never `restreint` or `confidentiel`): each meeting's day
/// and whether it was held, cancelled ones left out, by day then body. `bodies` pairs each body
/// with its meetings.
std::vector<PublicMeeting>
calendar(const std::vector<std::pair<Body, std::vector<Meeting>>>& bodies);

/// The evaluation as a public bilan prints it: the bodies other than `public` ones left out
/// (their meetings, attendance and decisions), the axes' analyses without who wrote them, the
/// measurements without their notes or who entered them.
StrategyEvaluation public_evaluation(StrategyEvaluation e,
                                     const std::vector<std::int64_t>& public_bodies);

}  // namespace vigie::public_page
