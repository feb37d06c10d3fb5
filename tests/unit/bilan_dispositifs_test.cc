#include <gtest/gtest.h>

#include "evaluation/bilan.h"

namespace vigie {
namespace {

StrategyEvaluation evaluation_2025() {
  StrategyEvaluation e;
  e.strategy.title = "Stratégie";
  e.territory_name = "Commune";
  e.period = {2025, 2025};
  e.computed_on = "2026-03-01";
  return e;
}

bool has(const std::string& html, const std::string& text) {
  return html.find(text) != std::string::npos;
}

TEST(BilanDispositifs, a_bilan_without_dispositifs_has_no_such_section) {
  EXPECT_FALSE(has(bilan_document(evaluation_2025()).html, "Dispositifs"));
}

TEST(BilanDispositifs, reports_each_dispositif_year_with_counts_and_amounts) {
  StrategyEvaluation e = evaluation_2025();
  VideoYear y;
  y.year = 2025;
  y.cameras_in_service = 14;
  y.requisitions = 3;
  y.requisitions_by_month[1] = 2;
  y.requisitions_by_month[10] = 1;
  y.outcome_known = 4;
  y.led_to_procedure = 3;
  e.video.push_back({"Centre <ville>", y});
  CitizenBilan b;
  b.year = 2025;
  b.referents = 12;
  b.indicator = "Cambriolages de logement";
  b.source = "SSMSI";
  b.burglaries = 41;
  e.participation.push_back({"Protocole du 20/03/2017 : Commune", b});
  FundingSummary f;
  f.year = 2025;
  f.by_programme = {{"D", "D — Prévention de la délinquance", 0, 1'200'000, 800'000, 400'000}};
  f.by_funder = {{"fipd", "FIPD", 0, 1'200'000, 800'000, 400'000},
                 {"commune", "Commune", 500'000, 300'000, 300'000, 0}};
  f.total = {"total", "Total", 500'000, 1'500'000, 1'100'000, 400'000};
  e.funding.push_back(f);

  std::string html = bilan_document(e).html;
  EXPECT_TRUE(has(html, "<h1>Dispositifs</h1>"));
  EXPECT_TRUE(has(html, "Centre &lt;ville&gt; 2025"));  // escaped
  EXPECT_TRUE(has(html, "3 sur 4 (75 %)"));
  EXPECT_TRUE(has(html, "Réquisitions par mois"));
  EXPECT_TRUE(has(html, "Cambriolages de logement de l'année"));
  EXPECT_TRUE(has(html, "non publié"));  // the year before, unknown
  EXPECT_TRUE(has(html, "FIPD D — Prévention de la délinquance"));
  EXPECT_TRUE(has(html, "12 000 €"));
  EXPECT_FALSE(has(html, ">FIPD<"));   // the FIPD comes by programme, not twice
  EXPECT_TRUE(has(html, "15 000 €"));  // the total requested
}

}  // namespace
}  // namespace vigie
