#include "governance/exchange.h"

#include <map>

#include "governance/json.h"

namespace vigie {
namespace json = boost::json;

namespace {

struct DocumentBody {
  Body body;
  std::optional<std::int64_t> axis_number;
};

Result<std::vector<DocumentBody>> read_document(const json::value& doc) {
  JsonReader in(doc, "");
  std::string format = in.string("format", 50);
  if (!in.failed() && format != "vigie.governance") {
    in.fail("format", "Format inconnu : « vigie.governance » est attendu.");
  }
  in.integer("format_version", 1, 1);
  in.string("territory", 200);
  std::vector<DocumentBody> out;
  in.object_list("bodies", 200, [&](JsonReader& item, std::size_t) {
    DocumentBody d;
    // The document names the axis by number; the API's axis_id is not part of it.
    d.axis_number = item.optional_integer("axis", 1, 99);
    Body& b = d.body;
    b.name = item.string("name", 200);
    b.kind = item.enumeration("kind", kBodyKinds);
    read_body_rhythm_and_sources(item, b);
    out.push_back(std::move(d));
  });
  TRY_VOID(in.finish());
  return out;
}

}  // namespace

Result<std::string> governance_territory(const json::value& doc) {
  const json::object* o = doc.if_object();
  const json::value* t = o != nullptr ? o->if_contains("territory") : nullptr;
  if (t == nullptr || !t->is_string()) return Error::invalid("Territoire manquant.", "territory");
  return std::string(t->get_string());
}

Result<std::size_t> import_governance(Database& db, GovernanceService& governance,
                                      StrategyService& strategies, const Actor& actor,
                                      std::int64_t territory_id, const json::value& doc) {
  std::vector<DocumentBody> bodies = TRY(read_document(doc));
  std::map<std::int64_t, std::int64_t> axes;  // number → id, from the territory's strategy
  for (const Strategy& s : TRY(strategies.list(actor, territory_id, std::nullopt))) {
    for (const Axis& a : TRY(strategies.list_axes(actor, s.id)))
      axes.emplace(a.number, a.id);
  }
  return db.in_transaction([&](Connection& conn) -> Result<std::size_t> {
    for (std::size_t i = 0; i < bodies.size(); ++i) {
      Body& b = bodies[i].body;
      b.territory_id = territory_id;
      if (bodies[i].axis_number) {
        auto found = axes.find(*bodies[i].axis_number);
        if (found == axes.end()) {
          return Error::invalid("Axe absent de la stratégie du territoire.",
                                "bodies[" + std::to_string(i) + "].axis");
        }
        b.axis_id = found->second;
      }
      auto created = governance.create_in(conn, actor, b);
      if (!created) {
        Error e = created.release_error();
        e.field = "bodies[" + std::to_string(i) + "]." + e.field.value_or("");
        return e;
      }
    }
    return bodies.size();
  });
}

}  // namespace vigie
