#pragma once

#include <span>
#include <vector>

namespace vigie::analysis {

/// Φ(z), the standard normal distribution function.
double normal_cdf(double z);
/// Two-sided p-value of a standard normal score: 2·(1 − Φ(|z|)), computed without cancellation.
double two_sided_p(double z);
/// Benjamini–Hochberg adjusted p-values (R's p.adjust(p, "BH")), in the input's order.
std::vector<double> benjamini_hochberg(std::span<const double> p);
/// The median of a sample (mean of the two middle values for an even size); NaN if empty.
double median(std::vector<double> values);

}  // namespace vigie::analysis
