// The CSV layer (core/csv): dialects as spreadsheets write them, errors at the right place.
#include <gtest/gtest.h>
#include <zlib.h>

#include "core/csv.h"

namespace vigie {
namespace {

using Rows = std::vector<std::pair<std::size_t, std::vector<std::string>>>;

Rows read_all(std::string_view text, char separator = 0) {
  csv::Reader reader(text, separator);
  Rows rows;
  while (auto row = reader.next().value())
    rows.emplace_back(reader.line(), *row);
  return rows;
}

std::string gzip(const std::string& text) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(static_cast<uLong>(text.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(CsvReader, quoted_fields_hold_separators_quotes_and_line_breaks) {
  Rows rows =
      read_all("id;texte\r\n1;\"a ; b\"\r\n2;\"dit \"\"non\"\"\nsur deux lignes\"\r\n3;fin\r\n");
  ASSERT_EQ(rows.size(), 4U);
  EXPECT_EQ(rows[1].second[1], "a ; b");
  EXPECT_EQ(rows[2].second[1], "dit \"non\"\nsur deux lignes");
  EXPECT_EQ(rows[2].first, 3U);  // where the record starts
  EXPECT_EQ(rows[3].first, 5U);  // the line break inside the quotes counts
}

TEST(CsvReader, lines_may_end_in_crlf_lf_or_cr_alone) {
  for (const char* text :
       {"a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4\n", "a,b\r1,2\r3,4\r", "a,b\r1,2\r3,4"}) {
    Rows rows = read_all(text);
    ASSERT_EQ(rows.size(), 3U) << text;
    EXPECT_EQ(rows[2].second, (std::vector<std::string>{"3", "4"}));
    EXPECT_EQ(rows[2].first, 3U);
  }
}

TEST(CsvReader, the_sep_hint_line_names_the_separator_and_is_skipped) {
  csv::Reader reader("sep=,\nx;y,date\n1;5,2024\n");
  EXPECT_EQ(reader.separator(), ',');
  auto header = reader.next().value();
  EXPECT_EQ(*header, (std::vector<std::string>{"x;y", "date"}));
  EXPECT_EQ(reader.line(), 2U);
}

TEST(CsvReader, the_separator_is_the_most_frequent_outside_quotes) {
  EXPECT_EQ(csv::detect_separator("x,y,date\n"), ',');
  EXPECT_EQ(csv::detect_separator("x;y;date\n"), ';');
  EXPECT_EQ(csv::detect_separator("x\ty\tdate\n"), '\t');
  EXPECT_EQ(csv::detect_separator("\"a,b,c\";d\n"), ';');  // commas inside quotes do not count
  EXPECT_EQ(csv::detect_separator("\xEF\xBB\xBF\n\nnom;valeur\n"), ';');
  EXPECT_EQ(csv::detect_separator("seul\n"), ',');
}

TEST(CsvReader, empty_records_are_skipped_and_trailing_empty_columns_kept_empty) {
  Rows rows = read_all("a;b;;\n;;;\n\n1;2;;\n");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[1].second, (std::vector<std::string>{"1", "2", "", ""}));
  EXPECT_EQ(rows[1].first, 4U);
}

TEST(CsvReader, a_quote_out_of_place_names_the_line_and_the_column) {
  csv::Reader reader("a;b;c\n1;2;\"jamais refermé\n");
  ASSERT_TRUE(reader.next().ok());
  auto bad = reader.next();
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "csv");
  EXPECT_NE(bad.error().message.find("ligne 2, colonne 3"), std::string::npos)
      << bad.error().message;
  csv::Reader stray("a,b\n1,2\"x\n");
  ASSERT_TRUE(stray.next().ok());
  EXPECT_FALSE(stray.next().ok());
}

TEST(CsvDecode, utf16_windows_1252_and_utf8_with_or_without_mark) {
  const std::string le("\xFF\xFE"
                       "x\0;\0\xE9\0\n\0",
                       10);
  auto d = csv::decode(le).value();
  EXPECT_EQ(d.text, "x;é\n");
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(csv::decode(std::string("x\0;\0y\0", 6)).value().encoding, "UTF-16LE");
  EXPECT_EQ(csv::decode(std::string("\xFE\xFF\0x\0;", 6)).value().text, "x;");
  auto w = csv::decode("Pr\xE9s;\x80\n").value();
  EXPECT_EQ(w.text, "Prés;€\n");
  EXPECT_EQ(w.encoding, "Windows-1252");
  EXPECT_EQ(csv::decode("\xEF\xBB\xBFPrés").value().text, "Prés");
  auto undefined = csv::decode("a\nb\x81\n");
  ASSERT_FALSE(undefined.ok());
  EXPECT_NE(undefined.error().message.find("ligne 2"), std::string::npos);
  EXPECT_FALSE(csv::decode(std::string("a\nb\0c", 5)).ok());
}

TEST(CsvDecode, gzip_files_are_read_and_corrupt_ones_refused) {
  const std::string text = "x;y\n1;2\n";
  std::string packed = gzip(text);
  ASSERT_TRUE(csv::is_gzip(packed));
  EXPECT_EQ(csv::gunzip(packed).value(), text);
  EXPECT_EQ(csv::gunzip(packed + gzip("3;4\n")).value(), text + "3;4\n");  // two members
  EXPECT_FALSE(csv::gunzip(packed.substr(0, packed.size() / 2)).ok());
  EXPECT_FALSE(csv::gunzip(packed, 4).ok());  // over the limit
}

TEST(CsvWriter, quotes_only_what_rfc_4180_requires) {
  EXPECT_EQ(csv::format_row({"a", "1.5", ""}), "a,1.5,");
  EXPECT_EQ(csv::format_row({"Centre-Ville, Gare", "Quartier \"Les Tilleuls\""}),
            "\"Centre-Ville, Gare\",\"Quartier \"\"Les Tilleuls\"\"\"");
  EXPECT_EQ(csv::format_row({"deux\nlignes", " espace"}), "\"deux\nlignes\",\" espace\"");
  EXPECT_EQ(csv::format_row({"a,b", "c;d"}, ';'), "a,b;\"c;d\"");
  // What it writes reads back the same.
  std::vector<std::string> fields{"x, \"y\"", "z\r\nw", "plain"};
  const std::string written = csv::format_row(fields) + "\r\n";
  csv::Reader reader(written, ',');
  EXPECT_EQ(*reader.next().value(), fields);
}

}  // namespace
}  // namespace vigie
