#include "publication/routes.h"

#include "core/text.h"
#include "http/reply.h"
#include "publication/meeting_documents.h"
#include "publication/strategy_document.h"

namespace vigie {

void add_publication_routes(Router& r, PublicationService& publication) {
  r.add("GET", "/api/v1/strategies/{id}/document",
        [&publication](const Request& req, const Actor& actor) {
          auto format = office_format(req.query_param("format").value_or("pdf"), "format");
          if (!format) return error_response(format.error());
          return with_id(req, [&](std::int64_t id) {
            auto data = publication.strategy_document(actor, id);
            if (!data) return error_response(data.error());
            auto bytes = render_office(strategy_document(*data), *format);
            if (!bytes) return error_response(bytes.error());
            std::string period;
            if (data->strategy.period_start) {
              period = "-" + std::to_string(*data->strategy.period_start);
              if (data->strategy.period_end) {
                period += "-" + std::to_string(*data->strategy.period_end);
              }
            }
            return attachment(std::move(*bytes), office_mime(*format),
                              "strategie-" + slug(data->territory_name) + period + "." +
                                  office_extension(*format));
          });
        });
  r.add("GET", "/api/v1/meetings/{id}/documents/{kind}",
        [&publication](const Request& req, const Actor& actor) {
          auto name = req.path_params.find("kind");
          auto kind = meeting_document_kind(name == req.path_params.end() ? "" : name->second);
          if (!kind) return error_response(kind.error());
          auto format = office_format(req.query_param("format").value_or("pdf"), "format");
          if (!format) return error_response(format.error());
          return with_id(req, [&](std::int64_t id) {
            auto data = publication.meeting_documents(actor, id);
            if (!data) return error_response(data.error());
            auto bytes = render_office(meeting_document(*data, *kind), *format);
            if (!bytes) return error_response(bytes.error());
            return attachment(std::move(*bytes), office_mime(*format),
                              name->second + "-" + data->detail.meeting.starts_at.substr(0, 10) +
                                  "." + office_extension(*format));
          });
        });
}

}  // namespace vigie
