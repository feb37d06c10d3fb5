#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "observatory/model.h"

namespace vigie::incident_csv {

/// One line of a partner's file, read but not yet checked against the territory.
struct Line {
  std::size_t number = 0;  // the file's line, 1-based
  Incident incident;
};

struct File {
  std::vector<Line> lines;
  std::string encoding;
  char separator = ';';
};

/// Reads a partner's incident file through the CSV layer (core/csv.h: any separator, UTF-8,
/// UTF-16 or Windows-1252, .gz). Columns are found by name, case and accents ignored:
///   date (required): "AAAA-MM-JJ" or "JJ/MM/AAAA", optionally followed by the time;
///   heure: "HH:MM" or "HHhMM";  date_fin: the end of a period;
///   categorie (required): a label of the territory's list (case and accents ignored);
///   longitude + latitude (WGS84 degrees) or x + y (Lambert-93 metres); decimal comma accepted;
///   lieu (or adresse, rue), description (or commentaire), reference (or numero).
/// `categories` maps folded labels to ids. Errors (400): "ligne N, colonne « … » : …" naming
/// the column as field; a missing required column names line 1.
Result<File> read(std::string_view bytes, const std::map<std::string, std::int64_t>& categories);

/// A content error found on line `line` (incident_rules.h names the Incident's field), restated
/// for the file: "ligne N, colonne « description » : …", the column as field.
Error at_line(std::size_t line, Error error);

/// A label as the file's labels are compared: folded (case, accents), spaces squeezed.
std::string fold_label(std::string_view label);

}  // namespace vigie::incident_csv
