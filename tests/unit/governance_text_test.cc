// The pure parts of governance: nominative hints, iCalendar rendering, Paris time, base64.
#include <gtest/gtest.h>

#include "core/base64.h"
#include "core/dates.h"
#include "core/nominative.h"
#include "governance/calendar.h"

namespace vigie {

TEST(NominativeHints, names_birth_dates_phones_and_emails_are_pointed_out) {
  auto hints = nominative_hints("Mme Durand, née le 3 mars 2008, joignable au 06 12 34 56 78 ou "
                                "à l.durand@exemple.fr. M. Élie Martin aussi.");
  ASSERT_EQ(hints.size(), 5U);
  EXPECT_EQ(hints[0], "« Mme Durand » ressemble au nom d'une personne.");
  EXPECT_EQ(hints[1], "« M. Élie » ressemble au nom d'une personne.");
  EXPECT_EQ(hints[2], "« née le 3 » ressemble à une date de naissance.");
  EXPECT_EQ(hints[3], "« 06 12 34 56 78 » ressemble à un numéro de téléphone.");
  EXPECT_EQ(hints[4], "« l.durand@exemple.fr » ressemble à une adresse électronique.");
}

TEST(NominativeHints, first_names_of_the_dictionary_and_postal_addresses_are_pointed_out) {
  auto hints = nominative_hints("Signalement de Kevin Lefort et de DUPONT Jean-Claude, domicilié "
                                "12 bis rue des Lilas, 04100 Manosque. M. Élie Martin est excusé.");
  ASSERT_EQ(hints.size(), 5U);
  EXPECT_EQ(hints[0], "« M. Élie » ressemble au nom d'une personne.");
  EXPECT_EQ(hints[1], "« 12 bis rue des Lilas » ressemble à une adresse postale.");
  EXPECT_EQ(hints[2], "« 04100 Manosque » ressemble à une adresse postale.");
  EXPECT_EQ(hints[3], "« Kevin Lefort » ressemble au nom d'une personne.");
  EXPECT_EQ(hints[4], "« DUPONT Jean-Claude » ressemble au nom d'une personne.");
}

TEST(NominativeHints, titles_families_and_names_in_capitals_are_pointed_out) {
  auto hints = nominative_hints("Vu par Dr Martin puis Me Lefèvre ; la famille Benali et "
                                "JEAN-CLAUDE DUPONT, ÉLODIE MARTIN sont reçus.");
  ASSERT_EQ(hints.size(), 5U);
  EXPECT_EQ(hints[0], "« Dr Martin » ressemble au nom d'une personne.");
  EXPECT_EQ(hints[1], "« Me Lefèvre » ressemble au nom d'une personne.");
  EXPECT_EQ(hints[2], "« famille Benali » ressemble au nom d'une personne.");
  EXPECT_EQ(hints[3], "« JEAN-CLAUDE DUPONT » ressemble au nom d'une personne.");
  EXPECT_EQ(hints[4], "« ÉLODIE MARTIN » ressemble au nom d'une personne.");
}

TEST(NominativeHints, institutional_wording_is_not_flagged) {
  EXPECT_TRUE(nominative_hints("M. le Maire présente le bilan ; Madame la Préfète conclut. "
                               "Réunion du 12/03/2026, 14 caméras. La Police municipale et "
                               "le quartier Pierre-et-Marie-Curie ; pierre angulaire du CLSPD. "
                               "ÉCOLE PIERRE ET MARIE, la famille des "
                               "partenaires, Me voici.")
                  .empty());
}

TEST(Calendar, long_lines_fold_at_75_octets_without_cutting_a_character) {
  CalendarEvent e{"reunion-1@vigie",
                  "2026-12-03T18:00",
                  90,
                  std::string(70, 'e') + "éééé",
                  std::string("Salle; du conseil, 1er"),
                  false,
                  2,
                  std::nullopt,
                  {}};
  std::string ics = render_calendar("Cal", {e}, 1'780'000'000);
  EXPECT_NE(ics.find("DTSTART;TZID=Europe/Paris:20261203T180000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DURATION:PT90M\r\n"), std::string::npos);
  EXPECT_NE(ics.find("LOCATION:Salle\\; du conseil\\, 1er\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20260528T202640Z\r\n"), std::string::npos);
  std::size_t start = 0;
  while (start < ics.size()) {
    std::size_t end = ics.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75U) << ics.substr(start, end - start);
    if (ics[start] == ' ') {
      auto next = static_cast<unsigned char>(ics[start + 1]);
      EXPECT_NE(next & 0xC0, 0x80) << "a folded line starts inside a character";
    }
    start = end + 2;
  }
}

TEST(ParisTime, summer_and_winter_offsets_and_the_changes_themselves) {
  EXPECT_EQ(paris_local_datetime(1'780'000'000), "2026-05-28T22:26");  // CEST, +2
  EXPECT_EQ(paris_local_datetime(1'796'000'000), "2026-11-30T01:53");  // CET, +1
  // 29 March 2026, 01:00 UTC: 02:00 CET becomes 03:00 CEST.
  EXPECT_EQ(paris_local_datetime(1'774'745'999), "2026-03-29T01:59");
  EXPECT_EQ(paris_local_datetime(1'774'746'000), "2026-03-29T03:00");
  // 25 October 2026, 01:00 UTC: 03:00 CEST becomes 02:00 CET.
  EXPECT_EQ(paris_local_datetime(1'792'889'999), "2026-10-25T02:59");
  EXPECT_EQ(paris_local_datetime(1'792'890'000), "2026-10-25T02:00");
}

TEST(Base64, any_bytes_come_back) {
  std::string bytes("\0\xff\x10 binaire", 11);
  EXPECT_EQ(to_base64("Vigie"), "VmlnaWU=");
  EXPECT_EQ(from_base64(to_base64(bytes)), bytes);
  EXPECT_EQ(from_base64(to_base64("")), "");
}

}  // namespace vigie
