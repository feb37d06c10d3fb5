#pragma once
// A territory with a strategy, an axis and two organisations, signed in as its coordonnateur:
// shared by the tests of strategies, fiches-actions and their indicators.
#include "support/api_client.h"

namespace vigie::test {
namespace json = boost::json;

class StrategyTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    territory_ = make_territory("Manosque", "04112");
    c_ = std::make_unique<ApiClient>(signed_in("coord", Role::coordonnateur, territory_));
    strategy_ = post("/api/v1/strategies", {{"territory_id", territory_},
                                            {"title", "Stratégie locale 2023-2027"},
                                            {"period_start", 2023},
                                            {"period_end", 2027}});
    axis_ = post(base() + "/axes", {{"number", 1}, {"title", "Agir au plus tôt"}});
    prefecture_ = post("/api/v1/organisations",
                       {{"territory_id", territory_}, {"name", "Préfecture"}, {"kind", "etat"}});
    college_ = post("/api/v1/organisations", {{"territory_id", territory_},
                                              {"name", "Collège Jean Giono"},
                                              {"kind", "education_nationale"}});
  }

  std::int64_t post(const std::string& path, json::object body) {
    ApiResponse r = c_->call("POST", path, json::value(std::move(body)));
    if (r.status != 201) throw std::runtime_error(path + ": " + r.body);
    return r.json.at("id").as_int64();
  }
  std::string base() { return "/api/v1/strategies/" + std::to_string(strategy_); }

  json::object full_action() {
    return {{"axis_id", axis_},
            {"number", 1},
            {"title", "Prévention du harcèlement et du cyberharcèlement"},
            {"constat", "Hausse des signalements au collège."},
            {"general_objective", "Réduire le harcèlement"},
            {"operational_objectives", json::array{"Former les équipes", "Informer les familles"}},
            {"target_public", "Collégiens"},
            {"target_territory", "Centre-ville"},
            {"solutions", "Ateliers en classe"},
            {"pilot_organisation_id", college_},
            {"partner_ids", json::array{prefecture_}},
            {"budget_lines", json::array{json::object{{"label", "Ateliers"},
                                                      {"amount_cents", 1'250'000},
                                                      {"source", "fipd"},
                                                      {"funder_id", prefecture_},
                                                      {"year", 2024},
                                                      {"executed_cents", nullptr}}}},
            {"milestones", json::array{json::object{{"label", "Premier atelier"},
                                                    {"due_date", "2024-03-01"},
                                                    {"done_date", nullptr}}}},
            {"indicators", json::array{json::object{{"kind", "resultat"},
                                                    {"label", "Signalements"},
                                                    {"unit", "nombre"},
                                                    {"baseline", 12.0},
                                                    {"target", 6.5},
                                                    {"source", "Éducation nationale"},
                                                    {"current_value", 9.0},
                                                    {"measured_on", "2024-06-30"}}}},
            {"status", "en_cours"}};
  }

  std::int64_t territory_ = 0, strategy_ = 0, axis_ = 0, prefecture_ = 0, college_ = 0;
  std::unique_ptr<ApiClient> c_;
};

}  // namespace vigie::test
