#include <gtest/gtest.h>

#include "core/json_locate.h"
#include "core/text.h"

namespace vigie {

TEST(Text, search_folds_accents_and_case) {
  EXPECT_EQ(fold_for_search("Éducation Nationale, CŒUR"), "education nationale, coeur");
  EXPECT_EQ(fold_for_search("sécurité"), fold_for_search("SÉCURITÉ"));
}

TEST(Text, search_terms_split_on_punctuation_and_are_bounded) {
  auto terms = search_terms("Violences intrafamiliales; l'aide (victimes)");
  EXPECT_EQ(terms,
            (std::vector<std::string>{"violences", "intrafamiliales", "l", "aide", "victimes"}));
  EXPECT_EQ(search_terms("a b c d e f g h i j", 3).size(), 3U);
}

TEST(Text, length_counts_characters_not_bytes) {
  EXPECT_EQ(utf8_length("été"), 3U);
  EXPECT_EQ(utf8_length("œ"), 1U);
}

TEST(Text, iso_dates_are_real_calendar_days) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_FALSE(is_iso_date("2023-13-01"));
  EXPECT_FALSE(is_iso_date("2023-1-01"));
  EXPECT_FALSE(is_iso_date("26/01/2012"));
}

TEST(JsonLocate, finds_the_line_of_a_nested_value) {
  std::string text = "{\n  \"axes\": [\n    {\"number\": 1},\n    {\n      \"number\": 2,\n"
                     "      \"title\": \"x\"\n    }\n  ]\n}\n";
  EXPECT_EQ(locate_json_path(text, "axes[1].title"), 6);
  EXPECT_EQ(locate_json_path(text, "axes[0].number"), 3);
  EXPECT_EQ(locate_json_path(text, "axes[1].missing"), 4);  // the object that lacks it
  EXPECT_EQ(line_of_offset(text, text.find("title")), 6);
}

}  // namespace vigie

#include "core/dates.h"

namespace vigie {

TEST(Dates, months_are_added_with_the_day_clamped) {
  EXPECT_EQ(add_months("2024-01-31", 1), "2024-02-29");
  EXPECT_EQ(add_months("2023-01-31", 1), "2023-02-28");
  EXPECT_EQ(add_months("2024-11-15", 3), "2025-02-15");
  EXPECT_EQ(add_months("2024-03-10", -3), "2023-12-10");
}

TEST(Dates, whole_months_between_count_only_reached_days) {
  EXPECT_EQ(months_between("2024-01-15", "2025-03-14"), 13);
  EXPECT_EQ(months_between("2024-01-15", "2025-03-15"), 14);
  EXPECT_EQ(months_between("2024-05-01", "2024-05-31"), 0);
}

TEST(Dates, local_datetimes_are_checked) {
  EXPECT_TRUE(is_local_datetime("2025-03-12T14:30"));
  EXPECT_FALSE(is_local_datetime("2025-02-30T14:30"));
  EXPECT_FALSE(is_local_datetime("2025-03-12T24:00"));
  EXPECT_FALSE(is_local_datetime("2025-03-12 14:30"));
  EXPECT_EQ(date_of(0), "1970-01-01");
}

TEST(FrenchNumbers, documents_print_numbers_and_euros_as_french_writes_them) {
  EXPECT_EQ(french_number(1250), "1 250");
  EXPECT_EQ(french_number(2.5), "2,5");
  EXPECT_EQ(french_number(-0.125), "-0,125");
  EXPECT_EQ(french_number(12345.75), "12 345,8");  // six significant digits
  EXPECT_EQ(french_euros(1'250'000), "12 500 €");
  EXPECT_EQ(french_euros(125'050), "1 250,50 €");
  EXPECT_EQ(french_euros(-5), "-0,05 €");
}

TEST(Codes, a_short_list_of_codes_round_trips_through_one_text) {
  EXPECT_EQ(split_codes("frequency,axis"), (std::vector<std::string>{"frequency", "axis"}));
  EXPECT_TRUE(split_codes("").empty());
  EXPECT_EQ(join_codes({"situation", "actions"}), "situation,actions");
  EXPECT_EQ(join_codes({}), "");
}

}  // namespace vigie
