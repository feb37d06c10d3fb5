// Routes that send convocations, minutes and reminders by e-mail.
#include <boost/json.hpp>

#include "core/json_write.h"
#include "governance/routes.h"
#include "http/reply.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::object report_json(const MailReport& r) {
  return {{"sent", string_array(r.sent)},
          {"without_address", string_array(r.without_address)},
          {"failed", string_array(r.failed)}};
}

}  // namespace

void add_governance_mail_routes(Router& r, GovernanceMail& mail) {
  r.add("POST", "/api/v1/meetings/{id}/convocation/send",
        [&mail](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            return reply(mail.send_convocation(actor, id), 200, report_json);
          });
        });
  r.add("POST", "/api/v1/meetings/{id}/minutes/send",
        [&mail](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            return reply(mail.send_minutes(actor, id), 200, report_json);
          });
        });
  r.add("POST", "/api/v1/territories/{id}/decision-reminders",
        [&mail](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            return reply(mail.send_reminders(actor, id), 200, report_json);
          });
        });
}

}  // namespace vigie
