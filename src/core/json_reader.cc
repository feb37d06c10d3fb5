#include "core/json_reader.h"

#include <algorithm>

#include "core/json_strict.h"
#include "core/text.h"

namespace vigie {
namespace json = boost::json;

JsonReader::JsonReader(const json::value& value, std::string path)
    : JsonReader(value, std::move(path), std::make_shared<std::optional<Error>>()) {
  require_object();
}

JsonReader::JsonReader(const json::value& value, std::string path,
                       std::shared_ptr<std::optional<Error>> error)
    : value_(value), path_(std::move(path)), error_(std::move(error)) {}

Result<json::value> JsonReader::parse(std::string_view body) {
  TRY_VOID(check_json_text(body));
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 32;
  json::value v = json::parse(body, ec, {}, options);
  if (ec) {
    return Error::invalid("Le corps de la requête n'est pas un JSON valide (" + ec.message() + ").",
                          "");
  }
  return v;
}

bool JsonReader::require_object() {
  if (failed()) return false;
  object_ = value_.if_object();
  if (object_ == nullptr) {
    *error_ = Error::invalid("Un objet JSON est attendu.", path_);
    return false;
  }
  return true;
}

void JsonReader::fail(std::string_view key, std::string message) {
  if (!failed()) *error_ = Error::invalid(std::move(message), child_path(key));
}

std::string JsonReader::child_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

std::string JsonReader::child_path(std::string_view key, std::size_t index) const {
  return child_path(key) + "[" + std::to_string(index) + "]";
}

bool JsonReader::has(std::string_view key) const {
  return object_ != nullptr && object_->contains(key);
}

const json::value* JsonReader::field(std::string_view key) {
  seen_.emplace(key);
  if (failed() || object_ == nullptr) return nullptr;
  return object_->if_contains(key);
}

std::optional<std::string> JsonReader::checked_string(std::string_view key, std::size_t max_length,
                                                      bool required) {
  const json::value* v = field(key);
  if (failed()) return std::nullopt;
  if (v == nullptr || v->is_null()) {
    if (required) fail(key, "Ce champ est obligatoire.");
    return std::nullopt;
  }
  const json::string* s = v->if_string();
  if (s == nullptr) {
    fail(key, "Ce champ doit être une chaîne de caractères.");
    return std::nullopt;
  }
  std::string_view text(s->data(), s->size());
  if (utf8_length(text) > max_length) {
    fail(key, "Ce champ dépasse " + std::to_string(max_length) + " caractères.");
    return std::nullopt;
  }
  if (required && text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    fail(key, "Ce champ ne peut pas être vide.");
    return std::nullopt;
  }
  return std::string(text);
}

std::string JsonReader::string(std::string_view key, std::size_t max_length) {
  return checked_string(key, max_length, true).value_or("");
}

std::optional<std::string> JsonReader::optional_string(std::string_view key,
                                                       std::size_t max_length) {
  return checked_string(key, max_length, false);
}

namespace {

/// A bound as people write it: "2100", "10 000" (the typographic rule leaves four-digit figures,
/// years among them, unseparated).
std::string bound_text(std::int64_t n) {
  return n > -10'000 && n < 10'000 ? std::to_string(n) : format_thousands(n);
}

}  // namespace

std::optional<std::int64_t> JsonReader::optional_integer(std::string_view key, std::int64_t min,
                                                         std::int64_t max) {
  const json::value* v = field(key);
  if (failed() || v == nullptr || v->is_null()) return std::nullopt;
  std::int64_t n = 0;
  if (v->is_int64()) {
    n = v->get_int64();
  } else if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    n = static_cast<std::int64_t>(v->get_uint64());
  } else if (v->is_double() || v->is_uint64()) {
    // Beyond 64 bits or written with a decimal part: out of range if it is, else not whole.
    double d = v->to_number<double>();
    if (d == static_cast<double>(static_cast<std::int64_t>(d)) && d > -9e18 && d < 9e18) {
      n = static_cast<std::int64_t>(d);
    } else if (d >= 9e18 || d <= -9e18) {
      fail(key, d > 0 ? "Ce nombre est bien trop grand." : "Ce nombre est bien trop petit.");
      return std::nullopt;
    } else {
      fail(key, "Ce champ doit être un nombre entier.");
      return std::nullopt;
    }
  } else {
    fail(key, "Ce champ doit être un nombre entier.");
    return std::nullopt;
  }
  if (n < min || n > max) {
    // An open bound is the type's limit: not a figure to show anyone.
    if (max == INT64_MAX) {
      fail(key, "Ce champ doit valoir au moins " + bound_text(min) + ".");
    } else if (min == INT64_MIN) {
      fail(key, "Ce champ doit valoir au plus " + bound_text(max) + ".");
    } else {
      fail(key,
           "Ce champ doit être compris entre " + bound_text(min) + " et " + bound_text(max) + ".");
    }
    return std::nullopt;
  }
  return n;
}

std::int64_t JsonReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
  auto n = optional_integer(key, min, max);
  if (!n && !failed()) fail(key, "Ce champ est obligatoire.");
  return n.value_or(0);
}

std::optional<double> JsonReader::optional_number(std::string_view key) {
  const json::value* v = field(key);
  if (failed() || v == nullptr || v->is_null()) return std::nullopt;
  if (!v->is_number()) {
    fail(key, "Ce champ doit être un nombre.");
    return std::nullopt;
  }
  return v->to_number<double>();
}

bool JsonReader::boolean(std::string_view key) {
  const json::value* v = field(key);
  if (failed()) return false;
  if (v == nullptr || !v->is_bool()) {
    fail(key, v == nullptr ? "Ce champ est obligatoire." : "Ce champ doit valoir true ou false.");
    return false;
  }
  return v->get_bool();
}

std::optional<bool> JsonReader::optional_boolean(std::string_view key) {
  const json::value* v = field(key);
  if (failed() || v == nullptr || v->is_null()) return std::nullopt;
  if (!v->is_bool()) {
    fail(key, "Ce champ doit valoir true ou false.");
    return std::nullopt;
  }
  return v->get_bool();
}

std::optional<std::string> JsonReader::optional_date(std::string_view key) {
  auto text = checked_string(key, 10, false);
  // A cleared date input sends "": no date, so a required one gets its own "missing" message.
  if (text && text->find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  if (text && !is_iso_date(*text)) {
    fail(key, "Ce champ doit être une date au format AAAA-MM-JJ.");
    return std::nullopt;
  }
  return text;
}

std::string JsonReader::date(std::string_view key, std::string_view missing) {
  auto text = optional_date(key);
  if (!text && !failed()) fail(key, std::string(missing));
  return text.value_or("");
}

std::optional<std::string>
JsonReader::optional_enumeration(std::string_view key, std::span<const std::string_view> allowed) {
  auto text = checked_string(key, 64, false);
  if (!text) return std::nullopt;
  for (std::string_view a : allowed) {
    if (a == *text) return text;
  }
  std::string list;
  for (std::string_view a : allowed)
    list += (list.empty() ? "" : ", ") + std::string(a);
  fail(key, "Valeur inconnue « " + *text + " » ; valeurs possibles : " + list + ".");
  return std::nullopt;
}

std::string JsonReader::enumeration(std::string_view key,
                                    std::span<const std::string_view> allowed) {
  auto code = optional_enumeration(key, allowed);
  if (!code && !failed()) fail(key, "Ce champ est obligatoire.");
  return code.value_or("");
}

const json::array* JsonReader::array_field(std::string_view key, std::size_t max_items) {
  const json::value* v = field(key);
  if (failed() || v == nullptr || v->is_null()) return nullptr;
  const json::array* items = v->if_array();
  if (items == nullptr) {
    fail(key, "Ce champ doit être une liste.");
    return nullptr;
  }
  if (items->size() > max_items) {
    fail(key, "Cette liste dépasse " + std::to_string(max_items) + " éléments.");
    return nullptr;
  }
  return items;
}

std::vector<std::string> JsonReader::string_list(std::string_view key, std::size_t max_items,
                                                 std::size_t max_length) {
  std::vector<std::string> out;
  const json::array* items = array_field(key, max_items);
  if (items == nullptr) return out;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const json::string* s = (*items)[i].if_string();
    std::string item_key = std::string(key) + "[" + std::to_string(i) + "]";
    if (s == nullptr) {
      fail(item_key, "Chaque élément doit être une chaîne de caractères.");
      return {};
    }
    if (utf8_length(std::string_view(s->data(), s->size())) > max_length) {
      fail(item_key, "Cet élément dépasse " + std::to_string(max_length) + " caractères.");
      return {};
    }
    out.emplace_back(s->data(), s->size());
  }
  return out;
}

std::vector<std::int64_t> JsonReader::id_list(std::string_view key, std::size_t max_items) {
  std::vector<std::int64_t> out;
  const json::array* items = array_field(key, max_items);
  if (items == nullptr) return out;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const json::value& v = (*items)[i];
    std::string item_key = std::string(key) + "[" + std::to_string(i) + "]";
    if (!v.is_int64() || v.get_int64() <= 0) {
      fail(item_key, "Chaque élément doit être un identifiant numérique.");
      return {};
    }
    if (std::find(out.begin(), out.end(), v.get_int64()) != out.end()) {
      fail(item_key, "Cet identifiant figure deux fois dans la liste.");
      return {};
    }
    out.push_back(v.get_int64());
  }
  return out;
}

void JsonReader::check_unknown_fields() {
  if (failed() || object_ == nullptr) return;
  for (const auto& entry : *object_) {
    if (!seen_.contains(std::string_view(entry.key()))) {
      fail(entry.key(), "Champ inconnu « " + std::string(entry.key()) + " ».");
      return;
    }
  }
}

Result<void> JsonReader::finish() {
  check_unknown_fields();
  if (failed()) return **error_;
  return success();
}

}  // namespace vigie
