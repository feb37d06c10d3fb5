#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "core/json_text.h"

namespace vigie {
namespace {

namespace json = boost::json;

TEST(JsonText, numbers_are_written_in_plain_decimal_and_read_back_the_same) {
  json::value v = {5.829656, 43.8297, 100.0, 0.05, -2.5, 12, 1e-7, 1e22};
  std::string text = json_text(v);
  EXPECT_EQ(text, "[5.829656,43.8297,100.0,0.05,-2.5,12,1e-07,1e+22]");
  EXPECT_EQ(json::parse(text), v);
}

TEST(JsonText, strings_keep_what_looks_like_numbers) {
  json::value v = {{"1E2", "5.8E0 \"2E1\" \\"}, {"x", 4.38297E1}, {"ok", true}, {"n", nullptr}};
  std::string text = json_text(v);
  EXPECT_NE(text.find(R"("1E2":"5.8E0 \"2E1\" \\")"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("x":43.8297)"), std::string::npos) << text;
  EXPECT_EQ(json::parse(text), v);
}

}  // namespace
}  // namespace vigie
