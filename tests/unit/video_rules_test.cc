// The vidéoprotection rules (videoprotection/rules.h): read from the shipped data file, the
// authorisation's end and alert by the day, a copy's last day and its breach.
#include <gtest/gtest.h>

#include "core/dates.h"
#include "videoprotection/rules.h"

namespace vigie {
namespace {

VideoSystem authorised(std::optional<std::string> on) {
  VideoSystem s;
  s.id = 1;
  s.name = "Centre";
  s.authorised_on = std::move(on);
  return s;
}

RegisterEntry copy(std::string kind, std::string day) {
  RegisterEntry e;
  e.kind = std::move(kind);
  e.occurred_on = std::move(day);
  return e;
}

TEST(VideoRules, the_data_file_carries_the_law_and_its_sources) {
  const VideoRules& r = video_rules();
  EXPECT_EQ(r.authorisation_years, 5);
  EXPECT_EQ(r.authorisation_alert_months, 6);
  EXPECT_EQ(r.max_retention_days, 30);
  ASSERT_EQ(r.purposes.size(), 11U);
  EXPECT_EQ(r.purposes[10].reference, "L.251-2, 11°");
  EXPECT_NE(r.retention_source.find("L.252-5"), std::string::npos);
  EXPECT_EQ(unknown_purposes({1, 5, 12, 0}, r), (std::vector<std::int64_t>{12, 0}));
}

TEST(VideoRules, the_authorisation_alert_starts_six_months_before_its_fifth_year_ends) {
  const VideoRules& r = video_rules();
  EXPECT_EQ(authorisation_end("2020-02-29", r), "2025-02-28");
  VideoSystem s = authorised("2022-01-15");
  EXPECT_FALSE(authorisation_alert(s, "2026-07-14", r));
  EXPECT_EQ(authorisation_alert(s, "2026-07-15", r)->kind, "autorisation_echeance");
  EXPECT_EQ(authorisation_alert(s, "2027-01-14", r)->kind, "autorisation_echeance");
  EXPECT_EQ(authorisation_alert(s, "2027-01-15", r)->kind, "autorisation_expiree");
  EXPECT_EQ(authorisation_alert(authorised(std::nullopt), "2026-01-01", r)->kind,
            "autorisation_absente");
}

TEST(VideoRules, a_copy_is_kept_from_its_images_last_day_unless_handed_over) {
  RegisterEntry e = copy("extraction", "2026-05-26");
  e.images_to = "2026-05-25T17:30";
  EXPECT_EQ(destroy_by(e, 15), "2026-06-09");
  EXPECT_FALSE(retention_breached(e, "2026-06-09", 15));
  EXPECT_TRUE(retention_breached(e, "2026-06-10", 15));
  e.destroyed_on = "2026-06-09";
  EXPECT_FALSE(retention_breached(e, "2026-12-01", 15));
  e.destroyed_on = "2026-06-10";
  EXPECT_TRUE(retention_breached(e, "2026-12-01", 15));  // destroyed late stays so
  RegisterEntry handed = copy("requisition", "2026-05-26");
  handed.handed_to = "OPJ";
  EXPECT_FALSE(destroy_by(handed, 15));
  EXPECT_FALSE(destroy_by(copy("visionnage", "2026-05-26"), 15));
  EXPECT_EQ(destroy_by(copy("extraction", "2026-12-20"), 30), "2027-01-19");
}

TEST(Dates, add_days_crosses_months_years_and_leap_days) {
  EXPECT_EQ(add_days("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(add_days("2023-02-28", 1), "2023-03-01");
  EXPECT_EQ(add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(add_days("2026-01-01", -1), "2025-12-31");
}

}  // namespace
}  // namespace vigie
