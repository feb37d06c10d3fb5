#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace vigie {

/// The editable and printable formats of a document people rework and sign: ODT (LibreOffice),
/// DOCX (Word) and PDF.
enum class OfficeFormat { odt, docx, pdf };

/// "odt", "docx", "pdf" → the format; 400 naming `field` otherwise.
Result<OfficeFormat> office_format(const std::string& name, const std::string& field);
/// The MIME type and the file extension of a format.
std::string office_mime(OfficeFormat f);
std::string office_extension(OfficeFormat f);

/// A document as HTML — h1 to h3 headings (the table of contents), paragraphs, lists, tables,
/// `<img src="NAME">` for each of `images` (NAME → SVG text: charts) — with its title, the
/// subtitle under it, and the footer line of every page (the commune and the period).
struct OfficeDocument {
  std::string title;
  std::string subtitle;
  std::string footer;
  std::string html;  // the body's content, escaped
  std::vector<std::pair<std::string, std::string>> images;
  bool table_of_contents = true;
};

/// The document in `format`: Debian's pandoc turns the HTML into ODT (with a "Sommaire"), then
/// LibreOffice (libreoffice-writer-nogui, driven through python3-uno by the embedded script
/// src/print/office_finish.py) updates the table of contents with its page numbers, puts
/// "<footer> — page N sur M" at the foot of every page and stores ODT, DOCX or PDF. One
/// conversion at a time per process (LibreOffice keeps one profile); a few seconds each, except
/// for a document identical to one of the last 16 converted, answered from memory.
/// Errors: 500 naming the tool when pandoc or LibreOffice is missing, fails or takes more
/// than two minutes.
Result<std::string> render_office(const OfficeDocument& document, OfficeFormat format);

/// `text` with &, <, > and " escaped for HTML.
std::string html_escape(const std::string& text);

/// An HTML table: its header (plain text) and rows of already escaped cells, with each
/// column's share of the width in percent (without them, the first column, names, takes 40 and
/// the others share the rest); pandoc keeps the widths.
std::string html_table(const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows,
                       std::vector<int> widths = {});

/// Plain text as HTML paragraphs, one per non-blank line.
std::string html_paragraphs(const std::string& text);

}  // namespace vigie
