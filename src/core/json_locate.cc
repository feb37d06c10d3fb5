#include "core/json_locate.h"

#include <string>

namespace vigie {
namespace {

// A forward-only scanner over (already parsed, hence valid) JSON that knows the path of the
// value it stands on; it stops at the first value whose path equals the target.
class Locator {
 public:
  Locator(std::string_view text, std::string_view target) : text_(text), target_(target) {}

  std::optional<int> run() {
    value("");
    return found_;
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\t' || text_[pos_] == '\r')) {
      if (text_[pos_] == '\n') ++line_;
      ++pos_;
    }
  }

  std::string string_token() {
    std::string out;
    ++pos_;  // opening quote
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\') out += text_[pos_++];
      if (pos_ < text_.size()) out += text_[pos_++];
    }
    ++pos_;
    return out;
  }

  // Returns false once the target is found, to stop the walk.
  bool value(const std::string& path) {
    skip_space();
    if (path == target_) {
      found_ = line_;
      return false;
    }
    if (pos_ >= text_.size()) return false;
    char c = text_[pos_];
    if (c == '{') return object(path);
    if (c == '[') return array(path);
    if (c == '"') {
      string_token();
      return true;
    }
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']') {
      ++pos_;
    }
    return true;
  }

  bool object(const std::string& path) {
    int start_line = line_;
    ++pos_;
    for (;;) {
      skip_space();
      if (pos_ >= text_.size()) return false;
      if (text_[pos_] == '}') break;
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      std::string key = string_token();
      skip_space();
      ++pos_;  // colon
      std::string child = path;
      if (!child.empty()) child += '.';
      child += key;
      if (!value(child)) return false;
    }
    ++pos_;
    // A missing key of this object: point at the object.
    if (target_.rfind(path, 0) == 0 && !path.empty() && target_.size() > path.size() &&
        target_[path.size()] == '.' &&
        target_.find_first_of(".[", path.size() + 1) == std::string::npos) {
      found_ = start_line;
      return false;
    }
    return true;
  }

  bool array(const std::string& path) {
    ++pos_;
    for (std::size_t index = 0;; ++index) {
      skip_space();
      if (pos_ >= text_.size()) return false;
      if (text_[pos_] == ']') break;
      if (text_[pos_] == ',') {
        ++pos_;
        --index;
        continue;
      }
      if (!value(path + "[" + std::to_string(index) + "]")) return false;
    }
    ++pos_;
    return true;
  }

  std::string_view text_;
  std::string_view target_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::optional<int> found_;
};

}  // namespace

std::optional<int> locate_json_path(std::string_view text, std::string_view path) {
  return Locator(text, path).run();
}

int line_of_offset(std::string_view text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') ++line;
  }
  return line;
}

}  // namespace vigie
