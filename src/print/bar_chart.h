#pragma once

#include <string>
#include <vector>

namespace vigie {

/// One bar group of a chart: its label and one value per series (none drawn when negative).
struct ChartBar {
  std::string label;
  std::vector<double> values;
};

/// A horizontal bar chart for documents, as SVG text (LibreOffice and Word show it; fonts
/// DejaVu Sans): the title, one group of bars per `bars`, one colour per series with a legend
/// when there are several, each value printed at the end of its bar as `unit` says ("€"
/// divides cents by 100 and groups thousands; "" prints the number). Width 640 px.
std::string svg_bar_chart(const std::string& title, const std::vector<std::string>& series,
                          const std::vector<ChartBar>& bars, const std::string& unit = "");

}  // namespace vigie
