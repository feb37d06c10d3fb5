// The strategy as a document (issue 16 §2): every fiche in full with its empty fields left out,
// the territory on every page, read back by pdftotext and python3-docx.
#include "independent_reader.h"
#include "strategy_fixture.h"

namespace vigie::test {

class StrategyDocumentTest : public StrategyTest {};

TEST_P(StrategyDocumentTest, prints_every_fiche_in_full_and_leaves_empty_fields_out) {
  post(base() + "/actions", full_action());
  json::object bare{{"axis_id", axis_}, {"number", 2}, {"title", "Fiche sans contenu"}};
  post(base() + "/actions", bare);
  ApiResponse pdf = c_->call("GET", base() + "/document");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_NE(pdf.header("Content-Disposition").value_or("").find("strategie-manosque"),
            std::string::npos);
  std::string text = pdf_text(pdf.body);
  for (const char* expected :
       {"Sommaire", "Fiche 1 — Prévention du harcèlement et du cyberharcèlement",
        "Hausse des signalements au collège.", "Former les équipes", "Collège Jean Giono",
        "Premier atelier — échéance 01/03/2024", "12 500 €", "Signalements",
        "Fiche 2 — Fiche sans contenu", "Manosque — "}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
  }
  // The bare fiche prints its title and status, not empty headings.
  std::size_t bare_at = text.find("Fiche 2 — Fiche sans contenu",
                                  text.find("Fiche 1 — Prév", text.find("Sommaire") + 200));
  ASSERT_NE(bare_at, std::string::npos);
  EXPECT_EQ(text.find("Constat", bare_at), std::string::npos) << text.substr(bare_at);
  EXPECT_NE(text.find("page 1 sur"), std::string::npos);

  ApiResponse docx = c_->call("GET", base() + "/document?format=docx");
  ASSERT_EQ(docx.status, 200) << docx.body;
  std::string script = "import sys, docx\n"
                       "d = docx.Document(sys.argv[1])\n"
                       "print('\\n'.join(p.text for p in d.paragraphs))\n"
                       "print('STYLES: ' + ' '.join(sorted({p.style.name for p in d.paragraphs if "
                       "p.text.startswith('Fiche 1')})))\n";
  std::string paragraphs = read_with_python(docx.body, "docx", script);
  EXPECT_NE(paragraphs.find("Fiche 1 — Prévention du harcèlement"), std::string::npos)
      << paragraphs;
  EXPECT_NE(paragraphs.find("STYLES: Heading 2"), std::string::npos) << paragraphs;  // editable

  EXPECT_EQ(c_->call("GET", base() + "/document?format=rtf").error_field(), "format");
  std::int64_t elsewhere = make_territory("Cergy", "95127");
  ApiClient other = signed_in("autre", Role::coordonnateur, elsewhere);
  EXPECT_EQ(other.call("GET", base() + "/document").status, 404);
}

VIGIE_BOTH_STORES(StrategyDocumentTest);

}  // namespace vigie::test
