#pragma once

#include <functional>
#include <string>

#include <boost/json/value.hpp>

#include "core/result.h"

namespace vigie::cli {

/// Applies each GENERATED demo file of `dir` whose name starts with `prefix`
/// (data/demo/GENERE-*.json): `apply(document)` reads it with the API's readers and stores it,
/// answering false when the territory already has it. Tells on stderr which file was `loaded`
/// or already `present`. Returns the exit status: 2 with the file and line (of the field at
/// fault when the error names one) for an unreadable folder, malformed JSON or a refused record.
int load_generated_files(const std::string& dir, const std::string& prefix,
                         const std::string& loaded, const std::string& present,
                         const std::function<Result<bool>(const boost::json::value&)>& apply);

}  // namespace vigie::cli
