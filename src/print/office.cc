// Documents through pandoc and LibreOffice; see office.h.
#include "print/office.h"

#include <chrono>
#include <deque>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/io.hpp>
#include <boost/process/search_path.hpp>
#include <boost/process/start_dir.hpp>
#include <sodium.h>
#include <unistd.h>

#include "core/random.h"

namespace vigie {

extern const char* const kOfficeFinishScript;  // generated from src/print/office_finish.py

namespace {
namespace bp = boost::process;
namespace fs = std::filesystem;

// A directory of this conversion's files, removed when the conversion ends.
class ScratchDirectory {
 public:
  ScratchDirectory() : path_(fs::temp_directory_path() / ("vigie-document-" + random_hex(8))) {
    fs::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Runs `program` with `args` in `dir`, its errors in dir/errors.txt; 500 naming `tool` when it
// is missing, fails or runs past two minutes.
Result<void> run(const std::string& program, const std::vector<std::string>& args,
                 const fs::path& dir, const std::string& tool) {
  boost::filesystem::path exe =
      program.starts_with('/') ? boost::filesystem::path(program) : bp::search_path(program);
  if (exe.empty() || !boost::filesystem::exists(exe)) {
    return Error::internal(tool + " est introuvable : lancez scripts/install-deps.sh.");
  }
  std::error_code ec;
  bp::child child(exe, bp::args(args), bp::start_dir(dir.string()), bp::std_in.close(),
                  bp::std_out > (dir / "output.txt").string(),
                  bp::std_err > (dir / "errors.txt").string(), ec);
  if (ec) return Error::internal(tool + " n'a pas pu être lancé : " + ec.message());
  if (!child.wait_for(std::chrono::minutes(2), ec)) {
    child.terminate(ec);
    return Error::internal(tool + " n'a pas fini en deux minutes.");
  }
  if (child.exit_code() != 0) {
    std::string errors = read_file(dir / "errors.txt");
    return Error::internal(tool + " a échoué : " + errors.substr(0, 400));
  }
  return success();
}

std::string wrapped_html(const OfficeDocument& d) {
  // pandoc takes the title, the subtitle and the contents' heading from the head (as text, where
  // --metadata would read them as YAML).
  return "<!DOCTYPE html>\n<html lang=\"fr-FR\"><head><meta charset=\"utf-8\"><title>" +
         html_escape(d.title) + "</title>\n<meta name=\"subtitle\" content=\"" +
         html_escape(d.subtitle) + "\">\n<meta name=\"toc-title\" content=\"Sommaire\">\n" +
         "</head><body>\n" + d.html + "\n</body></html>\n";
}

// The SHA-256 of everything a conversion reads: the same document asked again (a bilan that
// several partners download, a page reloaded) is answered from memory instead of starting
// LibreOffice again. A digest, not a shorter hash, so that two documents never share an entry.
std::string document_key(const std::string& html, const OfficeDocument& d, OfficeFormat format) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  auto add = [&state](const std::string& part) {
    std::string size = std::to_string(part.size()) + ":";
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(size.data()),
                              size.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(part.data()),
                              part.size());
  };
  add(office_extension(format));
  add(html);
  add(d.footer);
  add(d.table_of_contents ? "toc" : "");
  for (const auto& [name, svg] : d.images) {
    add(name);
    add(svg);
  }
  std::string digest(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char*>(digest.data()));
  return digest;
}

// The last conversions, newest last; a few documents of a few hundred kilobytes each.
class RecentDocuments {
 public:
  const std::string* find(const std::string& key) const {
    for (const auto& [k, bytes] : entries_) {
      if (k == key) return &bytes;
    }
    return nullptr;
  }
  void add(std::string key, std::string bytes) {
    if (entries_.size() == kKept) entries_.pop_front();
    entries_.emplace_back(std::move(key), std::move(bytes));
  }

 private:
  static constexpr std::size_t kKept = 16;
  std::deque<std::pair<std::string, std::string>> entries_;
};

}  // namespace

Result<OfficeFormat> office_format(const std::string& name, const std::string& field) {
  if (name == "odt") return OfficeFormat::odt;
  if (name == "docx") return OfficeFormat::docx;
  if (name == "pdf") return OfficeFormat::pdf;
  return Error::invalid("Format : odt, docx ou pdf.", field);
}

std::string office_extension(OfficeFormat f) {
  switch (f) {
  case OfficeFormat::odt: return "odt";
  case OfficeFormat::docx: return "docx";
  case OfficeFormat::pdf: break;
  }
  return "pdf";
}

std::string office_mime(OfficeFormat f) {
  switch (f) {
  case OfficeFormat::odt: return "application/vnd.oasis.opendocument.text";
  case OfficeFormat::docx:
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  case OfficeFormat::pdf: break;
  }
  return "application/pdf";
}

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += c;
    }
  }
  return out;
}

std::string html_table(const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows, std::vector<int> widths) {
  if (widths.size() != header.size()) {
    int others = header.size() > 1 ? 60 / static_cast<int>(header.size() - 1) : 100;
    widths.assign(header.size(), others);
    widths[0] = header.size() > 1 ? 40 : 100;
  }
  std::string out = "<table>\n<colgroup>";
  for (int w : widths)
    out += "<col width=\"" + std::to_string(w) + "%\">";
  out += "</colgroup>\n<thead><tr>";
  for (const std::string& h : header)
    out += "<th>" + html_escape(h) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    for (const std::string& c : row)
      out += "<td>" + c + "</td>";
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string html_paragraphs(const std::string& text) {
  std::string out;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string::npos) {
      out += "<p>" + html_escape(line) + "</p>\n";
    }
    start = end + 1;
  }
  return out;
}

Result<std::string> render_office(const OfficeDocument& d, OfficeFormat format) {
  // LibreOffice keeps one profile per process, reused: a new one costs seconds at each start.
  static std::mutex one_at_a_time;
  std::lock_guard lock(one_at_a_time);
  static const fs::path profile =
      fs::temp_directory_path() / ("vigie-office-profile-" + std::to_string(::getpid()));
  static RecentDocuments recent;
  std::string html = wrapped_html(d);
  std::string key = document_key(html, d, format);
  if (const std::string* known = recent.find(key)) return *known;
  ScratchDirectory dir;
  std::ofstream(dir.path() / "document.html", std::ios::binary) << html;
  for (const auto& [name, svg] : d.images)
    std::ofstream(dir.path() / name, std::ios::binary) << svg;
  std::ofstream(dir.path() / "finish.py", std::ios::binary) << kOfficeFinishScript;
  std::vector<std::string> pandoc{"--from=html", "--to=odt", "--standalone",
                                  "--output=document.odt", "document.html"};
  if (d.table_of_contents) pandoc.insert(pandoc.begin(), "--toc");
  TRY_VOID(run("pandoc", pandoc, dir.path(), "pandoc"));
  std::string out = "document-final." + office_extension(format);
  TRY_VOID(run("/usr/bin/python3",  // Debian's, which has python3-uno
               {"finish.py", "document.odt", out, office_extension(format), d.title, d.footer,
                profile.string()},
               dir.path(), "LibreOffice"));
  std::string bytes = read_file(dir.path() / out);
  recent.add(std::move(key), bytes);
  return bytes;
}

}  // namespace vigie
