// Horizontal bar charts as SVG; see bar_chart.h.
#include "print/bar_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text.h"
#include "print/office.h"

namespace vigie {
namespace {

// Colours distinguishable in grey and by colour-blind readers (Okabe–Ito).
const char* const kColours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"};
constexpr int kWidth = 640, kLabelWidth = 210, kBar = 16, kGap = 10, kTop = 34;

std::string value_text(double v, const std::string& unit) {
  return unit == "€" ? french_euros(std::llround(v)) : french_number(v);
}

std::string num(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", v);
  return text;
}

std::string text_at(double x, double y, const std::string& text, const std::string& extra = "") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + extra + ">" + html_escape(text) +
         "</text>";
}

}  // namespace

std::string svg_bar_chart(const std::string& title, const std::vector<std::string>& series,
                          const std::vector<ChartBar>& bars, const std::string& unit) {
  double most = 0;
  for (const ChartBar& b : bars) {
    for (double v : b.values)
      most = std::max(most, v);
  }
  int per_group = static_cast<int>(std::max<std::size_t>(series.size(), 1)) * kBar;
  int legend = series.size() > 1 ? 24 : 0;
  int height = kTop + legend + static_cast<int>(bars.size()) * (per_group + kGap) + 8;
  double scale = most > 0 ? (kWidth - kLabelWidth - 90) / most : 0;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(kWidth) +
                    "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                    std::to_string(kWidth) + " " + std::to_string(height) +
                    "\" font-family=\"DejaVu Sans\" font-size=\"12\">";
  svg += text_at(0, 18, title, " font-size=\"14\" font-weight=\"bold\"");
  for (std::size_t s = 0; s < series.size() && legend > 0; ++s) {
    double x = static_cast<double>(s) * 180;
    svg += "<rect x=\"" + num(x) + "\" y=\"" + std::to_string(kTop - 6) +
           "\" width=\"12\" height=\"12\" fill=\"" + kColours[s % 5] + "\"/>";
    svg += text_at(x + 16, kTop + 4, series[s]);
  }
  int y = kTop + legend;
  for (const ChartBar& b : bars) {
    svg += text_at(kLabelWidth - 8, y + per_group / 2.0 + 4, utf8_shortened(b.label, 30),
                   " text-anchor=\"end\"");
    for (std::size_t s = 0; s < b.values.size(); ++s) {
      double v = b.values[s];
      double top = y + static_cast<double>(s) * kBar;
      if (v >= 0) {
        svg += "<rect x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + num(top + 1) +
               "\" width=\"" + num(std::max(v * scale, 1.0)) + "\" height=\"" +
               std::to_string(kBar - 2) + "\" fill=\"" + kColours[s % 5] + "\"/>";
        svg += text_at(kLabelWidth + v * scale + 6, top + kBar - 4, value_text(v, unit));
      }
    }
    y += per_group + kGap;
  }
  return svg + "</svg>\n";
}

}  // namespace vigie
