// The sheet layer's CSV (French spreadsheets) and the documents' bar charts.
#include <gtest/gtest.h>

#include "core/sheet.h"
#include "core/text.h"
#include "print/bar_chart.h"

namespace vigie {
namespace {

using sheet::Cell;
using sheet::Format;

TEST(SheetCsv, numbers_take_a_decimal_comma_and_euros_come_from_cents) {
  EXPECT_EQ(sheet::csv_text(Cell::of(123'456, Format::euros)), "1234,56");
  EXPECT_EQ(sheet::csv_text(Cell::of(2.5)), "2,5");
  EXPECT_EQ(sheet::csv_text(Cell::of(2019)), "2019");
  EXPECT_EQ(sheet::csv_text(Cell::of(12.34567, Format::rate)), "12,346");
  EXPECT_EQ(sheet::csv_text(Cell::of(1'234'567, Format::count)), "1234567");
  EXPECT_EQ(sheet::csv_text(Cell::of(std::nullopt, Format::euros)), "");
}

TEST(SheetCsv, a_sheet_is_bom_semicolons_and_crlf_with_quoted_cells) {
  sheet::Sheet s{"Onglet", "Titre", "Note", {"Nom", "Montant"}, {}, {}};
  s.rows.push_back({"Ateliers; salle", Cell::of(50'000, Format::euros)});
  EXPECT_EQ(sheet::to_csv(s), "\xEF\xBB\xBF"
                              "Nom;Montant\r\n\"Ateliers; salle\";500,00\r\n");
}

TEST(SheetCsv, open_data_csv_is_commas_and_decimal_points_without_bom) {
  sheet::Sheet s{"Onglet", "Titre", "Note", {"zone", "taux"}, {}, {}};
  s.rows.push_back({"Aix, centre", Cell::of(12.34567, Format::rate)});
  s.rows.push_back({"Aiglun", Cell::of(std::nullopt, Format::rate)});
  EXPECT_EQ(sheet::to_open_csv(s), "zone,taux\r\n\"Aix, centre\",12.346\r\nAiglun,\r\n");
}

TEST(Utf8Shortened, cuts_between_characters_and_says_so) {
  EXPECT_EQ(utf8_shortened("Éléphant", 3), "Élé…");
  EXPECT_EQ(utf8_shortened("Élé", 3), "Élé");
}

TEST(BarChart, labels_are_escaped_and_each_value_has_its_bar) {
  std::string svg =
      svg_bar_chart("Budget <2024>", {"Prévu", "Dépensé"},
                    {{"FIPD & CAF", {1'250'000, 1'000'000}}, {"Commune", {500'000, -1}}}, "€");
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0U);
  EXPECT_NE(svg.find("Budget &lt;2024&gt;"), std::string::npos);
  EXPECT_NE(svg.find("FIPD &amp; CAF"), std::string::npos);
  EXPECT_NE(svg.find(">12 500 €<"), std::string::npos);
  std::size_t bars = 0;
  for (std::size_t at = svg.find("<rect"); at != std::string::npos; at = svg.find("<rect", at + 1))
    ++bars;
  EXPECT_EQ(bars, 2U + 3U);  // the legend's two keys, three values (none for -1)
}

}  // namespace
}  // namespace vigie
