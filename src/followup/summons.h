#pragma once

#include <string>
#include <vector>

#include "followup/model.h"
#include "followup/procedure_model.h"
#include "print/pdf.h"

namespace vigie {

/// The summons to a rappel à l'ordre (CSI L.132-7), as blocks to print: addressed to the
/// person and, for a minor on the hearing day, to the legal representatives too.
std::vector<PrintBlock> summons_letter(const FollowUp& person, const Reminder& reminder,
                                       const std::string& commune, const std::string& today);
/// Whether the person is under 18 on `day` (a person without a birth date is not assumed minor).
bool minor_on(const FollowUp& person, const std::string& day);
/// "2026-03-12" → "12 mars 2026".
std::string french_date(const std::string& iso_date);

}  // namespace vigie
