#pragma once

#include "http/router.h"
#include "journal/service.h"

namespace vigie {

void add_journal_routes(Router& router, JournalService& journal);

}  // namespace vigie
