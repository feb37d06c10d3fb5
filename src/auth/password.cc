#include "auth/password.h"

#include <algorithm>
#include <climits>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include <passwdqc.h>
#include <sodium.h>

#include "core/bounded_pool.h"
#include "core/random.h"
#include "core/text.h"

namespace vigie {
namespace {

void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not initialise");
}

std::string to_hex(const unsigned char* data, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), data, size);
  hex.pop_back();
  return hex;
}

constexpr const char* kBusy =
    "Le serveur vérifie déjà de nombreux mots de passe : réessayez dans quelques secondes.";

// Half the cores hash, so that the other half keep serving during a flood of logins; two
// waiting per thread absorb a burst of honest logins (a morning at the mairie).
BoundedPool& hashing_pool() {
  static const std::size_t threads = std::max(1U, std::thread::hardware_concurrency() / 2);
  static BoundedPool pool(threads, 2 * threads, kBusy);
  return pool;
}

}  // namespace

Result<std::string> hash_password(std::string_view password) {
  ensure_sodium();
  std::string text(password);
  auto hashed = TRY(hashing_pool().run([&text]() -> std::optional<std::string> {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, text.data(), text.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
      return std::nullopt;
    }
    return std::string(out);
  }));
  if (!hashed) return Error::internal("Mémoire insuffisante pour hacher le mot de passe.");
  return *hashed;
}

Result<void> password_checks_available() {
  if (hashing_pool().full()) return Error::busy(kBusy);
  return success();
}

Result<bool> verify_password(std::string_view hash, std::string_view password) {
  ensure_sodium();
  std::string h(hash);
  std::string text(password);
  return hashing_pool().run(
      [&h, &text] { return crypto_pwhash_str_verify(h.c_str(), text.data(), text.size()) == 0; });
}

namespace {

// passwdqc answers in English: the person reads French.
std::string french_reason(std::string_view reason) {
  auto has = [&](const char* s) { return reason.find(s) != std::string_view::npos; };
  if (has("username") || has("personal")) {
    return "Le mot de passe ne doit pas reprendre l'identifiant.";
  }
  if (has("dictionary")) {
    return "Le mot de passe repose sur un mot du dictionnaire : préférez une phrase de passe "
           "d'au moins trois mots.";
  }
  if (has("sequence")) return "Le mot de passe repose sur une suite de caractères trop commune.";
  return "Mot de passe trop simple : mêlez minuscules, majuscules, chiffres et signes, ou "
         "écrivez une phrase de passe d'au moins trois mots (pas de répétition).";
}

}  // namespace

Result<void> check_password_policy(std::string_view password, const std::string& field,
                                   const std::string& login) {
  if (utf8_length(password) < 12) {
    return Error::invalid("Le mot de passe doit compter au moins 12 caractères.", field);
  }
  if (password.size() > 256) {
    return Error::invalid("Le mot de passe dépasse 256 octets.", field);
  }
  if (password.find('\0') != std::string_view::npos) {
    return Error::invalid("Le mot de passe contient un caractère nul.", field);
  }
  passwdqc_params_t params;
  passwdqc_params_reset(&params);
  // Classes of characters used → minimum length: one class never; two classes 24; a
  // passphrase, three or four classes 12.
  const int minimum[5] = {INT_MAX, 24, 12, 12, 12};
  std::copy(std::begin(minimum), std::end(minimum), params.qc.min);
  params.qc.max = 256;
  std::string name = login;
  std::string empty;
  struct passwd who {};
  who.pw_name = name.data();
  who.pw_gecos = empty.data();
  who.pw_dir = empty.data();
  std::string text(password);
  const char* reason = passwdqc_check(&params.qc, text.c_str(), nullptr, &who);
  if (reason != nullptr) return Error::invalid(french_reason(reason), field);
  return success();
}

std::string random_token(std::size_t bytes) { return random_hex(bytes); }

bool same_secret(std::string_view a, std::string_view b) {
  ensure_sodium();
  return !a.empty() && a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string token_digest(std::string_view token) {
  ensure_sodium();
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return to_hex(digest, sizeof digest);
}

}  // namespace vigie
