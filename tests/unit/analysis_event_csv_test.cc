#include <gtest/gtest.h>

#include "analysis/event_csv.h"
#include "analysis/temporal.h"

namespace vigie::analysis {
namespace {

std::string failure(std::string_view text, const CsvOptions& o = {}) {
  auto table = parse_events_csv(text, o);
  if (table.ok()) return "ok";
  return table.error().field.value_or("") + " | " + table.error().message;
}

TEST(EventCsv, ReadsTheCalculatorsHeaderlessFormat) {
  auto table = parse_events_csv("359192.302798928,570510.890752286,2016-01-01\n"
                                "356347.3,576182.58,2016-01-03\n");
  ASSERT_TRUE(table.ok());
  EXPECT_FALSE(table->header);
  ASSERT_EQ(table->events.size(), 2U);
  EXPECT_DOUBLE_EQ(table->events[0].x, 359192.302798928);
  EXPECT_EQ(table->events[1].day - table->events[0].day, 2);
  EXPECT_FALSE(table->events[0].has_time());
}

TEST(EventCsv, FrenchSpreadsheetExportWithBomSemicolonsDecimalCommasAndTimes) {
  auto table = parse_events_csv("\xEF\xBB\xBF\"id\";\"X\";\"Y\";\"date_heure\"\r\n"
                                "1;652 000,5;6 862 000,25;31/01/2024 22:15\r\n"
                                "2;652100,5;6862000,25;01/02/2024 06:05:09\r\n",
                                {});
  // Spaces inside numbers are not a number format we accept silently.
  ASSERT_FALSE(table.ok());
  EXPECT_NE(table.error().message.find("ligne 2"), std::string::npos);
  EXPECT_EQ(table.error().field, "x");
  table = parse_events_csv("\xEF\xBB\xBF\"id\";\"X\";\"Y\";\"date_heure\"\r\n"
                           "1;652000,5;6862000,25;31/01/2024 22:15\r\n"
                           "2;652100,5;6862000,25;01/02/2024 06:05:09\r\n");
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_TRUE(table->header);
  EXPECT_EQ(table->separator, ';');
  EXPECT_EQ(table->date_order, DateOrder::day_month);
  EXPECT_DOUBLE_EQ(table->events[0].x, 652000.5);
  EXPECT_DOUBLE_EQ(table->events[0].y, 6862000.25);
  EXPECT_EQ(table->events[0].second_of_day, 22 * 3600 + 15 * 60);
  EXPECT_EQ(table->events[1].second_of_day, 6 * 3600 + 5 * 60 + 9);
  EXPECT_EQ(table->events[1].day - table->events[0].day, 1);
  EXPECT_EQ(weekday_from_days(table->events[0].day), 2);  // 31 January 2024: a Wednesday
}

TEST(EventCsv, DayOrMonthFirstIsDecidedFromTheFileOrAsked) {
  const std::string ambiguous = "x,y,date\n1,2,03/04/2016\n3,4,05/06/2016\n";
  EXPECT_NE(failure(ambiguous).find("précisez l'ordre"), std::string::npos);
  auto french = parse_events_csv(ambiguous, {.date_order = DateOrder::day_month});
  auto us = parse_events_csv(ambiguous, {.date_order = DateOrder::month_day});
  ASSERT_TRUE(french.ok() && us.ok());
  EXPECT_EQ(civil_from_days(french->events[0].day).month, 4U);
  EXPECT_EQ(civil_from_days(us->events[0].day).month, 3U);
  auto decided = parse_events_csv("x,y,date\n1,2,03/04/2016\n3,4,05/13/2016\n");
  ASSERT_TRUE(decided.ok());
  EXPECT_EQ(decided->date_order, DateOrder::month_day);
  EXPECT_NE(failure("x,y,date\n1,2,13/04/2016\n3,4,05/13/2016\n").find("mélangent"),
            std::string::npos);
}

TEST(EventCsv, ColumnsByNameOrPosition) {
  const std::string text = "quand;lieu_y;lieu_x\n2016-01-02;20;10\n";
  auto table =
      parse_events_csv(text, {.x_column = "LIEU_X", .y_column = "lieu_y", .date_column = "1"});
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->events[0].x, 10);
  EXPECT_EQ(table->events[0].y, 20);
  EXPECT_NE(failure(text).find("introuvable"), std::string::npos);
  EXPECT_NE(failure("1,2,2016-01-01\n", {.x_column = "x"}).find("en-tête"), std::string::npos);
  EXPECT_NE(failure("x,y,date\n1,2,2016-01-01\n", {.date_column = "7"}).find("absente"),
            std::string::npos);
}

TEST(EventCsv, EveryBadValueIsNamedWithItsLine) {
  EXPECT_EQ(failure("x,y,date\n1,2,2016-01-01\nabc,2,2016-01-01\n").substr(0, 12), "x | ligne 3 ");
  EXPECT_EQ(failure("x,y,date\n1,nan,2016-01-01\n").substr(0, 12), "y | ligne 2 ");
  EXPECT_EQ(failure("x,y,date\n1,inf,2016-01-01\n").substr(0, 12), "y | ligne 2 ");
  EXPECT_NE(failure("x,y,date\n1e12,2,2016-01-01\n").find("hors plage"), std::string::npos);
  EXPECT_EQ(failure("x,y,date\n1,2,2016-02-30\n").substr(0, 15), "date | ligne 2 ");
  EXPECT_EQ(failure("x,y,date\n1,2,2016-13-01\n").substr(0, 15), "date | ligne 2 ");
  EXPECT_EQ(failure("x,y,date\n1,2,16-01-01\n").substr(0, 15), "date | ligne 2 ");
  EXPECT_EQ(failure("x,y,date\n1,2,2016-01-01 25:00\n").substr(0, 15), "date | ligne 2 ");
  EXPECT_EQ(failure("x,y,date\n1,2,2016-01-01 -6:05\n").substr(0, 15), "date | ligne 2 ");  // fuzz
  EXPECT_EQ(failure("x,y,date\n\n1,2\n").substr(0, 15), "date | ligne 3 ");
  EXPECT_EQ(failure("x,y,date\n1,2,\"2016-01-01\n").substr(0, 24), "csv | ligne 2, colonne 3");
  EXPECT_NE(failure("x,y,date\n").find("aucun"), std::string::npos);
  EXPECT_NE(failure("").find("aucun"), std::string::npos);
  EXPECT_NE(failure("x,y,date\n1,2,2016-01-01\n1,2,2016-01-01\n", {.max_events = 1}).find("trop"),
            std::string::npos);
}

TEST(Temporal, HourWeekdayAndMonthsWithoutEvents) {
  auto table = parse_events_csv("x,y,date\n0,0,2024-01-01T08:30\n0,0,2024-01-01 08:59\n"
                                "0,0,2024-01-07T23:00\n0,0,2024-04-02\n");
  ASSERT_TRUE(table.ok());
  const HourWeekday hw = hour_weekday(table->events);
  EXPECT_EQ(hw.counts[0][8], 2);   // Monday 8 h
  EXPECT_EQ(hw.counts[6][23], 1);  // Sunday 23 h
  EXPECT_EQ(hw.without_time, 1);
  const auto months = monthly_series(table->events);
  ASSERT_EQ(months.size(), 4U);
  EXPECT_EQ(months[0].month, "2024-01");
  EXPECT_EQ(months[0].count, 3);
  EXPECT_EQ(months[1].count, 0);
  EXPECT_EQ(months[3].month, "2024-04");
}

TEST(Temporal, MannKendallOnClearTrendsAndRefusals) {
  auto up = mann_kendall({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  ASSERT_TRUE(up.ok());
  EXPECT_EQ(up->s, 45);
  EXPECT_DOUBLE_EQ(up->tau, 1.0);
  EXPECT_DOUBLE_EQ(up->sen_slope, 1.0);
  EXPECT_EQ(up->trend, "hausse");
  auto down = mann_kendall({9, 9, 7, 6, 6, 4, 3, 1});
  ASSERT_TRUE(down.ok());
  EXPECT_EQ(down->trend, "baisse");
  EXPECT_FALSE(mann_kendall({1, 2, 3}).ok());
  auto flat = mann_kendall({4, 4, 4, 4, 4});  // field case 01: no trend, not an error
  ASSERT_TRUE(flat.ok());
  EXPECT_TRUE(flat->constant);
  EXPECT_EQ(flat->s, 0);
  EXPECT_EQ(flat->sen_slope, 0);
  EXPECT_EQ(flat->trend, "pas de tendance");
}

}  // namespace
}  // namespace vigie::analysis
