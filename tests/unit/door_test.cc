// What the door checks before any handler: clean text, strict JSON, the client's address.
#include <gtest/gtest.h>

#include "core/json_strict.h"
#include "core/text.h"
#include "http/door.h"

namespace vigie {
namespace {

TEST(Utf8, well_formed_text_only) {
  EXPECT_TRUE(is_valid_utf8("Hôtel de Ville — 1ᵉʳ étage 🚓"));
  EXPECT_FALSE(is_valid_utf8("caf\xE9"));           // Windows-1252
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong "/"
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));          // cut short
}

TEST(StrictJson, names_the_duplicate_key_the_nul_and_the_bad_bytes) {
  EXPECT_TRUE(check_json_text(R"({"a":[1,{"b":"x"}],"c":null})").ok());
  EXPECT_EQ(check_json_text(R"({"a":1,"a":2})").error().field, "a");
  EXPECT_EQ(check_json_text(R"({"a":[{"b":1},{"b":2,"b":3}]})").error().field, "a[1].b");
  EXPECT_EQ(check_json_text(R"({"a":1,"\u0061":2})").error().field, "a");  // same key, escaped
  EXPECT_EQ(check_json_text(R"({"a":{"b":["x","y\u0000"]}})").error().field, "a.b[1]");
  EXPECT_EQ(check_json_text("{\"a\":\"\xFF\"}").error().field, "a");
  EXPECT_EQ(check_json_text("{\"a\":").error().code, ErrorCode::invalid);
  std::string deep(40, '[');
  EXPECT_FALSE(check_json_text(deep + std::string(40, ']')).ok());
}

Request from(const std::string& peer, const std::string& forwarded) {
  Request r;
  r.remote = peer;
  if (!forwarded.empty()) r.headers["x-forwarded-for"] = forwarded;
  return r;
}

TEST(ClientAddress, behind_the_proxy_the_rightmost_untrusted_address) {
  std::vector<std::string> proxies{"127.0.0.1", "10.1.1.1"};
  // The client wrote "6.6.6.6" itself; our proxy appended the address it saw.
  EXPECT_EQ(client_address(from("127.0.0.1", "6.6.6.6, 203.0.113.7"), proxies), "203.0.113.7");
  EXPECT_EQ(client_address(from("127.0.0.1", "203.0.113.7, 10.1.1.1"), proxies), "203.0.113.7");
  EXPECT_EQ(client_address(from("127.0.0.1", "garbage, 203.0.113.7"), proxies), "203.0.113.7");
  EXPECT_EQ(client_address(from("127.0.0.1", "203.0.113.7, garbage"), proxies), "127.0.0.1");
  // Not from a trusted proxy: the header is the client's word, not believed.
  EXPECT_EQ(client_address(from("198.51.100.2", "203.0.113.7"), proxies), "198.51.100.2");
  EXPECT_EQ(client_address(from("127.0.0.1", "203.0.113.7"), {}), "127.0.0.1");
  EXPECT_EQ(client_address(from("", ""), proxies), "local");
}

}  // namespace
}  // namespace vigie
