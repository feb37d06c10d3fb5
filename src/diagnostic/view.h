#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic/model.h"

namespace vigie {

/// One year of an indicator for a zone or a sum of zones. A masked commune has no count and no
/// rate ("non diffusé", never 0); a sum over communes some of which are masked is `partial`:
/// its count and rate are those of the published part only.
struct SsmsiPoint {
  int year = 0;
  std::optional<std::int64_t> count;
  std::optional<double> rate;  // per 1,000 inhabitants (dwellings for burglaries)
  bool published = true;
  bool partial = false;
  int zones = 1;            // zones summed
  int zones_published = 1;  // of which published
};

struct SsmsiSeries {
  std::string code;  // INSEE code, département or région code, "FR"
  std::string name;
  std::vector<SsmsiPoint> points;  // by year
};

/// Where the territory stands among communes of the same size in the latest year.
struct SimilarCommunes {
  int year = 0;
  std::int64_t band_min = 0;  // population municipale, inhabitants
  std::int64_t band_max = 0;  // exclusive; 0: no upper bound
  std::string area;           // "region", "departement" or "france"
  std::string area_name;
  int communes = 0;  // published communes compared (the territory's own left out)
  std::optional<double> q1, median, q3;  // of their rates
  std::optional<double> rate;            // the territory's
  std::optional<int> above;              // similar communes with a strictly higher rate
};

struct IndicatorDiagnostic {
  std::int64_t id = 0;
  std::string label;
  std::string unit;
  bool per_dwellings = false;
  SsmsiSeries territory, departement, region, france;
  std::optional<SimilarCommunes> similar;
};

/// A territory's diagnostic: each indicator of the communal base over the years, beside its
/// département, région and France (sums of the départemental base), and similar communes.
struct Diagnostic {
  std::int64_t territory_id = 0;
  std::string territory_name;
  std::string kind;  // clspd | cispd
  std::vector<std::string> communes;
  std::vector<int> years;
  std::vector<IndicatorDiagnostic> indicators;
  std::optional<SsmsiEdition> communal_edition, departemental_edition;
};

}  // namespace vigie
