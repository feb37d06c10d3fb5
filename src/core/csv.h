#pragma once

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

/// True for gzip data (a `.csv.gz` file), by its magic number.
bool is_gzip(std::string_view bytes);
/// The content of gzip data (zlib; several members are concatenated). Errors: 400 "csv" for
/// corrupt or truncated data, or when the content would pass `limit` bytes.
Result<std::string> gunzip(std::string_view bytes, std::size_t limit = std::size_t{4} << 30);

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
  std::unique_ptr<State> state_;
};

/// One record as RFC 4180 writes it, without its line ending: a field holding the separator, a
/// quote, a line break, or spaces at either end is quoted, its quotes doubled.
std::string format_row(const std::vector<std::string>& fields, char separator = ',');

}  // namespace vigie::csv
