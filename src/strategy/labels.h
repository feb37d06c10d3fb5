#pragma once

#include <string>
#include <string_view>

#include "strategy/model.h"

namespace vigie {

/// The French words documents and spreadsheets print for a strategy's stored codes, as the
/// screens say them (web/src/i18n/fr.ts): "en_cours" → "En cours", "fipd" → "FIPD". An unknown
/// code is printed as it is.
std::string action_status_label(std::string_view status);
std::string funding_source_label(std::string_view source);
std::string indicator_kind_label(std::string_view kind);
std::string strategy_status_label(std::string_view status);
std::string key_date_label(std::string_view kind);

/// "Axe 2 — Prévenir la récidive", or "Hors axe" for a fiche without one.
std::string axis_label(const Axis* axis);

}  // namespace vigie
