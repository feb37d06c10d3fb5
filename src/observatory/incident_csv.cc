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

constexpr const char* kDateFormats =
    "(JJ/MM/AAAA ou AAAA-MM-JJ, éventuellement suivie de l'heure : 14:30 ou 14h30).";

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

std::optional<std::string> parse_time(std::string_view s) {
  std::string t(s);
  if (t.size() == 4 && (t[1] == ':' || t[1] == 'h' || t[1] == 'H')) t = "0" + t;
  if (t.size() >= 5 && (t[2] == 'h' || t[2] == 'H')) t[2] = ':';
  if (t.size() == 8 && t[5] == ':') t = t.substr(0, 5);  // seconds dropped
  if (t.size() != 5 || t[2] != ':') return std::nullopt;
  return t;
}

std::string two_digits(std::string_view s) {
  return s.size() == 1 ? "0" + std::string(s) : std::string(s);
}

// "2024-03-05", "05/03/2024" or "5/3/2024", optionally followed (after a space or a T) by a
// time as parse_time reads it ("14:30", "9h30", "14:30:00", "14:30:00Z").
std::optional<std::pair<std::string, std::string>> parse_moment(std::string_view s) {
  s = analysis::csv::trim(s);
  const std::size_t cut = s.find_first_of(" T");
  const std::string_view day = s.substr(0, cut);
  std::string date;
  if (day.size() == 10 && day[4] == '-' && day[7] == '-') {
    date = std::string(day);
  } else {
    const std::size_t a = day.find('/');
    const std::size_t b = a == std::string_view::npos ? a : day.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    const std::string_view d = day.substr(0, a), m = day.substr(a + 1, b - a - 1),
                           y = day.substr(b + 1);
    if (d.empty() || d.size() > 2 || m.empty() || m.size() > 2 || y.size() != 4) {
      return std::nullopt;
    }
    date = std::string(y) + "-" + two_digits(m) + "-" + two_digits(d);
  }
  if (!is_iso_date(date)) return std::nullopt;
  std::string time;
  if (cut != std::string_view::npos) {
    const std::string_view rest = analysis::csv::trim(s.substr(cut + 1));
    auto t = parse_time(rest);
    if (!t && rest.size() > 5) t = parse_time(rest.substr(0, 5));  // "14:30:00Z", "14:30:00.000"
    if (!t) return std::nullopt;
    time = *t;
  }
  return std::pair(date, time);
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
  if (!moment) return at(line, kDate, "date illisible « " + cell(kDate) + " » " + kDateFormats);
  i.occurred_on = moment->first;
  if (!moment->second.empty()) i.occurred_time = moment->second;
  if (auto t = text(kTime)) {
    auto parsed = parse_time(*t);
    if (!parsed) return at(line, kTime, "heure illisible « " + *t + " » (14:30 ou 14h30).");
    i.occurred_time = *parsed;
  }
  if (auto end = text(kEnd)) {
    auto parsed = parse_moment(*end);
    if (!parsed) return at(line, kEnd, "date illisible « " + *end + " » " + kDateFormats);
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
