// A partner's incident file into incident drafts; see incident_csv.h.
#include "observatory/incident_csv.h"

#include <array>
#include <optional>

#include "analysis/csv_fields.h"
#include "core/csv.h"
#include "core/text.h"

namespace vigie::incident_csv {
namespace {

enum Column { kDate, kTime, kEnd, kCategory, kLon, kLat, kX, kY, kPlace, kText, kRef, kCount };

// Accepted header names, folded (fold_label, then only letters and digits kept).
constexpr std::array<std::array<std::string_view, 4>, kCount> kNames{{
    {"date", "datefaits", "jour", "datedebut"},
    {"heure", "heurefaits", "", ""},
    {"datefin", "fin", "", ""},
    {"categorie", "type", "nature", ""},
    {"longitude", "lon", "lng", ""},
    {"latitude", "lat", "", ""},
    {"x", "xlambert93", "xl93", ""},
    {"y", "ylambert93", "yl93", ""},
    {"lieu", "adresse", "rue", "localisation"},
    {"description", "commentaire", "observations", ""},
    {"reference", "numero", "ref", "id"},
}};
constexpr std::array<std::string_view, kCount> kShown{
    "date", "heure", "date_fin", "categorie",   "longitude", "latitude",
    "x",    "y",     "lieu",     "description", "reference"};

std::string header_key(std::string_view name) {
  std::string out;
  for (char c : fold_label(name))
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

Error at(std::size_t line, Column c, const std::string& what) {
  return Error::invalid("ligne " + std::to_string(line) + ", colonne « " + std::string(kShown[c]) +
                            " » : " + what,
                        std::string(kShown[c]));
}

// The file's column for each Incident field the content rules name.
constexpr std::array<std::pair<std::string_view, Column>, 11> kFieldColumns{{
    {"occurred_on", kDate},
    {"occurred_time", kTime},
    {"period_end", kEnd},
    {"category_id", kCategory},
    {"longitude", kLon},
    {"latitude", kLat},
    {"x", kX},
    {"y", kY},
    {"place", kPlace},
    {"description", kText},
    {"source_reference", kRef},
}};

// "2024-03-05", "05/03/2024", either followed by " 14:30" or "T14:30:00".
std::optional<std::pair<std::string, std::string>> parse_moment(std::string_view s) {
  std::string date, time;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
    date = std::string(s.substr(0, 10));
  } else if (s.size() >= 10 && s[2] == '/' && s[5] == '/') {
    date = std::string(s.substr(6, 4)) + "-" + std::string(s.substr(3, 2)) + "-" +
           std::string(s.substr(0, 2));
  } else {
    return std::nullopt;
  }
  if (!is_iso_date(date)) return std::nullopt;
  std::string_view rest = analysis::csv::trim(s.substr(10));
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == ' ')) rest.remove_prefix(1);
  if (!rest.empty()) {
    if (rest.size() < 5) return std::nullopt;
    time = std::string(rest.substr(0, 5));
  }
  return std::pair(date, time);
}

std::optional<std::string> parse_time(std::string_view s) {
  std::string t(s);
  if (t.size() == 4 && (t[1] == ':' || t[1] == 'h' || t[1] == 'H')) t = "0" + t;
  if (t.size() >= 5 && (t[2] == 'h' || t[2] == 'H')) t[2] = ':';
  if (t.size() == 8 && t[5] == ':') t = t.substr(0, 5);  // seconds dropped
  if (t.size() != 5 || t[2] != ':') return std::nullopt;
  return t;
}

struct Reading {
  std::array<int, kCount> index{};
  char separator = ';';
};

Result<Reading> read_header(const std::vector<std::string>& header) {
  Reading r;
  r.index.fill(-1);
  for (std::size_t k = 0; k < header.size(); ++k) {
    std::string key = header_key(header[k]);
    for (int c = 0; c < kCount; ++c) {
      for (std::string_view name : kNames[static_cast<std::size_t>(c)]) {
        if (!name.empty() && key == name && r.index[static_cast<std::size_t>(c)] < 0) {
          r.index[static_cast<std::size_t>(c)] = static_cast<int>(k);
        }
      }
    }
  }
  for (Column c : {kDate, kCategory}) {
    if (r.index[c] < 0) return at(1, c, "colonne absente de l'en-tête.");
  }
  return r;
}

Result<Incident> read_line(const Reading& r, const std::vector<std::string>& fields,
                           std::size_t line,
                           const std::map<std::string, std::int64_t>& categories) {
  auto cell = [&](Column c) -> std::string {
    int k = r.index[c];
    if (k < 0 || static_cast<std::size_t>(k) >= fields.size()) return "";
    return std::string(analysis::csv::trim(fields[static_cast<std::size_t>(k)]));
  };
  auto text = [&](Column c) -> std::optional<std::string> {
    std::string v = cell(c);
    return v.empty() ? std::nullopt : std::optional(v);
  };
  auto number = [&](Column c) -> Result<std::optional<double>> {
    std::string v = cell(c);
    if (v.empty()) return std::optional<double>();
    auto n = analysis::csv::parse_number(v, r.separator);
    if (!n) return at(line, c, "nombre illisible « " + v + " ».");
    return n;
  };
  Incident i;
  auto moment = parse_moment(cell(kDate));
  if (!moment) return at(line, kDate, "date illisible « " + cell(kDate) + " » (JJ/MM/AAAA).");
  i.occurred_on = moment->first;
  if (!moment->second.empty()) i.occurred_time = moment->second;
  if (auto t = text(kTime)) {
    auto parsed = parse_time(*t);
    if (!parsed) return at(line, kTime, "heure illisible « " + *t + " » (HH:MM).");
    i.occurred_time = *parsed;
  }
  if (auto end = text(kEnd)) {
    auto parsed = parse_moment(*end);
    if (!parsed) return at(line, kEnd, "date illisible « " + *end + " ».");
    i.period_end = parsed->first;
  }
  auto category = categories.find(fold_label(cell(kCategory)));
  if (category == categories.end()) {
    return at(line, kCategory,
              "catégorie « " + cell(kCategory) + " » absente de la liste du territoire.");
  }
  i.category_id = category->second;
  i.longitude = TRY(number(kLon));
  i.latitude = TRY(number(kLat));
  i.x = TRY(number(kX));
  i.y = TRY(number(kY));
  i.place = text(kPlace);
  i.description = text(kText);
  i.source_reference = text(kRef);
  return i;
}

}  // namespace

Error at_line(std::size_t line, Error error) {
  for (const auto& [field, column] : kFieldColumns) {
    if (error.field == field) return at(line, column, error.message);
  }
  error.message = "ligne " + std::to_string(line) + " : " + error.message;
  return error;
}

std::string fold_label(std::string_view label) {
  std::string folded = fold_for_search(label), out;
  for (char c : folded) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out;
}

Result<File> read(std::string_view bytes, const std::map<std::string, std::int64_t>& categories) {
  std::string plain;
  if (csv::is_gzip(bytes)) {
    plain = TRY(csv::gunzip(bytes, std::size_t{256} << 20));
    bytes = plain;
  }
  csv::Decoded decoded = TRY(csv::decode(bytes));
  csv::Reader reader(decoded.text);
  File out;
  out.encoding = decoded.encoding;
  auto header = TRY(reader.next());
  if (!header) return Error::invalid("Le fichier est vide.", "csv");
  Reading r = TRY(read_header(*header));
  r.separator = out.separator = reader.separator();
  while (auto fields = TRY(reader.next())) {
    std::size_t line = reader.line();
    out.lines.push_back({line, TRY(read_line(r, *fields, line, categories))});
  }
  if (out.lines.empty())
    return Error::invalid("Le fichier n'a aucune ligne après l'en-tête.", "csv");
  return out;
}

}  // namespace vigie::incident_csv
