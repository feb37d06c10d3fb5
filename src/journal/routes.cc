#include "journal/routes.h"

#include <boost/json.hpp>

#include "core/json_write.h"
#include "http/reply.h"
#include "partner/routes.h"

namespace vigie {
namespace json = boost::json;

void add_journal_routes(Router& r, JournalService& journal) {
  r.add("GET", "/api/v1/journal", [&journal](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::journal_read);
    if (!territory) return error_response(territory.error());
    return reply(journal.list(actor, *territory, 500), 200, [](const auto& entries) {
      json::array items;
      for (const JournalEntry& e : entries) {
        items.push_back(json::object{{"id", e.id},
                                     {"at", e.at},
                                     {"user_login", e.user_login},
                                     {"event", e.event},
                                     {"subject", e.subject},
                                     {"detail", json_or_null(e.detail)}});
      }
      return json::object{{"items", std::move(items)}};
    });
  });
}

}  // namespace vigie
