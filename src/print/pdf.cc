#include "print/pdf.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <utility>

#include <hpdf.h>

namespace vigie {

namespace {

// The Windows-1252 characters that are not at their Unicode position (0x80–0x9F).
constexpr std::array<std::pair<char32_t, unsigned char>, 30> kCp1252Extras{{
    {U'ƒ', 0x83},
    {U'†', 0x86},
    {U'‡', 0x87},
    {U'ˆ', 0x88},
    {U'‰', 0x89},
    {U'Š', 0x8A},
    {U'‹', 0x8B},
    {U'Ž', 0x8E},
    {U'˜', 0x98},
    {U'™', 0x99},
    {U'š', 0x9A},
    {U'›', 0x9B},
    {U'ž', 0x9E},
    {U'€', 0x80},
    {U'‚', 0x82},
    {U'„', 0x84},
    {U'…', 0x85},
    {U'Œ', 0x8C},
    {U'‘', 0x91},
    {U'’', 0x92},
    {U'“', 0x93},
    {U'”', 0x94},
    {U'•', 0x95},
    {U'–', 0x96},
    {U'—', 0x97},
    {U'œ', 0x9C},
    {U'Ÿ', 0x9F},
    {U'\u202F', 0xA0},  // narrow no-break space, before « ; :
                        // ! ? »
    {U'\u2009', 0x20},
    {U'\u00A0', 0xA0},
}};

// Latin Extended-A (U+0100–U+017F) without its accents, for the letters Windows-1252 lacks
// (ł → l, ő → o, ı → i…); the few that Windows-1252 has are mapped above first.
constexpr std::string_view kLatinExtendedA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSs"
    "SsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  ++i;
  for (int k = 0; k < extra && i < s.size(); ++k, ++i)
    cp = (cp << 6) | (byte(i) & 0x3F);
  return cp;
}

struct Layout {
  static constexpr HPDF_REAL kMargin = 70;
  static constexpr HPDF_REAL kBody = 11;
  static constexpr HPDF_REAL kHeading = 14;
};

void on_error(HPDF_STATUS, HPDF_STATUS, void* failed) { *static_cast<bool*>(failed) = true; }

// DejaVu Sans from Debian's fonts-dejavu-core: every Latin, Greek and Cyrillic letter, so names
// such as Živković, Yıldız or Wąsowska-Őry print as typed (field case 17).
constexpr const char* kFontDir = "/usr/share/fonts/truetype/dejavu/";

/// The two faces of a letter and how text reaches them: embedded Unicode (UTF-8 as is), or,
/// when the font file is missing, the standard Helvetica in WinAnsi (transliterated).
struct Fonts {
  HPDF_Font regular = nullptr;
  HPDF_Font bold = nullptr;
  bool unicode = false;

  std::string encode(std::string_view utf8) const {
    return unicode ? std::string(utf8) : to_cp1252(utf8);
  }
};

Fonts load_fonts(HPDF_Doc pdf) {
  Fonts f;
  std::string dir = kFontDir;
  if (std::filesystem::exists(dir + "DejaVuSans.ttf") &&
      std::filesystem::exists(dir + "DejaVuSans-Bold.ttf") &&
      HPDF_UseUTFEncodings(pdf) == HPDF_OK) {
    const char* regular = HPDF_LoadTTFontFromFile(pdf, (dir + "DejaVuSans.ttf").c_str(), HPDF_TRUE);
    const char* bold =
        HPDF_LoadTTFontFromFile(pdf, (dir + "DejaVuSans-Bold.ttf").c_str(), HPDF_TRUE);
    if (regular != nullptr && bold != nullptr) {
      f.regular = HPDF_GetFont(pdf, regular, "UTF-8");
      f.bold = HPDF_GetFont(pdf, bold, "UTF-8");
      f.unicode = f.regular != nullptr && f.bold != nullptr;
      if (f.unicode) return f;
    }
  }
  f.regular = HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding");
  f.bold = HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding");
  return f;
}

class Writer {
 public:
  Writer(HPDF_Doc pdf, const Fonts& fonts) : pdf_(pdf), fonts_(fonts) { new_page(); }
  ~Writer() { HPDF_Page_EndText(page_); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void block(const PrintBlock& b) {
    using K = PrintBlock::Kind;
    if (b.kind == K::gap) {
      y_ -= Layout::kBody;
      return;
    }
    HPDF_Font font = b.kind == K::paragraph || b.kind == K::right ? fonts_.regular : fonts_.bold;
    HPDF_REAL size = b.kind == K::heading ? Layout::kHeading : Layout::kBody;
    std::string text = fonts_.encode(b.text);
    HPDF_REAL width = HPDF_Page_GetWidth(page_) - 2 * Layout::kMargin;
    std::size_t at = 0;
    while (at < text.size()) {
      const auto* rest = reinterpret_cast<const HPDF_BYTE*>(text.data() + at);
      auto left = static_cast<HPDF_UINT>(text.size() - at);
      HPDF_REAL used = 0;
      HPDF_UINT fit = HPDF_Font_MeasureText(font, rest, left, width, size, 0, 0, HPDF_TRUE, &used);
      if (fit == 0) {  // one word longer than a line: cut it
        fit = HPDF_Font_MeasureText(font, rest, left, width, size, 0, 0, HPDF_FALSE, &used);
      }
      fit = std::max<HPDF_UINT>(fit, 1);
      while (fonts_.unicode && at + fit < text.size() &&
             (static_cast<unsigned char>(text[at + fit]) & 0xC0) == 0x80) {
        ++fit;  // never cut inside a UTF-8 sequence
      }
      line(text.substr(at, fit), font, size, b.kind == K::right);
      at += fit;
      while (at < text.size() && text[at] == ' ')
        ++at;
    }
    y_ -= size * 0.5F;
  }

 private:
  void new_page() {
    if (page_ != nullptr) HPDF_Page_EndText(page_);
    page_ = HPDF_AddPage(pdf_);
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    HPDF_Page_BeginText(page_);
    y_ = HPDF_Page_GetHeight(page_) - Layout::kMargin;
  }
  void line(const std::string& text, HPDF_Font font, HPDF_REAL size, bool right) {
    if (y_ - size < Layout::kMargin) new_page();
    y_ -= size * 1.35F;
    HPDF_Page_SetFontAndSize(page_, font, size);
    HPDF_REAL x = Layout::kMargin;
    if (right) {
      x = HPDF_Page_GetWidth(page_) - Layout::kMargin - HPDF_Page_TextWidth(page_, text.c_str());
    }
    HPDF_Page_TextOut(page_, x, y_, text.c_str());
  }

  HPDF_Doc pdf_;
  const Fonts& fonts_;
  HPDF_Page page_ = nullptr;
  HPDF_REAL y_ = 0;
};

}  // namespace

std::string to_cp1252(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = next_code_point(utf8, i);
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
      out += static_cast<char>(cp);
      continue;
    }
    char mapped = '?';
    for (const auto& [from, to] : kCp1252Extras)
      if (from == cp) mapped = static_cast<char>(to);
    if (mapped == '?' && cp >= 0x100 && cp < 0x180) mapped = kLatinExtendedA[cp - 0x100];
    if (mapped == '?' && cp >= 0x218 && cp < 0x21C) mapped = "SsTt"[cp - 0x218];  // ș ț
    out += mapped;
  }
  return out;
}

Result<std::string> render_pdf(const std::string& title, const std::vector<PrintBlock>& blocks) {
  bool failed = false;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> pdf(
      HPDF_New(on_error, &failed), &HPDF_Free);
  if (!pdf) return Error::internal("Création du PDF impossible.");
  HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL);
  Fonts fonts = load_fonts(pdf.get());
  HPDF_SetInfoAttr(pdf.get(), HPDF_INFO_TITLE, to_cp1252(title).c_str());
  HPDF_SetInfoAttr(pdf.get(), HPDF_INFO_CREATOR, "Vigie");
  {
    Writer writer(pdf.get(), fonts);
    for (const PrintBlock& b : blocks)
      writer.block(b);
  }
  HPDF_SaveToStream(pdf.get());
  std::string bytes(HPDF_GetStreamSize(pdf.get()), '\0');
  auto size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(pdf.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  bytes.resize(size);
  if (failed || bytes.empty()) return Error::internal("Écriture du PDF impossible.");
  return bytes;
}

}  // namespace vigie
