#include "diagnostic/json.h"

#include <boost/json.hpp>

namespace vigie {
namespace json = boost::json;

namespace {
json::value optional_json(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
}  // namespace

json::object edition_json(const SsmsiEdition& e) {
  json::array years;
  for (int y : e.years)
    years.push_back(y);
  return {
      {"id", e.id},
      {"level", level_name(e.level)},
      {"file_name", e.file_name},
      {"sha256", e.sha256},
      {"schema", e.schema},
      {"years", std::move(years)},
      {"geography_year", e.geography_year ? json::value(*e.geography_year) : json::value(nullptr)},
      {"produced_on", optional_json(e.produced_on)},
      {"rows", e.rows},
      {"masked_rows", e.masked_rows},
      {"zones", e.zones},
      {"unlocated_rows", e.unlocated_rows},
      {"imported_at", e.imported_at},
      {"replaced_at", optional_json(e.replaced_at)}};
}

json::object upload_json(const SsmsiUploadState& s) {
  json::object o{
      {"id", s.id},       {"file_name", s.file_name}, {"size", s.size}, {"received", s.received},
      {"state", s.state}, {"fraction", s.fraction},   {"rows", s.rows}};
  if (s.outcome) {
    o["edition"] = edition_json(s.outcome->edition);
    o["unchanged"] = s.outcome->unchanged;
    json::array replaced;
    for (auto id : s.outcome->replaced)
      replaced.push_back(id);
    o["replaced"] = std::move(replaced);
  }
  if (s.error) {
    o["error"] = {{"code", error_code_name(s.error->code)},
                  {"message", s.error->message},
                  {"field", optional_json(s.error->field)}};
  }
  return o;
}

}  // namespace vigie
