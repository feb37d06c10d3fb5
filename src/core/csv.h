#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

/// The one CSV layer of Vigie, for every file a person brings and every CSV Vigie writes
/// (analysis CLI, and the imports and exports that follow). Reading is RFC 4180 through libcsv
/// (Robert Gamble's, Debian's `libcsv-dev`), with the dialect of French spreadsheets detected
/// from the file; writing quotes what RFC 4180 requires.
namespace vigie::csv {

/// Text decoded to UTF-8, and the encoding it came in.
struct Decoded {
  std::string text;
  std::string encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
};

/// Bytes of a file as spreadsheets write them, to UTF-8: a UTF-8 byte-order mark is dropped;
/// UTF-16 (Excel's « Texte Unicode ») is recognised by its mark, or by the zero bytes of its
/// first characters; valid UTF-8 stays as it is; anything else is read as Windows-1252 (Excel's
/// « CSV (séparateur : point-virgule) » on a French Windows). Errors (400, field "csv", message
/// naming the line): a broken UTF-16 surrogate, a byte Windows-1252 leaves undefined, a NUL.
Result<Decoded> decode(std::string_view bytes);

/// Windows-1252 bytes to UTF-8; a byte the code page leaves undefined is an error (400 "csv").
Result<std::string> from_windows_1252(std::string_view bytes);

/// True for gzip data (a `.csv.gz` file), by its magic number.
bool is_gzip(std::string_view bytes);
/// The content of gzip data (zlib; several members are concatenated). Errors: 400 "csv" for
/// corrupt or truncated data, or when the content would pass `limit` bytes.
Result<std::string> gunzip(std::string_view bytes, std::size_t limit = std::size_t{4} << 30);

/// A CSV file read in pieces, for files too large to hold (the SSMSI communal base: 400 MB of
/// text): plain or gzip (by its content, through zlib's gzread), decoded to UTF-8 as decode()
/// does. The encoding is chosen on the first MiB; UTF-16 files, which only spreadsheets write,
/// are small and decoded whole.
class FileText {
 public:
  /// Errors: 400 "fichier" when the file cannot be opened, or a decode() error.
  static Result<std::unique_ptr<FileText>> open(const std::filesystem::path& path);
  ~FileText();
  FileText(const FileText&) = delete;
  FileText& operator=(const FileText&) = delete;

  /// Appends the next piece (about 1 MiB, whole UTF-8 characters) to `out`; false at the end.
  /// Errors: 400 "csv" for corrupt gzip data, bytes that are not text, or a NUL.
  Result<bool> read(std::string& out);
  /// Bytes of the file read so far (compressed bytes for a .gz) and its size: progress.
  std::uint64_t consumed() const;
  std::uint64_t size() const { return size_; }
  const std::string& encoding() const { return encoding_; }

 private:
  FileText() = default;
  Result<bool> read_raw(std::string& out);

  void* file_ = nullptr;  // gzFile
  std::uint64_t size_ = 0;
  std::string encoding_;
  std::string pending_;  // the first piece, or a whole UTF-16 file, not yet handed out
  std::string carry_;    // the start of a UTF-8 character cut by the piece's end
  bool whole_ = false;
  bool at_end_ = false;
};

/// The field separator of a text: the one a `sep=X` first line names (Excel's hint), else the
/// most frequent of `;`, tab and `,` outside quotes on the first non-empty line (`;` first on
/// ties, as French spreadsheets write), else `,`.
char detect_separator(std::string_view text);

/// The records of UTF-8 CSV text, one at a time, without holding them all: fields may be
/// quoted ("" for a quote), quoted fields may hold separators and line breaks; lines may end in
/// CRLF, LF or CR alone (Excel for Mac); a `sep=` first line is read and skipped; unquoted fields
/// lose their surrounding spaces; records whose fields are all empty are skipped.
class Reader {
 public:
  /// `separator` 0: detected (detect_separator). `text` is not copied: it must outlive the
  /// reader.
  explicit Reader(std::string_view text, char separator = 0);
  /// The records of a file read in pieces; the reader holds one piece and the records of the
  /// line being read, never the file. `source` must outlive the reader.
  static Result<std::unique_ptr<Reader>> open(FileText& source, char separator = 0);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  /// The next record's fields; nullopt at the end. A quote out of place or never closed is an
  /// Error (400, field "csv") naming the line and the column.
  Result<std::optional<std::vector<std::string>>> next();
  /// The file line (1-based) where the record just read starts.
  std::size_t line() const;
  char separator() const;

 private:
  struct State;
  Reader();
  std::unique_ptr<State> state_;
};

/// One record as RFC 4180 writes it, without its line ending: a field holding the separator, a
/// quote, a line break, or spaces at either end is quoted, its quotes doubled.
std::string format_row(const std::vector<std::string>& fields, char separator = ',');

}  // namespace vigie::csv
