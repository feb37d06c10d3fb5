// The sums and summaries of the diagnostic (diagnostic/aggregate).
#include <gtest/gtest.h>

#include "diagnostic/aggregate.h"

namespace vigie {
namespace {

using ssmsi_aggregate::ZoneFigure;

TEST(SsmsiAggregate, one_zone_is_shown_as_published_and_a_masked_one_has_no_figure) {
  SsmsiPoint p = ssmsi_aggregate::sum(2025, {{12, 3.5, true, 3428.6}});
  EXPECT_EQ(p.count, 12);
  EXPECT_DOUBLE_EQ(*p.rate, 3.5);  // as published, not recomputed
  SsmsiPoint masked = ssmsi_aggregate::sum(2025, {{std::nullopt, std::nullopt, false, 800}});
  EXPECT_FALSE(masked.published);
  EXPECT_FALSE(masked.count);
  EXPECT_FALSE(masked.rate);
}

TEST(SsmsiAggregate, a_sum_recomputes_the_rate_over_the_bases_and_says_when_it_is_partial) {
  SsmsiPoint all = ssmsi_aggregate::sum(2025, {{10, 5.0, true, 2000}, {30, 10.0, true, 3000}});
  EXPECT_EQ(all.count, 40);
  EXPECT_DOUBLE_EQ(*all.rate, 8.0);  // 40 / 5,000 × 1,000
  EXPECT_FALSE(all.partial);
  SsmsiPoint part =
      ssmsi_aggregate::sum(2025, {{10, 5.0, true, 2000}, {std::nullopt, std::nullopt, false, 500}});
  EXPECT_TRUE(part.partial);
  EXPECT_EQ(part.count, 10);
  EXPECT_DOUBLE_EQ(*part.rate, 5.0);  // over the published part's base only
  EXPECT_EQ(part.zones, 2);
  EXPECT_EQ(part.zones_published, 1);
  SsmsiPoint none = ssmsi_aggregate::sum(
      2025, {{std::nullopt, std::nullopt, false, 500}, {std::nullopt, std::nullopt, false, 9}});
  EXPECT_FALSE(none.published);
  EXPECT_FALSE(none.count);
}

TEST(SsmsiAggregate, the_base_of_a_rate_comes_from_count_and_rate_or_the_declared_base) {
  ZoneFigure f{446, 3.3647649, true, std::nullopt};
  EXPECT_NEAR(*ssmsi_aggregate::rate_base(f, 168054), 132550.12, 0.01);  // dwellings, not people
  ZoneFigure zero{0, 0.0, true, std::nullopt};
  EXPECT_EQ(ssmsi_aggregate::rate_base(zero, 1400), 1400);
}

TEST(SsmsiAggregate, quartiles_interpolate_like_r_type_7) {
  // R: quantile(c(1, 2, 4, 7, 11), c(.25, .5, .75)) → 2 4 7; c(1, 2, 3, 4) → 1.75 2.5 3.25
  EXPECT_DOUBLE_EQ(*ssmsi_aggregate::quantile({7, 1, 11, 2, 4}, 0.25), 2);
  EXPECT_DOUBLE_EQ(*ssmsi_aggregate::quantile({7, 1, 11, 2, 4}, 0.5), 4);
  EXPECT_DOUBLE_EQ(*ssmsi_aggregate::quantile({1, 2, 3, 4}, 0.25), 1.75);
  EXPECT_DOUBLE_EQ(*ssmsi_aggregate::quantile({1, 2, 3, 4}, 0.75), 3.25);
  EXPECT_FALSE(ssmsi_aggregate::quantile({}, 0.5));
}

}  // namespace
}  // namespace vigie
