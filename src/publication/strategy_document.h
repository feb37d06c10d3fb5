#pragma once

#include "print/office.h"
#include "publication/model.h"

namespace vigie {

/// The strategy as a document (issue 16 §2): the STSPD as adopted — title page with the
/// territory, the period and the status; the preamble, key dates, strategic objectives and the
/// text's own sections; a diagnostic summary with the latest SSMSI figures beside the
/// département and France when present (masked figures "non diffusé", never 0, with the source
/// line); each axis with its orientations and every fiche in full; the bodies of the
/// governance; the signatories. Empty fields and sections are left out: a fiche with only a
/// title prints its title, not twenty empty headings.
OfficeDocument strategy_document(const StrategyDocumentData& d);

}  // namespace vigie
