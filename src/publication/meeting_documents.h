#pragma once

#include <string>

#include "print/office.h"
#include "publication/model.h"

namespace vigie {

/// One of a meeting's documents (issue 16 §2), for the secretariat to send, sign or file:
/// - convocation: the body, day, time and place, the agenda, who is convened;
/// - agenda (ordre du jour): the numbered items, a fiche's item naming it, their notes;
/// - minutes (compte rendu): present, excused and absent members, the text (draft or approved,
///   by whom and when), the decisions;
/// - decisions (relevé de décisions): each decision, who carries it, its due day and status.
/// The footer names the territory, the body and the meeting's day. No contents page.
OfficeDocument meeting_document(const MeetingDocumentData& d, MeetingDocumentKind kind);

/// "convocation", "ordre-du-jour", "compte-rendu", "releve-de-decisions" → the kind; 404
/// otherwise (the address names a document that does not exist).
Result<MeetingDocumentKind> meeting_document_kind(const std::string& name);

}  // namespace vigie
