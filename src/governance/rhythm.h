#pragma once

#include <string_view>
#include <vector>

#include "governance/model.h"

namespace vigie {

/// A body against its frequency on `today`: last meeting held, next one due, and whether it is
/// late ("Réunion plénière : aucune réunion depuis 14 mois"). Pure: no clock, no store.
Rhythm compute_rhythm(const Body& body, const std::vector<Meeting>& meetings,
                      std::string_view today);

/// `count` dates (YYYY-MM-DD) following a rhythm from the next due date, or from today when
/// that is past; none for a body that meets on demand.
std::vector<std::string> propose_dates(const Rhythm& rhythm, std::string_view today, int count);

}  // namespace vigie
