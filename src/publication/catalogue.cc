// The open data's schemas (Table Schema) and catalogue (DCAT-AP in JSON-LD); see open_data.h.
// Sources: Table Schema, https://specs.frictionlessdata.io/table-schema/ (the format of
// schema.data.gouv.fr); DCAT-AP 2.1, https://semiceu.github.io/DCAT-AP/ (what data.gouv.fr and
// the European portals harvest).
#include "publication/open_data.h"

namespace vigie::open_data {
namespace json = boost::json;

namespace {

json::object licence_json() {
  return {{"name", kLicenceId}, {"title", kLicenceTitle}, {"path", kLicenceUrl}};
}

json::object field_json(const Field& f) {
  json::object out{{"name", f.name}, {"title", f.title}, {"type", f.type}};
  if (!f.description.empty()) out["description"] = f.description;
  json::object constraints{{"required", f.required}};
  if (!f.values.empty()) {
    json::array values;
    for (std::string_view v : f.values)
      values.emplace_back(v);
    constraints["enum"] = std::move(values);
  }
  out["constraints"] = std::move(constraints);
  return out;
}

json::object distribution(const std::string& url, std::string_view format,
                          std::string_view media_type, const std::string& schema) {
  return {{"@type", "dcat:Distribution"},         {"dcat:accessURL", {{"@id", url}}},
          {"dcat:downloadURL", {{"@id", url}}},   {"dct:format", format},
          {"dcat:mediaType", media_type},         {"dct:conformsTo", {{"@id", schema}}},
          {"dct:license", {{"@id", kLicenceUrl}}}};
}

}  // namespace

json::object table_schema(const Dataset& d, const std::string& base) {
  json::array fields;
  for (const Field& f : d.fields)
    fields.push_back(field_json(f));
  return {{"$schema", "https://specs.frictionlessdata.io/schemas/table-schema.json"},
          {"name", d.name},
          {"title", d.title},
          {"description", d.description},
          {"path", schema_url(base, d.name)},
          {"licenses", json::array{licence_json()}},
          {"missingValues", json::array{""}},
          {"fields", std::move(fields)}};
}

json::object catalogue(const PublicPage& page, const std::string& base) {
  std::string page_url = territory_url(base, page.territory_id);
  json::object publisher{
      {"@type", "foaf:Agent"},
      {"foaf:name", page.territory_name + (page.kind == "cispd" ? " (CISPD)" : " (CLSPD)")}};
  json::array items;
  for (const Dataset& d : datasets()) {
    if (!published(d, page)) continue;
    std::string file = page_url + "/" + std::string(d.name);
    std::string schema = schema_url(base, d.name);
    items.push_back(json::object{
        {"@id", file},
        {"@type", "dcat:Dataset"},
        {"dct:identifier", file},
        {"dct:title", std::string(d.title) + " — " + page.territory_name},
        {"dct:description", d.description},
        {"dct:publisher", publisher},
        {"dct:license", {{"@id", kLicenceUrl}}},
        {"dct:modified", {{"@value", page.updated_at}, {"@type", "xsd:dateTime"}}},
        {"dct:spatial", page.territory_name},
        {"dcat:landingPage", {{"@id", public_page_url(base, page.territory_id)}}},
        {"dcat:keyword", json::array{"sécurité", "prévention de la délinquance", "CLSPD"}},
        {"dcat:distribution",
         json::array{distribution(file + ".csv", "CSV", "text/csv", schema),
                     distribution(file + ".json", "JSON", "application/json", schema)}}});
  }
  return {{"@context",
           {{"dcat", "http://www.w3.org/ns/dcat#"},
            {"dct", "http://purl.org/dc/terms/"},
            {"foaf", "http://xmlns.com/foaf/0.1/"},
            {"xsd", "http://www.w3.org/2001/XMLSchema#"}}},
          {"@id", page_url + "/catalogue.jsonld"},
          {"@type", "dcat:Catalog"},
          {"dct:title",
           "Données ouvertes — sécurité et prévention de la délinquance — " + page.territory_name},
          {"dct:description", source_text(page)},
          {"dct:publisher", publisher},
          {"dct:license", {{"@id", kLicenceUrl}}},
          {"dct:modified", {{"@value", page.updated_at}, {"@type", "xsd:dateTime"}}},
          {"foaf:homepage", {{"@id", public_page_url(base, page.territory_id)}}},
          {"dcat:dataset", std::move(items)}};
}

}  // namespace vigie::open_data
