#pragma once

#include <boost/json/object.hpp>

#include "dossier/model.h"

namespace vigie {

/// {id, filename, media_type, size (bytes), uploaded_by, uploaded_at}: never the bytes.
boost::json::object to_json(const DossierFile& file);

}  // namespace vigie
