#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "core/csv.h"
#include "diagnostic/ssmsi_format.h"

namespace vigie {

/// The figures of one SSMSI file, one at a time: a CSV base (any dialect the CSV layer reads,
/// plain or .gz, streamed in pieces: the communal base is 400 MB of text) or the JSON of a
/// third-party site (an array of records, or an object holding one under "records" or "data").
class SsmsiSource {
 public:
  /// `name` is the file's name as its owner knows it (.json: JSON; else sniffed). Errors: 400
  /// "fichier" (unreadable), "en-tête" (not an SSMSI base), "csv"/"json" (syntax).
  static Result<std::unique_ptr<SsmsiSource>> open(const std::filesystem::path& path,
                                                   const std::string& name);

  const SsmsiFormat& format() const { return *format_; }
  /// The next figure; none at the end. Errors name the line (the record for JSON) and the
  /// column: « ligne 12, colonne « nombre » : … », field = the column.
  Result<std::optional<SsmsiFigure>> next();
  /// Share of the file read, 0 to 1.
  double fraction() const;

 private:
  SsmsiSource() = default;
  Result<std::optional<std::vector<std::string>>> next_record();

  std::unique_ptr<csv::FileText> text_;
  std::unique_ptr<csv::Reader> reader_;
  std::vector<std::vector<std::string>> json_records_;
  std::size_t json_next_ = 0;
  std::optional<SsmsiFormat> format_;
};

}  // namespace vigie
