// The participation citoyenne rules (participation/rules.h): three-year terms counted from the
// signature, tacitly renewed, alerted three months before each end, none once denounced.
#include <gtest/gtest.h>

#include "participation/rules.h"

namespace vigie {
namespace {

CitizenProtocol signed_on(std::string day) {
  CitizenProtocol p;
  p.id = 1;
  p.signed_on = std::move(day);
  return p;
}

TEST(CitizenRules, the_data_file_carries_three_years_and_its_source) {
  const CitizenRules& r = citizen_rules();
  EXPECT_EQ(r.protocol_years, 3);
  EXPECT_EQ(r.renewal_alert_months, 3);
  EXPECT_NE(r.protocol_source.find("30 avril 2019"), std::string::npos);
  EXPECT_EQ(r.bilan_indicator, "Cambriolages de logement");
}

TEST(CitizenRules, terms_follow_one_another_from_the_signature) {
  const CitizenRules& r = citizen_rules();
  CitizenProtocol p = signed_on("2020-02-29");
  EXPECT_EQ(current_term_end(p, "2020-03-01", r), "2023-02-28");
  EXPECT_EQ(current_term_end(p, "2023-02-28", r), "2026-02-28");  // renewed on the day
  EXPECT_EQ(current_term_end(p, "2026-03-01", r), "2029-02-28");
  p.ended_on = "2024-01-01";
  EXPECT_FALSE(current_term_end(p, "2024-01-01", r));
  EXPECT_EQ(current_term_end(p, "2023-12-31", r), "2026-02-28");
}

TEST(CitizenRules, the_alert_opens_three_months_before_a_term_ends) {
  const CitizenRules& r = citizen_rules();
  CitizenProtocol p = signed_on("2023-09-15");
  EXPECT_FALSE(renewal_alert(p, "2026-06-14", r));
  EXPECT_EQ(renewal_alert(p, "2026-06-15", r)->term_ends_on, "2026-09-15");
  EXPECT_EQ(renewal_alert(p, "2026-09-14", r)->term_ends_on, "2026-09-15");
  EXPECT_FALSE(renewal_alert(p, "2026-09-15", r));  // renewed: the next end is three years on
}

}  // namespace
}  // namespace vigie
