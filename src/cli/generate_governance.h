#pragma once

#include <cstdint>

#include "app/app.h"

namespace vigie::cli {

/// Two GENERATED bodies per territory (a yearly plénière, a groupe opérationnel meeting six
/// times a year) and their meetings over the `years` years up to `today` (epoch days): held
/// when past, planned when to come; each groupe opérationnel meeting held takes two
/// decisions, owned by one of the territory's partners, some still open. Returns the number of
/// meetings written; errors are the governance service's.
Result<std::int64_t> generate_governance(App& app, const Actor& actor, std::int64_t territory_id,
                                         int years, std::int64_t today);

}  // namespace vigie::cli
