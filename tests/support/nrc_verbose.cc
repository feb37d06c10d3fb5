#include "support/nrc_verbose.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "analysis/event_csv.h"

namespace vigie::test {
namespace {

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ','))
    out.push_back(field);
  return out;
}

std::string after_comma(const std::string& line) { return line.substr(line.find(',') + 1); }

}  // namespace

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string fixture_path(const std::string& relative) {
  return std::string(VIGIE_SOURCE_DIR) + "/tests/fixtures/" + relative;
}

analysis::Events fixture_events(const std::string& relative) {
  auto table = analysis::parse_events_csv(read_text_file(fixture_path(relative)));
  if (!table) throw std::runtime_error(relative + ": " + table.error().message);
  return std::move(table->events);
}

NrcVerbose read_nrc_verbose(const std::string& path) {
  std::istringstream in(read_text_file(path));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  NrcVerbose out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] == "Observed frequencies distribution") {
      for (std::size_t j = i + 3; j < lines.size() && !lines[j].empty() && lines[j][0] != ' ';
           ++j) {
        auto fields = split(lines[j]);
        std::vector<std::int64_t> row;
        for (std::size_t k = 2; k < fields.size(); ++k)
          row.push_back(fields[k].empty() ? 0 : std::stoll(fields[k]));
        out.observed.push_back(row);
      }
    }
    if (lines[i].rfind("Row ", 0) == 0) {
      NrcCell cell;
      std::sscanf(lines[i].c_str(), "Row %d Column %d", &cell.row, &cell.column);
      std::size_t j = i + 1;
      for (; lines[j].rfind("Observed", 0) != 0; ++j) {
        auto fields = split(lines[j]);
        for (std::size_t k = 1; k < fields.size(); ++k) {
          if (!fields[k].empty()) cell.simulated.push_back(std::stoll(fields[k]));
        }
      }
      cell.observed = std::stoll(after_comma(lines[j]));
      cell.mean = std::stod(after_comma(lines[j + 3]));
      cell.p = std::stod(after_comma(lines[j + 4]));
      cell.ratio = std::stod(after_comma(lines[j + 5]));
      out.cells.push_back(cell);
      i = j + 5;
    }
  }
  if (out.observed.empty() || out.cells.empty())
    throw std::runtime_error("not a verbose file: " + path);
  return out;
}

}  // namespace vigie::test
