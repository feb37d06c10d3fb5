#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "core/sheet.h"
#include "publication/model.h"

/// The territory's open data (issue 16 §3): three datasets, each one definition from which its
/// CSV header, its JSON records, its Table Schema (frictionlessdata.io, the format of
/// schema.data.gouv.fr) and its catalogue entry (DCAT-AP) are all written, so they cannot
/// disagree. Licence Ouverte / Open Licence 2.0 (Etalab).
namespace vigie::open_data {

inline constexpr std::string_view kLicenceId = "etalab-2.0";
inline constexpr std::string_view kLicenceTitle = "Licence Ouverte / Open Licence version 2.0";
inline constexpr std::string_view kLicenceUrl =
    "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

/// A column: its name in the files, its French title and description, its Table Schema type
/// ("string", "integer", "number", "boolean", "date") and closed list of values, if any.
struct Field {
  std::string_view name;
  std::string_view title;
  std::string_view type;
  std::string_view description;
  bool required = false;
  std::vector<std::string_view> values;
};

/// A dataset: `name` is its file name without extension ("fiches"); `part` the publication
/// part that makes it public ("strategie", "instances", "diagnostic").
struct Dataset {
  std::string_view name;
  std::string_view part;
  std::string_view title;
  std::string_view description;
  std::vector<Field> fields;
};

/// fiches, reunions, delinquance.
const std::vector<Dataset>& datasets();
/// The dataset of that name, or none.
const Dataset* find(std::string_view name);
/// Whether the page publishes the dataset's part.
bool published(const Dataset& d, const PublicPage& page);

/// The dataset's rows from the page, one cell per field (an empty cell: no value).
sheet::Sheet rows(const Dataset& d, const PublicPage& page);

/// {"licence": {...}, "source", "updated_at", "schema": url, "data": [{field: value|null}]},
/// values typed as the schema says.
boost::json::object records(const Dataset& d, const PublicPage& page, const std::string& base);

/// The dataset's Table Schema: {name, title, description, licenses, fields: [{name, title,
/// type, description, constraints: {required, enum}}], missingValues: [""]}.
boost::json::object table_schema(const Dataset& d, const std::string& base);

/// The territory's DCAT-AP catalogue as JSON-LD: one dcat:Dataset per published dataset with
/// its CSV and JSON distributions (dct:conformsTo its schema), publisher, licence, dct:modified.
boost::json::object catalogue(const PublicPage& page, const std::string& base);

/// Where the figures come from, for the files and the page.
std::string source_text(const PublicPage& page);

/// Stable addresses under `base` ("https://vigie.example.fr"): the page's data and schemas.
std::string territory_url(const std::string& base, std::int64_t territory_id);
std::string schema_url(const std::string& base, std::string_view dataset);
/// The territory's public page for people ("…/publique.html?territoire=2").
std::string public_page_url(const std::string& base, std::int64_t territory_id);

}  // namespace vigie::open_data
