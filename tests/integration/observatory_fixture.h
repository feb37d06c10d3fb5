#pragma once

#include <map>
#include <memory>
#include <string>

#include "observatory/model.h"
#include "support/api_client.h"

namespace vigie::test {

/// Manosque with a coordonnateur, two organisations (police municipale, a bailleur) and a
/// partner account speaking for the bailleur; the default categories by label.
class ObservatoryTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    territory_ = make_territory("Manosque", "04112");
    coord_ = std::make_unique<ApiClient>(signed_in("coord", Role::coordonnateur, territory_));
    police_ = organisation("Police municipale");
    bailleur_ = organisation("Habitat 04");
    partner_ = std::make_unique<ApiClient>(signed_in("bailleur", Role::partenaire, territory_));
    link("bailleur", bailleur_);
    boost::json::value ctx = coord_->call("GET", base() + "/observatoire").json;
    for (const auto& c : ctx.at("categories").as_array())
      category_[std::string(c.at("label").as_string())] = c.at("id").as_int64();
  }

  std::string base() const { return "/api/v1/territories/" + std::to_string(territory_); }
  std::int64_t organisation(const std::string& name) {
    ApiResponse r =
        coord_->call("POST", "/api/v1/organisations",
                     boost::json::value(boost::json::object{
                         {"territory_id", territory_}, {"name", name}, {"kind", "collectivite"}}));
    if (r.status != 201) throw std::runtime_error(r.body);
    return r.json.at("id").as_int64();
  }
  // The account speaks for the organisation: a contact whose link another person confirmed.
  void link(const std::string& login, std::int64_t organisation) {
    Lease conn = db().acquire();
    auto user = conn->query("SELECT id FROM users WHERE login = ?", {login}).value();
    auto ok = conn->query("INSERT INTO contacts (organisation_id, name, user_id, link_state, "
                          "version) VALUES (?, ?, ?, 'confirme', 1)",
                          {organisation, login, user.at(0).integer(0)});
    if (!ok) throw std::runtime_error(ok.error().message);
  }
  boost::json::object incident(std::int64_t organisation, const char* category = "Dégradations") {
    return {{"category_id", category_.at(category)},
            {"organisation_id", organisation},
            {"occurred_on", "2026-03-14"},
            {"occurred_time", "22:15"},
            {"longitude", 5.7883},
            {"latitude", 43.8297},
            {"description", "Vitres de l'abri-bus brisées"}};
  }
  std::int64_t count_incidents() {
    Lease conn = db().acquire();
    return conn->query("SELECT COUNT(*) FROM incidents").value().at(0).integer(0);
  }

  std::int64_t territory_ = 0, police_ = 0, bailleur_ = 0;
  std::unique_ptr<ApiClient> coord_, partner_;
  std::map<std::string, std::int64_t> category_;
};

}  // namespace vigie::test
