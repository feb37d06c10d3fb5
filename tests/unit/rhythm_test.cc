#include <gtest/gtest.h>

#include "governance/rhythm.h"

namespace vigie {

namespace {
Body body(const std::string& frequency, std::optional<std::int64_t> count = std::nullopt) {
  Body b;
  b.name = "Réunion plénière";
  b.frequency = frequency;
  b.frequency_count = count;
  return b;
}
Meeting held(const std::string& at) {
  return {1, 1, at, std::nullopt, "tenue", 1, 120, std::nullopt, std::nullopt};
}
}  // namespace

TEST(Rhythm, a_yearly_plenary_fourteen_months_after_its_last_meeting_is_late) {
  Rhythm r = compute_rhythm(body("yearly"), {held("2025-03-10T18:00")}, "2026-05-28");
  EXPECT_TRUE(r.late);
  EXPECT_EQ(r.next_due, "2026-03-10");
  EXPECT_EQ(r.message, "Réunion plénière : aucune réunion depuis 14 mois.");
}

TEST(Rhythm, the_latest_held_meeting_counts_not_cancelled_ones) {
  Meeting cancelled = held("2026-05-01T10:00");
  cancelled.status = "annulee";
  Rhythm r =
      compute_rhythm(body("every_n_months", 3),
                     {held("2026-04-01T10:00"), cancelled, held("2026-01-15T10:00")}, "2026-05-28");
  EXPECT_FALSE(r.late);
  EXPECT_EQ(r.last_held, "2026-04-01");
  EXPECT_EQ(r.next_due, "2026-07-01");
  EXPECT_EQ(propose_dates(r, "2026-05-28", 3),
            (std::vector<std::string>{"2026-07-01", "2026-10-01", "2027-01-01"}));
}

TEST(Rhythm, without_any_meeting_a_body_is_late_unless_one_is_planned) {
  EXPECT_TRUE(compute_rhythm(body("monthly"), {}, "2026-05-28").late);
  Meeting planned = held("2026-06-10T09:00");
  planned.status = "prevue";
  EXPECT_FALSE(compute_rhythm(body("monthly"), {planned}, "2026-05-28").late);
}

TEST(Rhythm, on_demand_bodies_have_no_due_date_and_twice_a_year_means_six_months) {
  Rhythm on_demand = compute_rhythm(body("on_demand"), {}, "2026-05-28");
  EXPECT_FALSE(on_demand.late);
  EXPECT_TRUE(propose_dates(on_demand, "2026-05-28", 4).empty());
  Rhythm twice =
      compute_rhythm(body("times_per_year", 2), {held("2025-12-01T10:00")}, "2026-05-28");
  EXPECT_EQ(twice.next_due, "2026-06-01");
}

}  // namespace vigie
