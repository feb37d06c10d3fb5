#include "journal/chained/key.h"

#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vigie {
namespace fs = std::filesystem;

const std::string* JournalKeys::find(std::int64_t version) const {
  auto found = by_version.find(version);
  return found == by_version.end() ? nullptr : &found->second;
}

namespace {

std::string new_key_line(std::int64_t version) {
  unsigned char key[32];
  randombytes_buf(key, sizeof key);
  char hex[sizeof key * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, key, sizeof key);
  sodium_memzero(key, sizeof key);
  return std::to_string(version) + " " + hex + "\n";
}

// Appends with O_APPEND, creating the file readable by its owner only.
Result<void> append_line(const fs::path& file, const std::string& line, bool create) {
  int flags = O_WRONLY | O_APPEND | (create ? O_CREAT | O_EXCL : 0);
  int fd = ::open(file.c_str(), flags, 0600);
  if (fd < 0) {
    return Error::internal("Écriture impossible du fichier de clé du journal « " + file.string() +
                           " ».");
  }
  bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  ok = ::fsync(fd) == 0 && ok;
  ok = ::close(fd) == 0 && ok;
  if (!ok)
    return Error::internal("Écriture incomplète du fichier de clé « " + file.string() + " ».");
  return success();
}

}  // namespace

Result<JournalKeys> load_journal_keys(const fs::path& file) {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) {
    return Error::invalid("Fichier de clé du journal introuvable : " + file.string(),
                          "journal-key");
  }
  if ((info.st_mode & 077) != 0) {
    return Error::invalid("Le fichier de clé du journal « " + file.string() +
                              " » est lisible par d'autres que son propriétaire (chmod 600).",
                          "journal-key");
  }
  std::ifstream in(file);
  JournalKeys keys;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::int64_t version = 0;
    std::string hex;
    unsigned char key[32];
    std::size_t length = 0;
    if (!(fields >> version >> hex) || version <= 0 || hex.size() != 64 ||
        sodium_hex2bin(key, sizeof key, hex.c_str(), hex.size(), nullptr, &length, nullptr) != 0 ||
        length != sizeof key || keys.by_version.contains(version)) {
      return Error::invalid(file.string() + ":" + std::to_string(number) +
                                " : ligne de clé invalide (« version clé-hexadécimale » attendu).",
                            "journal-key");
    }
    keys.by_version[version] = std::string(reinterpret_cast<char*>(key), sizeof key);
  }
  if (keys.by_version.empty()) {
    return Error::invalid("Le fichier de clé du journal est vide : " + file.string(),
                          "journal-key");
  }
  return keys;
}

Result<std::pair<JournalKeys, bool>> ensure_journal_keys(const fs::path& file) {
  bool created = false;
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    if (file.has_parent_path()) fs::create_directories(file.parent_path(), ec);
    TRY_VOID(append_line(file, new_key_line(1), true));
    created = true;
  }
  JournalKeys keys = TRY(load_journal_keys(file));
  return std::pair{std::move(keys), created};
}

Result<std::int64_t> rotate_journal_key(const fs::path& file) {
  JournalKeys keys = TRY(load_journal_keys(file));
  std::int64_t version = keys.current_version() + 1;
  TRY_VOID(append_line(file, new_key_line(version), false));
  return version;
}

}  // namespace vigie
