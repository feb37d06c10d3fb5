// The summons letter's text and the PDF's encoding, without a store.
#include <gtest/gtest.h>

#include "followup/summons.h"

namespace vigie {
namespace {

std::string all_text(const std::vector<PrintBlock>& blocks) {
  std::string out;
  for (const auto& b : blocks)
    out += b.text + "\n";
  return out;
}

FollowUp person(std::optional<std::string> birth) {
  FollowUp p;
  p.first_name = "Léa";
  p.last_name = "Durand";
  p.birth_date = std::move(birth);
  p.representatives = {{"Sophie Durand", "mère", std::nullopt}};
  return p;
}

Reminder hearing(const std::string& at) {
  Reminder r;
  r.facts = "Tags";
  r.facts_date = "2026-05-02";
  r.hearing_at = at;
  r.place = "Mairie";
  r.summoned_by = "Le maire";
  return r;
}

TEST(Summons, a_minor_is_summoned_with_the_legal_representatives) {
  std::string text = all_text(
      summons_letter(person("2011-04-02"), hearing("2026-06-01T09:05"), "Cergy", "2026-05-20"));
  EXPECT_NE(text.find("et ses représentants légaux : Sophie Durand (mère)"), std::string::npos);
  EXPECT_NE(text.find("le 1er juin 2026 à 09\u00A0h\u00A005"), std::string::npos);
  EXPECT_NE(text.find("Cergy, le 20 mai 2026"), std::string::npos);
}

TEST(Summons, age_is_taken_on_the_hearing_day_and_an_unknown_age_is_not_minor) {
  EXPECT_TRUE(minor_on(person("2008-06-11"), "2026-06-10"));
  EXPECT_FALSE(minor_on(person("2008-06-10"), "2026-06-10"));
  EXPECT_FALSE(minor_on(person(std::nullopt), "2026-06-10"));
  std::string adult = all_text(
      summons_letter(person("1990-01-01"), hearing("2026-06-10T10:00"), "Cergy", "2026-05-20"));
  EXPECT_EQ(adult.find("représentants légaux"), std::string::npos);
}

TEST(Pdf, french_text_goes_to_windows_1252_and_the_rest_to_a_question_mark) {
  EXPECT_EQ(to_cp1252("Léa « œuvre » — 5 €"), "L\xE9"
                                              "a \xAB \x9Cuvre \xBB \x97 5 \x80");
  EXPECT_EQ(to_cp1252("漢"), "?");
}

// Without the embedded font: Windows-1252's own letters stay, the other Latin letters lose
// their accent, nothing Latin becomes "?" (field case 17).
TEST(Pdf, latin_letters_outside_windows_1252_are_transliterated_not_lost) {
  EXPECT_EQ(to_cp1252("Dušan Živković"), "Du\x9A"
                                         "an \x8Eivkovic");
  EXPECT_EQ(to_cp1252("Şahin Yıldız"), "Sahin Yildiz");
  EXPECT_EQ(to_cp1252("Łucja Wąsowska-Őry"), "Lucja Wasowska-Ory");
  EXPECT_EQ(to_cp1252("Ștefan Țuțu"), "Stefan Tutu");
}

TEST(Pdf, a_document_is_a_pdf) {
  auto pdf = render_pdf("Essai", {{PrintBlock::Kind::heading, "Objet"},
                                  {PrintBlock::Kind::paragraph, std::string(3000, 'x')}});
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0U);
  EXPECT_NE(pdf->find("%%EOF"), std::string::npos);
}

}  // namespace
}  // namespace vigie
