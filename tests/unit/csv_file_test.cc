// csv::FileText and csv::Reader::open: large files read in pieces, as the whole-text reader does.
#include <fstream>

#include <gtest/gtest.h>
#include <zlib.h>

#include "core/csv.h"

namespace vigie {
namespace {

std::filesystem::path write_file(const std::string& name, const std::string& bytes, bool gz) {
  auto path = std::filesystem::temp_directory_path() / ("vigie-csv-file-" + name);
  if (gz) {
    gzFile f = gzopen(path.c_str(), "wb1");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
  } else {
    std::ofstream(path, std::ios::binary) << bytes;
  }
  return path;
}

std::vector<std::vector<std::string>> read_file(const std::filesystem::path& path,
                                                std::string* encoding = nullptr) {
  auto text = csv::FileText::open(path).value();
  auto reader = csv::Reader::open(*text).value();
  std::vector<std::vector<std::string>> rows;
  while (auto row = reader->next().value())
    rows.push_back(*row);
  if (encoding != nullptr) *encoding = text->encoding();
  EXPECT_EQ(text->consumed(), text->size());
  return rows;
}

// Three MiB of records whose accented words and quoted line breaks cross the 1 MiB pieces.
std::string big_text(const std::string& ending) {
  std::string text = "\xEF\xBB\xBF"
                     "code;libellé;note" +
                     ending;
  for (int i = 0; i < 60000; ++i) {
    text += std::to_string(i) + ";Dégradations éàü n°" + std::to_string(i) + ";\"deux" + ending +
            "lignes\"" + ending;
  }
  return text;
}

TEST(CsvFile, a_large_file_reads_the_same_in_pieces_plain_or_gzip) {
  for (const std::string ending : {"\r\n", "\n", "\r"}) {
    std::string text = big_text(ending);
    for (bool gz : {false, true}) {
      auto rows = read_file(write_file("big.csv", text, gz));
      ASSERT_EQ(rows.size(), 60001U);
      EXPECT_EQ(rows[0][1], "libellé");
      EXPECT_EQ(rows[59999][1], "Dégradations éàü n°59998");
      EXPECT_EQ(rows[59999][2], "deux" + ending + "lignes");
      EXPECT_EQ(rows[60000][0], "59999");
    }
  }
}

TEST(CsvFile, windows_1252_and_utf16_files_are_decoded) {
  std::string encoding;
  auto rows =
      read_file(write_file("cp1252.csv", "sep=;\r\nn;lib\r\n1;d\xE9p\xF4t\r\n", false), &encoding);
  EXPECT_EQ(encoding, "Windows-1252");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[1][1], "dépôt");
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("a\tb\r\n1\t2\r\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  rows = read_file(write_file("utf16.csv", utf16, true), &encoding);
  EXPECT_EQ(encoding, "UTF-16LE");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[1][1], "2");
}

TEST(CsvFile, broken_files_are_refused_with_their_place) {
  auto missing = csv::FileText::open("/nonexistent/vigie.csv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "fichier");

  std::string text = big_text("\n");
  auto path = write_file("truncated.csv.gz", text, true);
  std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);
  auto file = csv::FileText::open(path).value();
  auto reader = csv::Reader::open(*file).value();
  Result<std::optional<std::vector<std::string>>> row = reader->next();
  while (row.ok() && *row)
    row = reader->next();
  ASSERT_FALSE(row.ok());
  EXPECT_NE(row.error().message.find("tronqué"), std::string::npos);

  auto bad = write_file("bad-quote.csv", "a;b\n1;\"x\"y\n", false);
  auto bad_file = csv::FileText::open(bad).value();
  auto bad_reader = csv::Reader::open(*bad_file).value();
  ASSERT_TRUE(bad_reader->next().ok());
  auto error = bad_reader->next();
  ASSERT_FALSE(error.ok());
  EXPECT_NE(error.error().message.find("ligne 2"), std::string::npos);
}

}  // namespace
}  // namespace vigie
