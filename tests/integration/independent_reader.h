#pragma once
// Reads what Vigie wrote with a program that is not Vigie's: pdftotext, python3-icalendar,
// python3-openpyxl, python3-docx, odt2txt. One temporary file per call and per process (the
// SQLite and PostgreSQL runs of a test execute side by side).
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include <unistd.h>

namespace vigie::test {

/// Writes `bytes` to a temporary file named `*.ext`, runs `command` with the file's path in
/// place of "{file}" (else as its last argument), and returns what it printed. Throws, with the
/// output, when it fails.
inline std::string read_with(const std::string& bytes, const std::string& ext,
                             const std::string& command) {
  static std::atomic<int> counter{0};
  auto file =
      std::filesystem::temp_directory_path() /
      ("vigie-read-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "." + ext);
  std::ofstream(file, std::ios::binary) << bytes;
  std::string line = command;
  if (auto at = line.find("{file}"); at != std::string::npos) {
    line.replace(at, 6, file.string());
  } else {
    line += " " + file.string();
  }
  std::string output;
  FILE* pipe = popen(line.c_str(), "r");  // its errors go to the test's output
  if (pipe == nullptr) throw std::runtime_error("popen");
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
    output.append(buffer, n);
  int status = pclose(pipe);
  std::filesystem::remove(file);
  if (status != 0) throw std::runtime_error(line + " failed:\n" + output);
  return output;
}

/// read_with for a Python script (Debian's /usr/bin/python3 and its packages); the script
/// finds the file in sys.argv[1].
inline std::string read_with_python(const std::string& bytes, const std::string& ext,
                                    const std::string& script) {
  setenv("VIGIE_PY", script.c_str(), 1);
  return read_with(bytes, ext, "/usr/bin/python3 -c \"$VIGIE_PY\"");
}

/// The text pdftotext (poppler) reads, as one line: line breaks and no-break spaces as spaces,
/// since where a line breaks depends on the font.
inline std::string pdf_text(const std::string& pdf) {
  std::string out = read_with(pdf, "pdf", "pdftotext -q -enc UTF-8 {file} -");
  std::string flat;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 2, "\u00A0") == 0) {
      flat += ' ';
      ++i;
    } else {
      flat += out[i] == '\n' ? ' ' : out[i];
    }
  }
  return flat;
}

}  // namespace vigie::test
