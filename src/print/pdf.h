#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vigie {

/// A block of a printed document, top to bottom.
struct PrintBlock {
  enum class Kind { heading, paragraph, strong, right, gap };
  Kind kind = Kind::paragraph;
  std::string text;  // UTF-8
};

/// An A4 document of wrapped text blocks (a letter), as PDF bytes. The text is set in DejaVu Sans
/// (Debian's fonts-dejavu-core), embedded and encoded in UTF-8, so every name prints as typed;
/// without that font file, in the standard Helvetica (WinAnsi) through `to_cp1252`. `title` goes
/// in the document's properties.
Result<std::string> render_pdf(const std::string& title, const std::vector<PrintBlock>& blocks);

/// UTF-8 → Windows-1252, the encoding of the standard PDF fonts. Latin letters it lacks lose
/// their accent (ł → l, ş → s); anything else becomes "?".
std::string to_cp1252(std::string_view utf8);

}  // namespace vigie
