#pragma once

#include <string>

#include <boost/json/value.hpp>

namespace vigie {

/// The JSON text of `v`, as boost::json::serialize writes it except for numbers with a fraction
/// or an exponent, written the way people and spreadsheets read them: 5.829656, 100.0, 0.05
/// rather than Boost 1.81's 5.829656E0, 1E2, 5E-2. The digits are the same (both are the
/// shortest text that reads back the same double), and a double stays a double (100.0): every
/// reader gets the same values of the same types.
std::string json_text(const boost::json::value& v);

}  // namespace vigie
