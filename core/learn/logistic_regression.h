// Binary logistic regression with soft labels and an L2 penalty, fitted exactly by Newton's
// method (iteratively reweighted least squares). For small dense problems such as calibrating a
// confidence score from a dozen features: no learning rate to tune, no randomness, and the same
// data always gives the same weights.
#pragma once

#include <vector>

namespace kgraph {

struct LogisticRegressionOptions {
  double l2 = 1.0;           // penalty on every weight but the first (the bias)
  int max_iterations = 50;   // Newton steps; it usually converges in under 10
  double tolerance = 1e-10;  // stop when no weight moves by more than this
};

// Weights w minimizing sum_i -[y_i log p_i + (1 - y_i) log(1 - p_i)] + l2/2 |w[1:]|^2, with
// p_i = 1 / (1 + exp(-w . x_i)). Each row of `inputs` has the same length (its first entry is
// conventionally the constant 1, the bias input); `targets` are in [0, 1]. Throws
// kgraph::Error when the rows are ragged, a target is outside [0, 1] or there is no row.
std::vector<double> FitLogisticRegression(const std::vector<std::vector<double>>& inputs,
                                          const std::vector<double>& targets,
                                          const LogisticRegressionOptions& options = {});

// 1 / (1 + exp(-w . x)).
double LogisticProbability(const std::vector<double>& weights, const std::vector<double>& input);

}  // namespace kgraph
