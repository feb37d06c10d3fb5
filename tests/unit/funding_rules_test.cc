// The funding rules (funding/rules.h): the State's share counted exactly in cents against 80 %,
// the FIPD minimum and its exception, the report due six months after the funded year, the
// alerts by the day.
#include <gtest/gtest.h>

#include "funding/rules.h"

namespace vigie {
namespace {

FundingRequest fipd(std::int64_t cost, std::int64_t requested) {
  FundingRequest q;
  q.id = 7;
  q.action_id = 3;
  q.year = 2026;
  q.funder = "fipd";
  q.programme = "S";
  q.project_cost_cents = cost;
  q.requested_cents = requested;
  return q;
}

TEST(FundingRules, the_data_file_carries_the_programmes_and_the_limits) {
  const FundingRules& r = funding_rules();
  ASSERT_EQ(r.programmes.size(), 4U);
  EXPECT_EQ(r.programmes[3].code, "K");
  EXPECT_EQ(r.state_max_percent, 80);
  EXPECT_EQ(r.fipd_minimum_cents, 300000);
  EXPECT_TRUE(is_state_funder("etat", r));
  EXPECT_FALSE(is_state_funder("commune", r));
}

TEST(FundingRules, eighty_percent_is_allowed_one_cent_more_is_not) {
  const FundingRules& r = funding_rules();
  EXPECT_FALSE(check_request(fipd(1000001, 800000), r).has_value());
  EXPECT_FALSE(check_request(fipd(1000000, 800000), r).has_value());
  auto refused = check_request(fipd(1000000, 800001), r);
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->field, "requested_cents");
  // Once granted, the granted amount counts.
  FundingRequest granted = fipd(1000000, 900000);
  granted.granted_cents = 700000;
  granted.cofunders.push_back({"etat", std::string("ANCT"), 100000});
  EXPECT_FALSE(check_request(granted, r).has_value());
  EXPECT_EQ(state_share_percent(granted, r), 80);
}

TEST(FundingRules, the_minimum_spares_police_municipale_equipment) {
  const FundingRules& r = funding_rules();
  FundingRequest small = fipd(500000, 299999);
  ASSERT_TRUE(check_request(small, r).has_value());
  small.police_equipment = true;
  EXPECT_FALSE(check_request(small, r).has_value());
  FundingRequest other = small;  // other funders have no minimum and no programme
  other.funder = "region";
  other.police_equipment = false;
  EXPECT_EQ(check_request(other, r)->field, "programme");
  other.programme.reset();
  EXPECT_FALSE(check_request(other, r).has_value());
}

TEST(FundingRules, the_report_is_due_six_months_after_the_funded_year) {
  const FundingRules& r = funding_rules();
  EXPECT_EQ(report_due_on(2026, r), "2027-06-30");
  FundingRequest q = fipd(1000000, 500000);
  q.status = "accordee";
  q.granted_cents = 400000;
  EXPECT_TRUE(request_alerts(q, "2026-12-31", r).empty());
  auto due = request_alerts(q, "2027-01-01", r);
  ASSERT_EQ(due.size(), 1U);
  EXPECT_EQ(due[0].kind, "compte_rendu");
  EXPECT_EQ(due[0].due_on, "2027-06-30");
  EXPECT_EQ(request_alerts(q, "2027-07-01", r).at(0).kind, "compte_rendu_en_retard");
  q.report_sent_on = "2027-05-02";
  EXPECT_TRUE(request_alerts(q, "2027-07-01", r).empty());
}

TEST(FundingRules, a_filing_deadline_is_alerted_thirty_days_before_while_in_preparation) {
  const FundingRules& r = funding_rules();
  FundingRequest q = fipd(1000000, 500000);
  q.deadline = "2026-03-31";
  EXPECT_TRUE(request_alerts(q, "2026-02-28", r).empty());
  EXPECT_EQ(request_alerts(q, "2026-03-01", r).at(0).kind, "echeance");
  EXPECT_NE(request_alerts(q, "2026-04-02", r).at(0).message.find("est passée"), std::string::npos);
  q.status = "deposee";
  EXPECT_TRUE(request_alerts(q, "2026-03-30", r).empty());
}

TEST(FundingRules, the_local_cap_warns_without_refusing) {
  const FundingRules& r = funding_rules();
  FundingRequest q = fipd(1000000, 600000);
  q.cofunders.push_back({"commune", std::nullopt, 400000});
  FundingSettings none;
  EXPECT_TRUE(request_warnings(q, none, r).empty());
  FundingSettings capped{1, 50, std::string("Appel à projets 2026")};
  auto w = request_warnings(q, capped, r);
  ASSERT_EQ(w.size(), 1U);
  EXPECT_NE(w[0].find("50 %"), std::string::npos);
}

}  // namespace
}  // namespace vigie
