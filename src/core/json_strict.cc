// One pass of Boost.JSON's event parser (basic_parser) over the raw text: the library validates
// syntax and UTF-8 and unescapes keys; the handler keeps the path and each object's keys.
#include "core/json_strict.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/json/basic_parser_impl.hpp>

#include "core/text.h"

namespace vigie {
namespace {

struct Level {
  bool object = false;
  std::set<std::string> keys;
  std::string key;        // the current key of an object
  std::size_t index = 0;  // the number of values already in an array
};

class Handler {
 public:
  static constexpr std::size_t max_object_size = 1'000'000;
  static constexpr std::size_t max_array_size = 1'000'000;
  static constexpr std::size_t max_key_size = 1'000'000;
  static constexpr std::size_t max_string_size = 100'000'000;

  std::vector<Level> stack;
  std::string key_part;
  std::optional<Error> problem;

  /// The path of the value being read: "a.b[2].c".
  std::string path() const {
    std::string out;
    for (const Level& l : stack) {
      if (l.object) {
        if (l.key.empty() && &l == &stack.back()) break;
        if (!out.empty()) out += '.';
        out += l.key;
      } else {
        out += "[" + std::to_string(l.index) + "]";
      }
    }
    return out;
  }

  bool fail(std::string message, boost::system::error_code& ec) {
    problem = Error::invalid(std::move(message), path());
    ec = boost::json::error::syntax;
    return false;
  }
  bool value_done() {
    if (!stack.empty() && !stack.back().object) ++stack.back().index;
    if (!stack.empty() && stack.back().object) stack.back().key.clear();
    return true;
  }
  bool begin(bool object, boost::system::error_code& ec) {
    if (stack.size() >= 32) return fail("Le JSON est imbriqué trop profondément.", ec);
    stack.push_back(Level{object, {}, {}, 0});
    return true;
  }
  bool end() {
    stack.pop_back();
    return value_done();
  }
  bool text(std::string_view s, boost::system::error_code& ec) {
    if (s.find('\0') != std::string_view::npos) {
      return fail("Le caractère nul (\\u0000) n'est pas admis dans un texte.", ec);
    }
    return true;
  }

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_object_begin(boost::system::error_code& ec) { return begin(true, ec); }
  bool on_object_end(std::size_t, boost::system::error_code&) { return end(); }
  bool on_array_begin(boost::system::error_code& ec) { return begin(false, ec); }
  bool on_array_end(std::size_t, boost::system::error_code&) { return end(); }
  bool on_key_part(std::string_view s, std::size_t, boost::system::error_code&) {
    key_part.append(s);
    return true;
  }
  bool on_key(std::string_view s, std::size_t, boost::system::error_code& ec) {
    key_part.append(s);
    Level& level = stack.back();
    level.key = std::move(key_part);
    key_part.clear();
    if (!text(level.key, ec)) return false;
    if (!level.keys.insert(level.key).second) {
      return fail("Ce champ apparaît deux fois dans le même objet JSON.", ec);
    }
    return true;
  }
  bool on_string_part(std::string_view s, std::size_t, boost::system::error_code& ec) {
    return text(s, ec);
  }
  bool on_string(std::string_view s, std::size_t, boost::system::error_code& ec) {
    return text(s, ec) && value_done();
  }
  bool on_number_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_int64(std::int64_t, std::string_view, boost::system::error_code&) { return value_done(); }
  bool on_uint64(std::uint64_t, std::string_view, boost::system::error_code&) {
    return value_done();
  }
  bool on_double(double, std::string_view, boost::system::error_code&) { return value_done(); }
  bool on_bool(bool, boost::system::error_code&) { return value_done(); }
  bool on_null(boost::system::error_code&) { return value_done(); }
  bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_comment(std::string_view, boost::system::error_code&) { return true; }
};

}  // namespace

Result<void> check_json_text(std::string_view text) {
  boost::json::basic_parser<Handler> parser{boost::json::parse_options{}};
  boost::system::error_code ec;
  parser.write_some(false, text.data(), text.size(), ec);
  if (!ec) return success();
  if (parser.handler().problem) return *parser.handler().problem;
  std::string field = parser.handler().path();
  if (!is_valid_utf8(text)) {  // Boost.JSON says "syntax error" for a bad UTF-8 sequence
    return Error::invalid("Le texte n'est pas en UTF-8 (octets invalides).", field);
  }
  if (ec == boost::json::error::too_deep) {
    return Error::invalid("Le JSON est imbriqué trop profondément.", field);
  }
  // Boost.JSON's messages are English: the person reads French. The field is where it stopped.
  if (ec == boost::json::error::incomplete) {
    return Error::invalid(
        "Le corps de la requête s'arrête avant la fin du JSON (texte tronqué à ce champ).", field);
  }
  return Error::invalid("Le corps de la requête n'est pas un JSON valide (caractère, échappement "
                        "ou ponctuation inattendus à cet endroit).",
                        field);
}

std::string json_syntax_problem(const boost::system::error_code& ec, std::string_view text) {
  if (!is_valid_utf8(text)) return "le texte n'est pas en UTF-8 (octets invalides)";
  if (ec == boost::json::error::incomplete) {
    return "le texte s'arrête avant la fin du JSON (est-il complet ?)";
  }
  if (ec == boost::json::error::too_deep) return "le JSON est imbriqué trop profondément";
  return "erreur de syntaxe JSON (virgule, guillemet, accolade ou crochet ?)";
}

}  // namespace vigie
