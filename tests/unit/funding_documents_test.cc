// The funding documents (funding/documents.h): the project part takes the fiche's words and the
// request's budget; the financial report keeps to the funded year's milestones, measurements
// and budget lines.
#include <gtest/gtest.h>

#include "funding/documents.h"

namespace vigie {
namespace {

Action fiche() {
  Action a;
  a.id = 3;
  a.number = 2;
  a.title = "Chantiers éducatifs";
  a.constat = "Des jeunes sans solution l'été.";
  a.general_objective = "Remobiliser";
  a.operational_objectives = {"Proposer 20 places"};
  a.status = "realisee";
  a.milestones = {{"Premier chantier", std::string("2025-07-01"), std::string("2025-07-03")},
                  {"Second chantier", std::string("2026-07-01"), std::string("2026-07-06")}};
  Indicator i;
  i.kind = "realisation";
  i.label = "Jeunes accueillis";
  i.target = 20;
  i.measurements = {{std::string("2025-09-01"), 12, {}, {}, {}},
                    {std::string("2026-09-01"), 18, {}, {}, {}}};
  a.indicators = {i};
  a.budget_lines = {{"Encadrement", 800000, "fipd", {}, 2025, 750000},
                    {"Encadrement", 900000, "fipd", {}, 2026, std::nullopt}};
  return a;
}

FundingRequest request() {
  FundingRequest q;
  q.year = 2026;
  q.funder = "fipd";
  q.programme = "D";
  q.project_cost_cents = 1800000;
  q.requested_cents = 900000;
  q.granted_cents = 800000;
  q.cofunders = {{"caf", std::string("CAF"), 500000}};
  return q;
}

TEST(FundingDocuments, the_project_part_takes_the_fiche_and_the_budget) {
  OfficeDocument d = cerfa_project_document(fiche(), request(), {"Mission locale"}, "Manosque");
  EXPECT_EQ(d.title, "Demande de subvention 2026 — Chantiers éducatifs");
  for (const char* expected : {"Des jeunes sans solution", "Proposer 20 places", "Mission locale",
                               "Jeunes accueillis", "9 000 €", "CAF", "18 000 €"}) {
    EXPECT_NE(d.html.find(expected), std::string::npos) << expected;
  }
  EXPECT_NE(d.html.find("Public(s) ciblé(s)</h2>\n<p>À compléter."), std::string::npos);
}

TEST(FundingDocuments, the_report_keeps_to_the_funded_year) {
  OfficeDocument d = financial_report_document(fiche(), request(), "Manosque");
  EXPECT_NE(d.html.find("30/06/2027"), std::string::npos);
  EXPECT_NE(d.html.find("Second chantier"), std::string::npos);
  EXPECT_EQ(d.html.find("Premier chantier"), std::string::npos);
  EXPECT_NE(d.html.find("<td>18</td>"), std::string::npos) << d.html;
  EXPECT_EQ(d.html.find("<td>12</td>"), std::string::npos);
  EXPECT_NE(d.html.find("8 000 €"), std::string::npos);           // granted
  EXPECT_NE(d.html.find("À compléter</td>"), std::string::npos);  // 2026 not yet spent
}

}  // namespace
}  // namespace vigie
