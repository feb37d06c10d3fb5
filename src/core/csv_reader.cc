// csv::Reader and csv::format_row on libcsv; see csv.h.
#include <array>
#include <deque>

#include <csv.h>

#include "core/csv.h"

namespace vigie::csv {
namespace {

struct Record {
  std::size_t line;
  std::vector<std::string> fields;
};

// Unquoted fields lose spaces only: a tab may be the separator, and is data otherwise.
int is_space(unsigned char c) { return c == ' ' ? 1 : 0; }

// Where the first CR or LF of `text` is (npos if none). A plain loop: find_first_of calls
// memchr once per character, which costs a third of reading a large file.
std::size_t line_end(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') return i;
  }
  return std::string_view::npos;
}

// The length of the physical line at the start of `text`, its ending included (CRLF, LF, CR).
std::size_t line_length(std::string_view text) {
  std::size_t end = line_end(text);
  if (end == std::string_view::npos) return text.size();
  if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') return end + 2;
  return end + 1;
}

std::string_view strip_ending(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
    line.remove_suffix(1);
  return line;
}

// "sep=;" alone on the first line: Excel's hint, which it writes and reads.
std::optional<char> separator_hint(std::string_view first_line) {
  std::string_view line = strip_ending(first_line);
  if (line.size() == 5 && (line.substr(0, 4) == "sep=" || line.substr(0, 4) == "SEP=")) {
    return line[4];
  }
  return std::nullopt;
}

}  // namespace

char detect_separator(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (auto hint = separator_hint(text.substr(0, line_length(text)))) return *hint;
  while (!text.empty()) {
    std::string_view line = strip_ending(text.substr(0, line_length(text)));
    text.remove_prefix(line_length(text));
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    std::array<std::pair<char, int>, 3> counts{{{';', 0}, {'\t', 0}, {',', 0}}};
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      for (auto& [sep, n] : counts)
        n += !quoted && c == sep ? 1 : 0;
    }
    auto best = counts[0];
    for (const auto& candidate : counts)
      best = candidate.second > best.second ? candidate : best;
    return best.second > 0 ? best.first : ',';
  }
  return ',';
}

struct Reader::State {
  std::string_view rest;
  FileText* source = nullptr;  // more text, for a file read in pieces
  std::string piece;           // what `rest` views when reading a file
  csv_parser parser{};
  char separator = ',';
  std::size_t physical_line = 0;
  std::size_t start_line = 0;
  std::size_t record_line = 0;
  bool in_record = false;
  bool finished = false;
  std::vector<std::string> fields;
  std::deque<Record> ready;

  static void on_field(void* data, std::size_t size, void* self) {
    auto* s = static_cast<State*>(self);
    s->fields.emplace_back(static_cast<const char*>(data), size);
  }
  static void on_record(int, void* self) {
    auto* s = static_cast<State*>(self);
    bool empty = true;
    for (const auto& f : s->fields)
      empty = empty && f.empty();
    if (!empty) s->ready.push_back({s->start_line, std::move(s->fields)});
    s->fields.clear();
    s->in_record = false;
  }

  Error parse_error() {
    std::string what = csv_error(&parser) == CSV_EPARSE ? "guillemet mal placé ou jamais refermé"
                                                        : "champ trop long ou mémoire insuffisante";
    return Error::invalid("ligne " + std::to_string(in_record ? start_line : physical_line) +
                              ", colonne " + std::to_string(fields.size() + 1) + " : " + what + ".",
                          "csv");
  }

  // True when `rest` holds a whole line (a CR at its very end may be half of a CRLF).
  bool whole_line_ready() const {
    std::size_t end = line_end(rest);
    return end != std::string_view::npos && end + 1 < rest.size();
  }

  // Reads pieces of the file until `rest` holds a whole line or the file ends.
  Result<void> fill() {
    while (source != nullptr && !whole_line_ready()) {
      std::string next(rest);
      if (!TRY(source->read(next))) source = nullptr;
      piece = std::move(next);
      rest = piece;
    }
    return success();
  }

  // Feeds one physical line; the callbacks it triggers belong to it.
  Result<void> feed() {
    TRY_VOID(fill());
    if (rest.empty()) return success();
    std::size_t length = line_length(rest);
    std::string_view line = rest.substr(0, length);
    rest.remove_prefix(length);
    ++physical_line;
    if (!in_record && strip_ending(line).find_first_not_of(' ') != std::string_view::npos) {
      start_line = physical_line;
      in_record = true;
    }
    if (csv_parse(&parser, line.data(), line.size(), on_field, on_record, this) != line.size()) {
      return parse_error();
    }
    return success();
  }
};

Reader::Reader() : state_(std::make_unique<State>()) {}

Result<std::unique_ptr<Reader>> Reader::open(FileText& source, char separator) {
  std::unique_ptr<Reader> reader(new Reader());
  State& s = *reader->state_;
  s.source = &source;
  TRY_VOID(s.fill());
  s.separator = separator != 0 ? separator : detect_separator(s.rest);
  if (separator_hint(s.rest.substr(0, line_length(s.rest)))) {
    s.rest.remove_prefix(line_length(s.rest));
    s.physical_line = 1;
  }
  csv_init(&s.parser, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_delim(&s.parser, static_cast<unsigned char>(s.separator));
  csv_set_space_func(&s.parser, is_space);
  return reader;
}

Reader::Reader(std::string_view text, char separator) : state_(std::make_unique<State>()) {
  State& s = *state_;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  s.separator = separator != 0 ? separator : detect_separator(text);
  if (separator_hint(text.substr(0, line_length(text)))) {
    text.remove_prefix(line_length(text));
    s.physical_line = 1;
  }
  s.rest = text;
  csv_init(&s.parser, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_delim(&s.parser, static_cast<unsigned char>(s.separator));
  csv_set_space_func(&s.parser, is_space);
}

Reader::~Reader() { csv_free(&state_->parser); }

Result<std::optional<std::vector<std::string>>> Reader::next() {
  State& s = *state_;
  while (s.ready.empty() && !s.finished) {
    if (!s.rest.empty() || s.source != nullptr) {
      TRY_VOID(s.feed());
      continue;
    }
    s.finished = true;
    if (csv_fini(&s.parser, State::on_field, State::on_record, &s) != 0) return s.parse_error();
  }
  if (s.ready.empty()) return std::optional<std::vector<std::string>>();
  Record r = std::move(s.ready.front());
  s.ready.pop_front();
  s.record_line = r.line;
  return std::optional(std::move(r.fields));
}

std::size_t Reader::line() const { return state_->record_line; }
char Reader::separator() const { return state_->separator; }

std::string format_row(const std::vector<std::string>& fields, char separator) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string& f = fields[i];
    if (i > 0) out += separator;
    bool quote = f.find_first_of(std::string{separator, '"', '\r', '\n'}) != std::string::npos ||
                 (!f.empty() && (f.front() == ' ' || f.back() == ' '));
    if (!quote) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f)
      out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
  return out;
}

}  // namespace vigie::csv
