// SsmsiSource: the records of an SSMSI file, CSV or JSON; see ssmsi_source.h.
#include "diagnostic/ssmsi_source.h"

#include <boost/json.hpp>

#include "core/json_strict.h"

namespace vigie {
namespace {

std::string cell_text(const boost::json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_null()) return "";
  return boost::json::serialize(v);  // numbers: the shortest text that reads back the same
}

// The records of a JSON base as rows under the keys of the first record.
Result<std::vector<std::vector<std::string>>> json_rows(const std::string& text) {
  boost::system::error_code ec;
  boost::json::value doc = boost::json::parse(text, ec);
  if (ec) return Error::invalid("JSON invalide : " + json_syntax_problem(ec, text) + ".", "json");
  const boost::json::array* records = doc.if_array();
  if (const auto* object = doc.if_object()) {
    for (const char* key : {"records", "data"}) {
      if (const auto* found = object->if_contains(key)) records = found->if_array();
      if (records != nullptr) break;
    }
  }
  if (records == nullptr || records->empty() || !records->front().is_object()) {
    return Error::invalid("JSON sans tableau d'enregistrements (« records »).", "json");
  }
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header;
  for (const auto& [key, value] : records->front().get_object())
    header.emplace_back(key);
  rows.push_back(header);
  for (std::size_t i = 0; i < records->size(); ++i) {
    const auto* record = (*records)[i].if_object();
    if (record == nullptr) {
      return Error::invalid("enregistrement " + std::to_string(i + 1) + " : objet attendu.",
                            "json");
    }
    std::vector<std::string> row;
    row.reserve(header.size());
    for (const auto& key : header) {
      const auto* value = record->if_contains(key);
      row.push_back(value != nullptr ? cell_text(*value) : "");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// JSON by its name, or by its first character (an upload waits under a name of its own).
Result<bool> is_json(const std::filesystem::path& path, const std::string& name) {
  if (name.ends_with(".json") || name.ends_with(".json.gz")) return true;
  auto text = TRY(csv::FileText::open(path));
  std::string first;
  (void)TRY(text->read(first));
  std::size_t at = first.find_first_not_of(" \t\r\n");
  return at != std::string::npos && (first[at] == '{' || first[at] == '[');
}

}  // namespace

Result<std::unique_ptr<SsmsiSource>> SsmsiSource::open(const std::filesystem::path& path,
                                                       const std::string& name) {
  bool json = TRY(is_json(path, name));
  std::unique_ptr<SsmsiSource> source(new SsmsiSource());
  source->text_ = TRY(csv::FileText::open(path));
  std::vector<std::string> header;
  if (json) {
    std::string text;
    while (TRY(source->text_->read(text))) {
    }
    source->json_records_ = TRY(json_rows(text));
    header = source->json_records_[0];
    source->json_next_ = 1;
  } else {
    source->reader_ = TRY(csv::Reader::open(*source->text_));
    auto first = TRY(source->reader_->next());
    if (!first) return Error::invalid("Fichier vide.", "fichier");
    header = std::move(*first);
  }
  source->format_ = TRY(SsmsiFormat::from_header(header, json));
  return source;
}

Result<std::optional<std::vector<std::string>>> SsmsiSource::next_record() {
  if (reader_ != nullptr) return reader_->next();
  if (json_next_ >= json_records_.size()) return std::optional<std::vector<std::string>>();
  return std::optional(std::move(json_records_[json_next_++]));
}

Result<std::optional<SsmsiFigure>> SsmsiSource::next() {
  auto record = next_record();
  if (!record.ok()) return record.release_error();
  if (!*record) return std::optional<SsmsiFigure>();
  auto figure = format_->parse(**record);
  if (!figure.ok()) {
    Error e = figure.release_error();
    std::string where = reader_ != nullptr ? "ligne " + std::to_string(reader_->line())
                                           : "enregistrement " + std::to_string(json_next_ - 1);
    e.message = where + ", " + e.message;
    return e;
  }
  return std::optional(std::move(*figure));
}

double SsmsiSource::fraction() const {
  if (reader_ == nullptr) {
    return json_records_.size() <= 1 ? 1.0
                                     : static_cast<double>(json_next_ - 1) /
                                           static_cast<double>(json_records_.size() - 1);
  }
  return text_->size() == 0
             ? 1.0
             : static_cast<double>(text_->consumed()) / static_cast<double>(text_->size());
}

}  // namespace vigie
