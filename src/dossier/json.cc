#include "dossier/json.h"

namespace vigie {

boost::json::object to_json(const DossierFile& f) {
  return {{"id", f.id},     {"filename", f.filename},       {"media_type", f.media_type},
          {"size", f.size}, {"uploaded_by", f.uploaded_by}, {"uploaded_at", f.uploaded_at}};
}

}  // namespace vigie
