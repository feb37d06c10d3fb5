// csv::decode and csv::gunzip; see csv.h.
#include <array>

#include <zlib.h>

#include "core/csv.h"
#include "core/text.h"

namespace vigie::csv {
namespace {

Error bad_text(std::string_view text_before, const std::string& what) {
  std::size_t line = 1;
  for (char c : text_before)
    line += c == '\n' ? 1 : 0;
  return Error::invalid("ligne " + std::to_string(line) + " : " + what, "csv");
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

Result<std::string> from_utf16(std::string_view bytes, bool little) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]);
    auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? (char32_t{b} << 8 | a) : (char32_t{a} << 8 | b);
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) return bad_text(out, "texte UTF-16 mal formé.");
    append_utf8(out, c);
  }
  if (i < bytes.size()) return bad_text(out, "texte UTF-16 tronqué (nombre d'octets impair).");
  return out;
}

bool looks_utf16le(std::string_view b) {
  return b.size() >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0;
}
bool looks_utf16be(std::string_view b) {
  return b.size() >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0;
}

}  // namespace

// Windows-1252's 0x80–0x9F; 0 where the code page defines nothing.
constexpr std::array<char16_t, 32> kHigh = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

Result<std::string> from_windows_1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char byte : bytes) {
    auto b = static_cast<unsigned char>(byte);
    char32_t c = b;
    if (b >= 0x80 && b < 0xA0) {
      c = kHigh[b - 0x80];
      if (c == 0) return bad_text(out, "octet sans caractère en Windows-1252 : encodage inconnu.");
    }
    append_utf8(out, c);
  }
  return out;
}

Result<Decoded> decode(std::string_view bytes) {
  Decoded d;
  // A spreadsheet's own file (.xlsx and .ods are ZIP archives, .xls an OLE2 compound file) is
  // the most common wrong file: said as such, with what to do.
  if (bytes.substr(0, 4) == "PK\x03\x04" ||
      bytes.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
    return Error::invalid("Ce fichier est un classeur (Excel, LibreOffice), pas un fichier CSV : "
                          "enregistrez-le au format CSV (Fichier › Enregistrer sous… › CSV), "
                          "puis importez ce fichier CSV.",
                          "csv");
  }
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF" ||
      looks_utf16le(bytes) || looks_utf16be(bytes)) {
    bool marked = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
    bool little = bytes.substr(0, 2) == "\xFF\xFE" || (!marked && looks_utf16le(bytes));
    d.text = TRY(from_utf16(bytes.substr(marked ? 2 : 0), little));
    d.encoding = little ? "UTF-16LE" : "UTF-16BE";
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (is_valid_utf8(bytes)) {
      d.text = std::string(bytes);
      d.encoding = "UTF-8";
    } else {
      d.text = TRY(from_windows_1252(bytes));
      d.encoding = "Windows-1252";
    }
  }
  if (std::size_t nul = d.text.find('\0'); nul != std::string::npos) {
    return bad_text(std::string_view(d.text).substr(0, nul),
                    "caractère nul : ce n'est pas un fichier texte.");
  }
  return d;
}

bool is_gzip(std::string_view bytes) { return bytes.substr(0, 2) == "\x1F\x8B"; }

Result<std::string> gunzip(std::string_view bytes, std::size_t limit) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return Error::internal("zlib indisponible.");
  std::string out;
  std::array<char, 1 << 16> chunk{};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  int status = Z_OK;
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(chunk.data());
    z.avail_out = static_cast<uInt>(chunk.size());
    status = inflate(&z, Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END) break;
    out.append(chunk.data(), chunk.size() - z.avail_out);
    if (out.size() > limit) {
      status = Z_MEM_ERROR;
      break;
    }
    if (status == Z_STREAM_END) {
      if (z.avail_in == 0) break;
      inflateReset(&z);  // another gzip member follows
    } else if (z.avail_in == 0 && z.avail_out != 0) {
      break;  // the input ended in the middle of a member: truncated
    }
  }
  inflateEnd(&z);
  if (status != Z_STREAM_END) {
    return Error::invalid("Fichier .gz corrompu, tronqué ou trop gros une fois décompressé.",
                          "csv");
  }
  return out;
}

}  // namespace vigie::csv
