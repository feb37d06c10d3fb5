// A territory with a directory, a fiche-action and a coordinator, for the meeting tests.
#pragma once

#include "support/api_client.h"

namespace vigie::test {

class MeetingFixture : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    territory_ = make_territory("Les Pennes-Mirabeau", "13071");
    c_ = std::make_unique<ApiClient>(signed_in("coord", Role::coordonnateur, territory_));
    second_ = std::make_unique<ApiClient>(signed_in("second", Role::coordonnateur, territory_));
    std::int64_t strategy =
        post("/api/v1/strategies", {{"territory_id", territory_}, {"title", "STSPD"}});
    action_ = post("/api/v1/strategies/" + std::to_string(strategy) + "/actions",
                   {{"number", 1}, {"title", "Médiation sociale"}});
    ville_ = post("/api/v1/organisations", {{"territory_id", territory_},
                                            {"name", "Ville des Pennes-Mirabeau"},
                                            {"kind", "collectivite"}});
    police_ = post(
        "/api/v1/organisations",
        {{"territory_id", territory_}, {"name", "Gendarmerie nationale"}, {"kind", "gendarmerie"}});
  }

  std::int64_t post(const std::string& path, boost::json::object body, ApiClient* as = nullptr) {
    ApiResponse r = (as ? *as : *c_).call("POST", path, boost::json::value(std::move(body)));
    if (r.status != 201) throw std::runtime_error(path + ": " + r.body);
    return r.json.at("id").as_int64();
  }
  /// A directory person, linked to the account when given, the link confirmed by another.
  std::int64_t contact(std::int64_t organisation, const std::string& name,
                       std::optional<std::int64_t> user = std::nullopt) {
    boost::json::object body{{"name", name}};
    if (user) body["user_id"] = *user;
    std::int64_t id =
        post("/api/v1/organisations/" + std::to_string(organisation) + "/contacts", body);
    if (user) confirm(path("/api/v1/contacts/", id, "/link"));
    return id;
  }
  /// What opens a confidential body's content waits for another person (issue 12 §1): the
  /// first of those who may try and whom the rules accept confirms it.
  void confirm(const std::string& where, boost::json::object body = {}) {
    body["decision"] = "confirme";
    std::vector<ApiClient*> who{second_.get(), c_.get()};
    who.insert(who.end(), confirmers_.begin(), confirmers_.end());
    std::string last;
    for (ApiClient* c : who) {
      ApiResponse r = c->call("POST", where, boost::json::value(body));
      if (r.status == 200) return;
      last = r.body;
    }
    throw std::runtime_error("nobody could confirm " + where + ": " + last);
  }
  std::int64_t body(const std::string& name, const std::string& kind,
                    const std::string& confidentiality, const std::string& frequency = "yearly") {
    boost::json::object b{{"territory_id", territory_},
                          {"name", name},
                          {"kind", kind},
                          {"frequency", frequency},
                          {"confidentiality", confidentiality}};
    if (frequency == "every_n_months" || frequency == "times_per_year") b["frequency_count"] = 2;
    return post("/api/v1/bodies", b);
  }
  std::int64_t member(std::int64_t body_id, std::int64_t contact_id, const std::string& role,
                      std::optional<std::string> signed_on = "2025-01-10") {
    boost::json::object m{{"contact_id", contact_id}, {"role", role}};
    if (signed_on) m["charter_signed_on"] = *signed_on;
    ApiResponse r = c_->call("POST", path("/api/v1/bodies/", body_id, "/members"),
                             boost::json::value(std::move(m)));
    if (r.status != 201) throw std::runtime_error("member: " + r.body);
    std::int64_t id = r.json.at("id").as_int64();
    if (r.json.at("access").at("state") == "en_attente") {
      confirm(path("/api/v1/members/", id, "/access"));
    }
    return id;
  }
  /// The member's current version (confirmations move it on).
  std::int64_t version_of(std::int64_t member_id) {
    ApiResponse bodies =
        c_->call("GET", "/api/v1/bodies?territory_id=" + std::to_string(territory_));
    for (const auto& b : bodies.json.at("items").as_array()) {
      ApiResponse body = c_->call("GET", path("/api/v1/bodies/", b.at("id").as_int64()));
      for (const auto& m : body.json.at("members").as_array()) {
        if (m.at("id").as_int64() == member_id) return m.at("version").as_int64();
      }
    }
    throw std::runtime_error("member not found");
  }
  std::int64_t meeting(std::int64_t body_id, const std::string& starts_at) {
    return post("/api/v1/bodies/" + std::to_string(body_id) + "/meetings",
                {{"starts_at", starts_at}, {"place", "Hôtel de ville"}});
  }
  std::int64_t user_id(ApiClient& client) {
    return client.call("GET", "/api/v1/me").json.at("id").as_int64();
  }
  static std::string path(const char* prefix, std::int64_t id, const char* suffix = "") {
    return std::string(prefix) + std::to_string(id) + suffix;
  }

  std::int64_t territory_ = 0, action_ = 0, ville_ = 0, police_ = 0;
  std::unique_ptr<ApiClient> c_;
  std::unique_ptr<ApiClient> second_;   // another coordonnateur, who confirms c_'s changes
  std::vector<ApiClient*> confirmers_;  // signatories who may confirm their bodies' members
};

}  // namespace vigie::test
