// TerritoryService: commune contours, the observatoire's study window; see service.h.
#include <boost/json.hpp>

#include "core/json_locate.h"
#include "geo/area.h"
#include "territory/service.h"

namespace vigie {
namespace json = boost::json;

namespace {

// The first of these properties that holds a string.
std::optional<std::string> property(const json::object& properties,
                                    std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = properties.find(name);
    if (it != properties.end() && it->value().is_string()) {
      return std::string(it->value().as_string());
    }
  }
  return std::nullopt;
}

struct Contour {
  std::string at;  // "features[i]"
  std::string code;
  std::optional<std::string> name;
  std::string geometry;
};

// The document, or a 400 naming the line where the JSON stops being readable.
Result<json::value> parse_document(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte-order mark
  json::stream_parser parser;
  boost::system::error_code ec;
  std::size_t read = parser.write_some(text.data(), text.size(), ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    bool cut = ec == json::error::incomplete;
    return Error::invalid("JSON illisible à la ligne " +
                              std::to_string(line_of_offset(text, read)) +
                              (cut ? " : le fichier s'arrête avant la fin (est-il complet ?)."
                                   : " : erreur de syntaxe (virgule, guillemet ou accolade ?)."),
                          "geojson");
  }
  return parser.release();
}

Result<std::vector<Contour>> read_features(std::string_view text) {
  json::value doc = TRY(parse_document(text));
  if (!doc.is_object() || !doc.as_object().contains("features") || !doc.at("features").is_array()) {
    return Error::invalid("Un fichier GeoJSON FeatureCollection est attendu.", "features");
  }
  std::vector<Contour> out;
  const json::array& features = doc.at("features").as_array();
  for (std::size_t i = 0; i < features.size(); ++i) {
    std::string at = "features[" + std::to_string(i) + "]";
    const json::object* f = features[i].if_object();
    const json::object* props =
        f && f->contains("properties") ? f->at("properties").if_object() : nullptr;
    auto code =
        props ? property(*props, {"code", "INSEE_COM", "insee", "codgeo", "CODGEO"}) : std::nullopt;
    if (!code || code->size() != 5) {
      return Error::invalid("Code INSEE de la commune (propriété code ou INSEE_COM) attendu.",
                            at + ".properties.code");
    }
    if (!f->contains("geometry")) return Error::invalid("Géométrie absente.", at + ".geometry");
    Contour c{at, *code, property(*props, {"nom", "NOM", "NOM_COM", "name"}),
              json::serialize(f->at("geometry"))};
    TRY(geo::Area::from_geojson(c.geometry, at + ".geometry"));  // checked before any write
    out.push_back(std::move(c));
  }
  if (out.empty()) return Error::invalid("Aucun contour dans le fichier.", "features");
  return out;
}

}  // namespace

Result<ContoursLoaded> TerritoryService::load_contours(std::string_view geojson,
                                                       const std::string& source) {
  std::vector<Contour> contours = TRY(read_features(geojson));
  std::string now = format_timestamp(clock_.now());
  return db_.in_transaction([&](Connection& conn) -> Result<ContoursLoaded> {
    ContoursLoaded out;
    for (const Contour& c : contours) {
      if (TRY(conn.query("SELECT 1 FROM communes WHERE code = ?", {c.code})).empty()) {
        out.unknown_codes.push_back(c.code);
        continue;
      }
      TRY(conn.query("DELETE FROM commune_contours WHERE code = ?", {c.code}));
      TRY(conn.query("INSERT INTO commune_contours (code, name, geometry, source, loaded_at) "
                     "VALUES (?, ?, ?, ?, ?)",
                     {c.code, optional_value(c.name), c.geometry, source, now}));
      ++out.loaded;
    }
    if (out.loaded == 0) {
      return Error::invalid("Aucun code INSEE du fichier n'est dans la liste officielle des "
                            "communes (chargée par « vigie territory load-official ») : " +
                                contours.front().code + "…",
                            contours.front().at + ".properties.code");
    }
    return out;
  });
}

Result<std::vector<std::pair<std::string, std::string>>>
TerritoryService::contours(const Actor& actor, std::int64_t territory_id) {
  Territory t = TRY(get(actor, territory_id));
  std::vector<std::pair<std::string, std::string>> out;
  Lease conn = db_.acquire();
  for (const Commune& c : t.communes) {
    Rows rows = TRY(conn->query("SELECT geometry FROM commune_contours WHERE code = ?", {c.code}));
    if (!rows.empty()) out.emplace_back(c.code, rows[0].text(0));
  }
  return out;
}

Result<std::optional<geo::Area>> TerritoryService::area(const Actor& actor,
                                                        std::int64_t territory_id) {
  std::vector<std::string> geometries;
  for (auto& [code, geometry] : TRY(contours(actor, territory_id)))
    geometries.push_back(std::move(geometry));
  if (geometries.empty()) return std::optional<geo::Area>();
  return std::optional(TRY(geo::Area::union_of_geojson(geometries, "contours")));
}

}  // namespace vigie
