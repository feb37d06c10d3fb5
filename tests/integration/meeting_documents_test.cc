// A meeting's documents (issue 16 §2): convocation, agenda, minutes and relevé de décisions as
// ODT and PDF, read back by odt2txt and pdftotext; a confidential body's only for signatories.
#include "independent_reader.h"
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class MeetingDocumentsTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    comite_ = body("Comité restreint", "comite_restreint", "restreint");
    member(comite_, contact(ville_, "Michel Amiel"), "president");
    member(comite_, contact(police_, "Commandant Durand"), "membre");
    meeting_ = meeting(comite_, "2026-05-12T10:00");
  }
  std::string documents(const std::string& kind) {
    return path("/api/v1/meetings/", meeting_, "/documents/") + kind;
  }
  std::int64_t comite_ = 0, meeting_ = 0;
};

TEST_P(MeetingDocumentsTest, each_document_says_what_the_meeting_holds) {
  json::array items{json::object{{"title", "Bilan de l'année"}},
                    json::object{{"title", "Point d'étape"}, {"action_id", action_}}};
  ASSERT_EQ(c_->call("PUT", path("/api/v1/meetings/", meeting_, "/agenda"),
                     json::object{{"items", items}})
                .status,
            200);
  ApiResponse convocation = c_->call("GET", documents("convocation"));
  ASSERT_EQ(convocation.status, 200) << convocation.body;
  EXPECT_NE(
      convocation.header("Content-Disposition").value_or("").find("convocation-2026-05-12.pdf"),
      std::string::npos);
  std::string text = pdf_text(convocation.body);
  for (const char* expected : {"Convocation", "Comité restreint", "12/05/2026 à 10:00",
                               "Bilan de l'année", "Point d'étape (Fiche 1 — Médiation sociale)",
                               "Michel Amiel (Ville des Pennes-Mirabeau) — président",
                               "Les Pennes-Mirabeau — Convocation du 12/05/2026 — page 1 sur 1"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
  }

  json::array attendance;
  ApiResponse detail = c_->call("GET", path("/api/v1/meetings/", meeting_));
  for (const auto& i : detail.json.at("invitations").as_array()) {
    bool ville = i.at("organisation_name") == "Ville des Pennes-Mirabeau";
    attendance.push_back(
        {{"member_id", i.at("member_id")}, {"attendance", ville ? "present" : "excuse"}});
  }
  ASSERT_EQ(c_->call("PUT", path("/api/v1/meetings/", meeting_, "/attendance"),
                     json::object{{"items", attendance}})
                .status,
            200);
  ASSERT_EQ(c_->call("PUT", path("/api/v1/meetings/", meeting_, "/minutes"),
                     json::object{{"text", "Le comité a fait le point sur la médiation."}})
                .status,
            200);
  ASSERT_EQ(c_->call("POST", path("/api/v1/meetings/", meeting_, "/decisions"),
                     json::object{{"text", "Étendre la médiation au parc"},
                                  {"owner_organisation_id", ville_},
                                  {"due_date", "2026-09-30"}})
                .status,
            201);
  ApiResponse minutes = c_->call("GET", documents("compte-rendu") + "?format=odt");
  ASSERT_EQ(minutes.status, 200) << minutes.body;
  std::string odt = read_with(minutes.body, "odt", "odt2txt --encoding=UTF-8");
  for (const char* expected :
       {"Compte rendu", "Projet de compte rendu, non approuvé.", "Présents", "Excusés",
        "Commandant Durand", "Le comité a fait le point sur la médiation.",
        "Étendre la médiation au parc", "30/09/2026"}) {
    EXPECT_NE(odt.find(expected), std::string::npos) << expected << " in " << odt;
  }
  std::string decisions = pdf_text(c_->call("GET", documents("releve-de-decisions")).body);
  EXPECT_NE(decisions.find("Relevé de décisions"), std::string::npos) << decisions;
  EXPECT_NE(decisions.find("Étendre la médiation au parc"), std::string::npos) << decisions;
  std::string agenda = pdf_text(c_->call("GET", documents("ordre-du-jour")).body);
  EXPECT_NE(agenda.find("Point d'étape"), std::string::npos) << agenda;

  EXPECT_EQ(c_->call("GET", documents("proces-verbal")).status, 404);
  EXPECT_EQ(c_->call("GET", documents("convocation") + "?format=txt").error_field(), "format");
}

TEST_P(MeetingDocumentsTest, a_confidential_body_s_documents_are_for_its_signatories_only) {
  std::int64_t cellule = body("Cellule de veille", "cellule_veille", "confidentiel");
  std::int64_t secret = meeting(cellule, "2026-06-02T09:00");
  ApiResponse refused =
      c_->call("GET", path("/api/v1/meetings/", secret, "/documents/compte-rendu"));
  EXPECT_EQ(refused.status, 403) << refused.body;
  std::int64_t elsewhere = make_territory("Cergy", "95127");
  ApiClient other = signed_in("autre", Role::coordonnateur, elsewhere);
  EXPECT_EQ(other.call("GET", documents("convocation")).status, 404);
}

VIGIE_BOTH_STORES(MeetingDocumentsTest);

}  // namespace vigie::test
