// TOTP against the RFC 6238 test vectors (SHA-1 secret "12345678901234567890"; the RFC prints 8
// digits, authenticator applications show the last 6) and base32 against RFC 4648.
#include <gtest/gtest.h>

#include "auth/totp.h"

namespace vigie {

TEST(Totp, matches_the_rfc_6238_vectors) {
  const std::string secret = "12345678901234567890";
  EXPECT_EQ(totp_code(secret, 59 / 30), "287082");           // 94287082
  EXPECT_EQ(totp_code(secret, 1111111109 / 30), "081804");   // 07081804
  EXPECT_EQ(totp_code(secret, 1111111111 / 30), "050471");   // 14050471
  EXPECT_EQ(totp_code(secret, 1234567890 / 30), "005924");   // 89005924
  EXPECT_EQ(totp_code(secret, 2000000000 / 30), "279037");   // 69279037
  EXPECT_EQ(totp_code(secret, 20000000000 / 30), "353130");  // 65353130
}

TEST(Totp, accepts_one_step_of_drift_and_each_code_once) {
  const std::string secret = "12345678901234567890";
  std::int64_t now = 1111111111;
  std::string previous = totp_code(secret, now / 30 - 1);
  EXPECT_EQ(totp_match(secret, previous, now, 0), now / 30 - 1);
  EXPECT_FALSE(totp_match(secret, previous, now, now / 30 - 1));  // already used
  EXPECT_FALSE(totp_match(secret, totp_code(secret, now / 30 - 2), now, 0));
  EXPECT_FALSE(totp_match(secret, "000000", now, 0));
}

// Field case 16: the code as authenticator apps show it, and the secret typed as written down.
TEST(Totp, accepts_a_code_typed_with_the_space_apps_show) {
  const std::string secret = "12345678901234567890";
  EXPECT_EQ(compact_code("287 082"), "287082");
  EXPECT_EQ(totp_match(secret, "287 082", 59, 0), 59 / 30);
  EXPECT_EQ(totp_match(secret, " 081-804 ", 1111111109, 0), 1111111109 / 30);
  EXPECT_EQ(base32_decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), secret);
  EXPECT_FALSE(totp_match(secret, "287 083", 59, 0));
}

TEST(Base32, follows_rfc_4648) {
  EXPECT_EQ(base32_encode("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(base32_encode("f"), "MY");
  EXPECT_EQ(base32_decode("MZXW6YTBOI"), "foobar");
  EXPECT_EQ(base32_decode("mzxw6ytboi======"), "foobar");
  EXPECT_FALSE(base32_decode("MZXW1"));
}

}  // namespace vigie
