// csv::FileText: a CSV file read in pieces through zlib; see csv.h.
#include <zlib.h>

#include "core/csv.h"
#include "core/text.h"

namespace vigie::csv {
namespace {

constexpr std::size_t kPiece = std::size_t{1} << 20;

gzFile as_gz(void* file) { return static_cast<gzFile>(file); }

// Where the last, possibly incomplete, UTF-8 character of `bytes` starts when it is cut.
std::size_t complete_utf8_prefix(std::string_view bytes) {
  std::size_t n = bytes.size();
  for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
    auto b = static_cast<unsigned char>(bytes[n - back]);
    if ((b & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    std::size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return length > back ? n - back : n;
  }
  return n;
}

Error not_text(std::uint64_t offset, const std::string& what) {
  return Error::invalid("vers l'octet " + std::to_string(offset) + " : " + what, "csv");
}

}  // namespace

Result<std::unique_ptr<FileText>> FileText::open(const std::filesystem::path& path) {
  std::error_code ec;
  std::uint64_t size = std::filesystem::file_size(path, ec);
  gzFile gz = ec ? nullptr : gzopen(path.c_str(), "rb");
  if (gz == nullptr) {
    return Error::invalid("Impossible de lire le fichier " + path.string() + ".", "fichier");
  }
  gzbuffer(gz, 1 << 17);
  std::unique_ptr<FileText> text(new FileText());
  text->file_ = gz;
  text->size_ = size;
  std::string first;
  while (first.size() < kPiece && TRY(text->read_raw(first))) {
  }
  bool utf16 = first.starts_with("\xFF\xFE") || first.starts_with("\xFE\xFF") ||
               (first.size() >= 4 && ((first[1] == 0 && first[3] == 0 && first[0] != 0) ||
                                      (first[0] == 0 && first[2] == 0 && first[1] != 0)));
  if (utf16) {  // spreadsheet files: small, decoded whole
    while (TRY(text->read_raw(first))) {
    }
    Decoded d = TRY(decode(first));
    text->pending_ = std::move(d.text);
    text->encoding_ = d.encoding;
    text->whole_ = true;
    return text;
  }
  if (first.starts_with("\xEF\xBB\xBF")) first.erase(0, 3);
  std::size_t cut = text->at_end_ ? first.size() : complete_utf8_prefix(first);
  text->encoding_ =
      is_valid_utf8(std::string_view(first).substr(0, cut)) ? "UTF-8" : "Windows-1252";
  text->pending_ = std::move(first);
  return text;
}

FileText::~FileText() {
  if (file_ != nullptr) gzclose(as_gz(file_));
}

Result<bool> FileText::read_raw(std::string& out) {
  if (at_end_) return false;
  std::size_t before = out.size();
  out.resize(before + kPiece);
  int n = gzread(as_gz(file_), out.data() + before, static_cast<unsigned>(kPiece));
  if (n < 0) {
    out.resize(before);
    return Error::invalid("Fichier .gz corrompu ou tronqué.", "csv");
  }
  out.resize(before + static_cast<std::size_t>(n));
  if (n == 0) {
    int errnum = Z_OK;
    gzerror(as_gz(file_), &errnum);
    if (errnum != Z_OK && errnum != Z_BUF_ERROR) {
      return Error::invalid("Fichier .gz corrompu ou tronqué.", "csv");
    }
    // A gzip stream that stops before its end reads as a short file with Z_BUF_ERROR.
    if (errnum == Z_BUF_ERROR) return Error::invalid("Fichier .gz tronqué.", "csv");
    at_end_ = true;
  }
  return n > 0;
}

Result<bool> FileText::read(std::string& out) {
  std::string raw = std::move(carry_);
  carry_.clear();
  if (!pending_.empty()) {
    raw += pending_;
    pending_.clear();
  } else if (whole_ || !TRY(read_raw(raw))) {
    if (!raw.empty()) return not_text(consumed(), "caractère UTF-8 tronqué en fin de fichier.");
    return false;
  }
  if (encoding_ == "UTF-8") {
    std::size_t cut = at_end_ ? raw.size() : complete_utf8_prefix(raw);
    carry_ = raw.substr(cut);
    raw.resize(cut);
    if (!is_valid_utf8(raw)) {
      return not_text(consumed(), "octets qui ne sont pas de l'UTF-8 au milieu du fichier.");
    }
  } else if (encoding_ == "Windows-1252") {
    raw = TRY(from_windows_1252(raw));
  }
  if (raw.find('\0') != std::string::npos) {
    return not_text(consumed(), "caractère nul : ce n'est pas un fichier texte.");
  }
  out += raw;
  return true;
}

std::uint64_t FileText::consumed() const {
  if (at_end_) return size_;
  auto offset = gzoffset(as_gz(file_));
  return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
}

}  // namespace vigie::csv
