// Accounts around a confidential cell, for the follow-up tests.
#pragma once

#include "meeting_fixture.h"

namespace vigie::test {

class FollowUpTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    cellule_ = body("Cellule de veille individuelle", "cellule_veille", "confidentiel", "monthly");
    other_body_ = body("Cellule de suivi des situations complexes", "cellule_situations_complexes",
                       "confidentiel", "on_demand");
    people_["educatrice"] = account("educatrice", Role::partenaire, cellule_, "2025-01-10");
    people_["coordinatrice"] =
        account("coordinatrice", Role::coordonnateur, cellule_, "2025-01-10");
    people_["sans-charte"] = account("sans-charte", Role::partenaire, cellule_, {});
    people_["ancien"] = account("ancien", Role::partenaire, cellule_, "2024-01-10");
    people_["autre-cellule"] =
        account("autre-cellule", Role::partenaire, other_body_, "2025-01-10");
    people_["elu"] = client("elu", Role::elu);
    people_["admin"] = client("admin", Role::administrateur);
    people_["dpo"] = client("dpo", Role::dpo);
    people_["lecteur"] = client("lecteur", Role::lecteur);
    leave("ancien");  // before the record: the journal's latest entries are the tests' own
    record_ = create(*people_["educatrice"], {{"last_name", "Durand"},
                                              {"first_name", "Léa"},
                                              {"birth_date", "2011-04-02"},
                                              {"referral_origin", "education_nationale"}})
                  .json.at("id")
                  .as_int64();
  }

  // Everyone here has a second factor, as anyone who may open a record must.
  std::unique_ptr<ApiClient> client(const std::string& login, Role role) {
    auto c = std::make_unique<ApiClient>(signed_in(login, role, territory_));
    secrets_[login] = c->enrol_second_factor(clock_);
    return c;
  }
  std::unique_ptr<ApiClient> account(const std::string& login, Role role, std::int64_t body_id,
                                     std::optional<std::string> signed_on) {
    auto c = client(login, role);
    contacts_[login] = contact(ville_, login, user_id(*c));
    members_[login] = member(body_id, contacts_[login], "membre", signed_on);
    confirmers_.push_back(c.get());
    return c;
  }
  void leave(const std::string& login) {
    boost::json::object left{{"role", "membre"},
                             {"charter_signed_on", "2024-01-10"},
                             {"left_on", "2026-01-01"},
                             {"version", version_of(members_[login])}};
    if (c_->call("PUT", path("/api/v1/members/", members_[login]), boost::json::value(left))
            .status != 200) {
      throw std::runtime_error("leave");
    }
  }
  ApiResponse create(ApiClient& as, boost::json::object fields) {
    fields["territory_id"] = territory_;
    if (!fields.contains("body_id")) fields["body_id"] = cellule_;
    if (!fields.contains("referral_date")) fields["referral_date"] = "2026-03-02";
    return as.call("POST", "/api/v1/followups", boost::json::value(fields));
  }
  boost::json::array journal() {
    ApiResponse r = people_["dpo"]->call("GET", "/api/v1/followup-journal?territory_id=" +
                                                    std::to_string(territory_));
    if (r.status != 200) throw std::runtime_error(r.body);
    return r.json.at("items").as_array();
  }

  std::int64_t cellule_ = 0, other_body_ = 0, record_ = 0;
  std::map<std::string, std::unique_ptr<ApiClient>> people_;
  std::map<std::string, std::int64_t> members_;
  std::map<std::string, std::int64_t> contacts_;
  std::map<std::string, std::string> secrets_;  // login → TOTP secret
};

}  // namespace vigie::test
