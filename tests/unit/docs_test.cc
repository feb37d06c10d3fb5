// The API reference must name every route the server registers.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "auth/access_rules.h"

namespace vigie {

TEST(Docs, the_api_reference_lists_every_route) {
  std::ifstream in(std::string(VIGIE_SOURCE_DIR) + "/docs/api.md");
  ASSERT_TRUE(in);
  std::stringstream text;
  text << in.rdbuf();
  for (const AccessRule& rule : access_rules()) {
    std::string entry = "`" + std::string(rule.method) + " " + std::string(rule.pattern) + "`";
    EXPECT_NE(text.str().find(entry), std::string::npos) << entry << " is missing from docs/api.md";
  }
}

}  // namespace vigie
