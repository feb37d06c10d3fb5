// SsmsiFormat: the columns of every SSMSI schema, found by name; see ssmsi_format.h.
#include "diagnostic/ssmsi_format.h"

#include <charconv>
#include <cmath>
#include <map>

#include "core/text.h"

namespace vigie {
namespace {

// A column name folded: lower case, no accents, '.', ' ' and '-' as '_'; camelCase split for
// JSON keys ("tauxPourMille" → "taux_pour_mille").
std::string normalise(std::string_view name, bool json) {
  if (name.starts_with("\xEF\xBB\xBF")) name.remove_prefix(3);
  std::string split;
  for (std::size_t i = 0; i < name.size(); ++i) {
    bool upper = name[i] >= 'A' && name[i] <= 'Z';
    if (json && upper && i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z') split += '_';
    split += name[i];
  }
  std::string out = fold_for_search(split);
  for (char& c : out)
    c = (c == '.' || c == ' ' || c == '-') ? '_' : c;
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

bool missing(std::string_view s) { return s.empty() || s == "NA" || s == "na" || s == "null"; }

// A decimal as French spreadsheets and the SSMSI write it: "7,60151441490058e+00", "1 250,5".
std::optional<double> parse_decimal(std::string_view s) {
  double value = 0;
  if (s.find_first_of(", \xC2\xE2") == std::string_view::npos) {  // the usual case: no copy
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) {
      return std::nullopt;
    }
    return value;
  }
  std::string text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ') continue;
    if (s.substr(i, 2) == "\xC2\xA0") {  // no-break space between thousands
      ++i;
      continue;
    }
    if (s.substr(i, 3) == "\xE2\x80\xAF") {  // narrow no-break space
      i += 2;
      continue;
    }
    text += s[i] == ',' ? '.' : s[i];
  }
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

const std::map<std::string, int, std::less<>>& aliases() {
  // Canonical names of the 2025+ schema, then the earlier schemas' names for the same thing.
  static const std::map<std::string, int, std::less<>> map = {{"annee", 1},
                                                              {"indicateur", 2},
                                                              {"classe", 2},
                                                              {"unite_de_compte", 3},
                                                              {"nombre", 4},
                                                              {"faits", 4},
                                                              {"taux_pour_mille", 5},
                                                              {"tauxpourmille", 5},
                                                              {"est_diffuse", 6},
                                                              {"valeur_publiee", 6},
                                                              {"insee_pop", 7},
                                                              {"pop", 7},
                                                              {"insee_pop_millesime", 8},
                                                              {"millpop", 8},
                                                              {"insee_log", 9},
                                                              {"log", 9},
                                                              {"insee_log_millesime", 10},
                                                              {"millog", 10},
                                                              {"milllog", 10},
                                                              {"complement_info_nombre", 11},
                                                              {"complementinfoval", 11},
                                                              {"complement_info_taux", 12},
                                                              {"complementinfotaux", 12}};
  return map;
}

// A zone code as a re-saving spreadsheet may have cut it ("1001" for 01001, "4" for 04).
std::string pad_code(std::string_view code, SsmsiLevel level) {
  std::string out(code);
  std::size_t width = level == SsmsiLevel::commune ? 5 : 2;
  bool digits = out.find_first_not_of("0123456789") == std::string::npos;
  if (digits && out.size() < width) out.insert(0, width - out.size(), '0');
  return out;
}

}  // namespace

const char* level_name(SsmsiLevel level) {
  switch (level) {
  case SsmsiLevel::commune: return "commune";
  case SsmsiLevel::departement: return "departement";
  case SsmsiLevel::region: return "region";
  }
  return "commune";
}

Result<SsmsiFormat> SsmsiFormat::from_header(const std::vector<std::string>& header, bool json) {
  SsmsiFormat f;
  f.names_ = header;
  int departement = -1;
  int region = -1;
  bool old_names = false;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string name = normalise(header[i], json);
    int at = static_cast<int>(i);
    if (name.starts_with("codgeo")) {
      f.index_[zone] = at;
      int year = 0;
      std::string_view suffix = std::string_view(name).substr(name.find('_') + 1);
      auto [end, ec] = std::from_chars(suffix.data(), suffix.data() + suffix.size(), year);
      if (name.find('_') != std::string::npos && ec == std::errc() && year > 1900) {
        f.geography_year_ = year;
      }
    } else if (name == "code_departement") {
      departement = at;
    } else if (name == "code_region") {
      region = at;
    } else if (auto it = aliases().find(name); it != aliases().end()) {
      if (f.index_[it->second] < 0) f.index_[it->second] = at;
      old_names = old_names || name == "classe" || name == "faits";
    }
  }
  if (f.index_[zone] >= 0) {
    f.level_ = SsmsiLevel::commune;
  } else if (departement >= 0) {
    f.level_ = SsmsiLevel::departement;
    f.index_[zone] = departement;
  } else if (region >= 0) {
    f.level_ = SsmsiLevel::region;
    f.index_[zone] = region;
  } else {
    return Error::invalid(
        "Ce fichier n'est pas une base SSMSI : aucune colonne CODGEO_…, Code_departement ni "
        "Code_region dans l'en-tête.",
        "en-tête");
  }
  static constexpr std::pair<Column, const char*> kRequired[] = {
      {year, "annee"}, {indicator, "indicateur"}, {count, "nombre"}, {rate, "taux_pour_mille"}};
  for (auto [column, label] : kRequired) {
    if (f.index_[column] < 0) {
      return Error::invalid(std::string("Colonne « ") + label + " » absente de l'en-tête.",
                            "en-tête");
    }
  }
  f.schema_ = json ? "json" : old_names ? "ancien" : "2025";
  return f;
}

std::string_view SsmsiFormat::cell(const std::vector<std::string>& fields, Column c) const {
  int i = index_[c];
  if (i < 0 || static_cast<std::size_t>(i) >= fields.size()) return {};
  return trim(fields[static_cast<std::size_t>(i)]);
}

Result<SsmsiFigure> SsmsiFormat::parse(const std::vector<std::string>& fields) const {
  auto bad = [&](Column c, const std::string& what) {
    const std::string& name = names_[static_cast<std::size_t>(index_[c])];
    return Error::invalid("colonne « " + name + " » : " + what, name);
  };
  auto number = [&](Column c, std::optional<double>& out) -> Result<void> {
    std::string_view text = cell(fields, c);
    if (missing(text)) return success();
    out = parse_decimal(text);
    if (!out || *out < 0)
      return bad(c, "« " + std::string(text) + " » n'est pas un nombre positif.");
    return success();
  };
  auto year_of = [&](Column c, std::optional<int>& out) -> Result<void> {
    std::optional<double> v;
    TRY_VOID(number(c, v));
    if (!v) return success();
    if (std::floor(*v) != *v || *v > 10000) return bad(c, "année non entière.");
    int y = static_cast<int>(*v);
    y = y < 100 ? 2000 + y : y;
    if (y < 1990 || y > 2100) return bad(c, "année hors de 1990–2100.");
    out = y;
    return success();
  };
  if (fields.size() > names_.size()) {
    for (std::size_t i = names_.size(); i < fields.size(); ++i) {
      if (!trim(fields[i]).empty()) {
        return Error::invalid("plus de colonnes que l'en-tête n'en nomme (" +
                                  std::to_string(fields.size()) + ").",
                              "csv");
      }
    }
  }
  SsmsiFigure f;
  std::string_view zone_text = cell(fields, zone);
  if (zone_text.empty()) return bad(zone, "code géographique manquant.");
  if (zone_text != "NA") {  // NA: not located
    f.zone = pad_code(zone_text, level_);
    bool alnum = f.zone.find_first_not_of("0123456789ABab") == std::string::npos;
    if (!alnum || f.zone.size() > (level_ == SsmsiLevel::commune ? 5U : 3U)) {
      return bad(zone, "« " + std::string(zone_text) + " » n'est pas un code INSEE.");
    }
  }
  std::optional<int> y;
  TRY_VOID(year_of(year, y));
  if (!y) return bad(year, "année manquante.");
  f.year = *y;
  f.indicator = std::string(cell(fields, indicator));
  if (f.indicator.empty()) return bad(indicator, "indicateur manquant.");
  f.unit = std::string(cell(fields, unit));
  if (!f.unit.empty() && f.unit[0] >= 'a' && f.unit[0] <= 'z') {
    f.unit[0] = static_cast<char>(f.unit[0] - 'a' + 'A');  // "victime" → "Victime"
  }
  std::string_view diffusion = cell(fields, published);
  if (diffusion == "ndiff" || diffusion == "NDIFF") {
    f.published = false;
  } else if (!diffusion.empty() && diffusion != "diff" && diffusion != "DIFF") {
    return bad(published, "« diff » ou « ndiff » attendu.");
  }
  std::optional<double> n;
  TRY_VOID(number(count, n));
  TRY_VOID(number(rate, f.rate));
  if (f.published && !n) return bad(count, "nombre manquant pour une valeur diffusée.");
  if (n && std::floor(*n) != *n) return bad(count, "un nombre de faits est entier.");
  if (n) f.count = static_cast<std::int64_t>(*n);
  if (!f.published) {  // never the commune's own figure, whatever the cells hold
    f.count.reset();
    f.rate.reset();
  }
  std::optional<double> pop;
  TRY_VOID(number(population, pop));
  if (pop) f.population = static_cast<std::int64_t>(std::llround(*pop));
  TRY_VOID(year_of(population_year, f.population_year));
  TRY_VOID(number(dwellings, f.dwellings));
  TRY_VOID(year_of(dwellings_year, f.dwellings_year));
  TRY_VOID(number(masked_count, f.masked_mean_count));
  TRY_VOID(number(masked_rate, f.masked_mean_rate));
  return f;
}

std::optional<std::string> production_date_from_name(std::string_view file_name) {
  std::size_t at = file_name.rfind("produit-le");
  if (at == std::string_view::npos) return std::nullopt;
  std::string digits;
  for (char c : file_name.substr(at + 10)) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != '-' && c != '_') {
      break;
    }
    if (digits.size() == 8) break;
  }
  if (digits.size() != 8) return std::nullopt;
  std::string date = digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
  return is_iso_date(date) ? std::optional(date) : std::nullopt;
}

std::string departement_of_commune(std::string_view code) {
  if (code.starts_with("97") || code.starts_with("98")) return std::string(code.substr(0, 3));
  return std::string(code.substr(0, 2));
}

}  // namespace vigie
