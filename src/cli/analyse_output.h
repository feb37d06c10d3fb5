#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "analysis/gistar.h"
#include "analysis/kde.h"
#include "analysis/near_repeat.h"
#include "analysis/temporal.h"

namespace vigie::cli {

/// How `vigie analyse` writes its results: a readable French report ("texte"), CSV or JSON.
enum class OutputFormat { text, csv, json };

void write_near_repeat(std::ostream& out, const analysis::NearRepeatResult& result,
                       std::uint64_t seed, OutputFormat format);
void write_density(std::ostream& out, const analysis::DensityGrid& grid, OutputFormat format);
void write_gistar(std::ostream& out, const std::vector<analysis::Area>& areas,
                  const std::vector<analysis::GiStarValue>& values, OutputFormat format);
void write_temporal(std::ostream& out, const analysis::HourWeekday& hours,
                    const std::vector<analysis::MonthCount>& months,
                    const analysis::MannKendall* trend, OutputFormat format);

}  // namespace vigie::cli
