#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "publication/model.h"

namespace vigie {

/// {strategy_id, strategy, calendar, diagnostic: bool, bilans: [{from, to}], published_at,
///  published_by: text|null}
boost::json::object to_json(const Publication& p);

/// Reads {strategy, calendar, diagnostic: bool, bilans: [{from, to}] (at most 20; years
/// 1990–2100)}, every field required; errors name the field ("bilans[0].to").
Publication publication_from(JsonReader& in, std::int64_t strategy_id);

/// The public page: {territory: {id, name, kind}, licence: {id, title, url}, source,
/// updated_at, strategies: [{strategy (as GET /strategies/{id}, without version or who signed
/// by name), axes, fiches_published, fiches: [PublicFiche], bilans: [{from, to, pdf, odt,
/// docx}]}], calendar: [{body, body_kind, day, held}], diagnostic: (as GET
/// /territories/{id}/diagnostic)|null, datasets: [{name, title, csv, json, schema}], catalogue}
/// with addresses under `base`.
boost::json::object to_json(const PublicPage& page, const std::string& base);

}  // namespace vigie
