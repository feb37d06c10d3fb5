#include <gtest/gtest.h>

#include "core/json_reader.h"

namespace vigie {
namespace json = boost::json;

namespace {
constexpr std::string_view kStatuses[] = {"prevue", "en_cours"};

Result<void> read(std::string_view text) {
  json::value v = json::parse(text);
  JsonReader in(v, "");
  in.string("title", 10);
  in.optional_integer("number", 1, 99);
  in.optional_enumeration("status", kStatuses);
  in.object_list("items", 2, [](JsonReader& item, std::size_t) { item.string("label", 5); });
  return in.finish();
}
}  // namespace

TEST(JsonReader, accepts_a_valid_object) { EXPECT_TRUE(read(R"({"title":"ok","number":3})").ok()); }

TEST(JsonReader, names_the_missing_field) {
  auto r = read(R"({"number":3})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "title");
}

// A cleared date input sends "": the required date's own message, not a format error; an
// optional one is simply absent.
TEST(JsonReader, a_blank_date_is_a_missing_date) {
  json::value v = json::parse(R"({"on":"  ","maybe":""})");
  JsonReader in(v, "");
  in.date("on", "Indiquez le jour.");
  auto r = in.finish();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "on");
  EXPECT_EQ(r.error().message, "Indiquez le jour.");
  JsonReader optional(v, "");
  EXPECT_FALSE(optional.optional_date("maybe").has_value());
  EXPECT_FALSE(optional.failed());
}

TEST(JsonReader, refuses_unknown_fields_by_name) {
  auto r = read(R"({"title":"ok","colour":"red"})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "colour");
}

TEST(JsonReader, refuses_wrong_types) {
  auto r = read(R"({"title":"ok","number":"3"})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "number");
}

TEST(JsonReader, refuses_over_long_strings_counting_characters) {
  EXPECT_TRUE(read(R"({"title":"éééééééééé"})").ok());
  auto r = read(R"({"title":"ééééééééééé"})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "title");
}

TEST(JsonReader, names_nested_fields_with_their_index) {
  auto r = read(R"({"title":"ok","items":[{"label":"a"},{"label":"toolong"}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "items[1].label");
  auto unknown = read(R"({"title":"ok","items":[{"label":"a","x":1}]})");
  EXPECT_EQ(unknown.error().field, "items[0].x");
}

TEST(JsonReader, says_how_far_a_number_may_go_years_unseparated) {
  EXPECT_EQ(read(R"({"title":"ok","number":1e30})").error().message,
            "Ce nombre est bien trop grand.");
  EXPECT_EQ(read(R"({"title":"ok","number":18446744073709551615})").error().message,
            "Ce nombre est bien trop grand.");
  EXPECT_EQ(read(R"({"title":"ok","number":2.5})").error().message,
            "Ce champ doit être un nombre entier.");
  EXPECT_TRUE(read(R"({"title":"ok","number":4.0})").ok());
  json::value v = json::parse(R"({"year":2200,"count":20000})");
  JsonReader in(v, "");
  in.optional_integer("year", 1990, 2100);
  EXPECT_EQ(in.finish().error().message, "Ce champ doit être compris entre 1990 et 2100.");
  JsonReader counts(v, "");
  counts.optional_integer("count", 0, 10'000);
  counts.optional_integer("year", 1990, 2100);
  EXPECT_EQ(counts.finish().error().message, "Ce champ doit être compris entre 0 et 10 000.");
}

TEST(JsonReader, refuses_values_outside_closed_lists_and_ranges) {
  EXPECT_EQ(read(R"({"title":"ok","status":"finie"})").error().field, "status");
  EXPECT_EQ(read(R"({"title":"ok","number":100})").error().field, "number");
  EXPECT_EQ(
      read(R"({"title":"ok","items":[{"label":"a"},{"label":"b"},{"label":"c"}]})").error().field,
      "items");
}

TEST(JsonReader, parse_reports_malformed_json) {
  auto r = JsonReader::parse("{\"title\": ");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid);
}

}  // namespace vigie
