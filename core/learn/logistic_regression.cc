#include "core/learn/logistic_regression.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>

#include "core/error.h"

namespace kgraph {
namespace {

using Matrix = std::vector<std::vector<double>>;

// Solves a x = b for a symmetric positive definite `a` (the penalized Hessian) by Cholesky
// decomposition; `a` and `b` are consumed.
std::vector<double> SolvePositiveDefinite(Matrix a, std::vector<double> b) {
  const std::size_t n = b.size();
  for (std::size_t j = 0; j < n; ++j) {
    double diagonal = a[j][j];
    for (std::size_t k = 0; k < j; ++k) diagonal -= a[j][k] * a[j][k];
    // A feature that is constant zero leaves a zero pivot; a tiny ridge keeps it solvable.
    a[j][j] = std::sqrt(std::max(diagonal, 1e-12));
    for (std::size_t i = j + 1; i < n; ++i) {
      double sum = a[i][j];
      for (std::size_t k = 0; k < j; ++k) sum -= a[i][k] * a[j][k];
      a[i][j] = sum / a[j][j];
    }
  }
  for (std::size_t i = 0; i < n; ++i) {  // L y = b
    for (std::size_t k = 0; k < i; ++k) b[i] -= a[i][k] * b[k];
    b[i] /= a[i][i];
  }
  for (std::size_t i = n; i-- > 0;) {  // L^T x = y
    for (std::size_t k = i + 1; k < n; ++k) b[i] -= a[k][i] * b[k];
    b[i] /= a[i][i];
  }
  return b;
}

void CheckData(const Matrix& inputs, const std::vector<double>& targets) {
  if (inputs.empty()) throw Error("logistic regression: no training example");
  if (inputs.size() != targets.size())
    throw Error("logistic regression: inputs and targets differ in number");
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].size() != inputs[0].size()) {
      throw Error("logistic regression: example " + std::to_string(i) + " has " +
                  std::to_string(inputs[i].size()) + " features, not " +
                  std::to_string(inputs[0].size()));
    }
    if (!(targets[i] >= 0.0 && targets[i] <= 1.0)) {
      throw Error("logistic regression: target " + std::to_string(i) + " is outside [0, 1]");
    }
  }
}

}  // namespace

double LogisticProbability(const std::vector<double>& weights, const std::vector<double>& input) {
  double z = 0.0;
  for (std::size_t k = 0; k < weights.size() && k < input.size(); ++k) z += weights[k] * input[k];
  return 1.0 / (1.0 + std::exp(-z));
}

std::vector<double> FitLogisticRegression(const Matrix& inputs, const std::vector<double>& targets,
                                          const LogisticRegressionOptions& options) {
  CheckData(inputs, targets);
  const std::size_t n = inputs[0].size();
  std::vector<double> weights(n, 0.0);
  for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
    // Gradient and Hessian of the penalized negative log-likelihood.
    std::vector<double> gradient(n, 0.0);
    Matrix hessian(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      const std::vector<double>& x = inputs[i];
      const double p = LogisticProbability(weights, x);
      const double curvature = p * (1.0 - p);
      for (std::size_t a = 0; a < n; ++a) {
        gradient[a] += (p - targets[i]) * x[a];
        for (std::size_t b = 0; b <= a; ++b) hessian[a][b] += curvature * x[a] * x[b];
      }
    }
    for (std::size_t a = 1; a < n; ++a) {
      gradient[a] += options.l2 * weights[a];
      hessian[a][a] += options.l2;
    }
    for (std::size_t a = 0; a < n; ++a) {
      for (std::size_t b = a + 1; b < n; ++b) hessian[a][b] = hessian[b][a];
    }
    const std::vector<double> step = SolvePositiveDefinite(std::move(hessian), gradient);
    double largest = 0.0;
    for (std::size_t a = 0; a < n; ++a) {
      weights[a] -= step[a];
      largest = std::max(largest, std::abs(step[a]));
    }
    if (largest < options.tolerance) break;
  }
  return weights;
}

}  // namespace kgraph
