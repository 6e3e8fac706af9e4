#include "core/learn/logistic_regression.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/error.h"

namespace kgraph {
namespace {

TEST(LogisticRegression, RecoversTheRateOfASingleGroup) {
  // Bias only, targets 1, 1, 1, 0: the maximum-likelihood probability is 3/4.
  std::vector<std::vector<double>> inputs(4, std::vector<double>{1.0});
  std::vector<double> weights = FitLogisticRegression(inputs, {1, 1, 1, 0}, {.l2 = 0});
  ASSERT_EQ(weights.size(), 1u);
  EXPECT_NEAR(LogisticProbability(weights, {1.0}), 0.75, 1e-9);
  EXPECT_NEAR(weights[0], std::log(3.0), 1e-9);
}

TEST(LogisticRegression, SoftTargetsAreMatchedInExpectation) {
  // Two groups told apart by a 0/1 feature; soft targets average 0.2 and 0.9.
  std::vector<std::vector<double>> inputs = {{1, 0}, {1, 0}, {1, 1}, {1, 1}};
  std::vector<double> weights = FitLogisticRegression(inputs, {0.1, 0.3, 0.8, 1.0}, {.l2 = 0});
  EXPECT_NEAR(LogisticProbability(weights, {1, 0}), 0.2, 1e-9);
  EXPECT_NEAR(LogisticProbability(weights, {1, 1}), 0.9, 1e-9);
}

TEST(LogisticRegression, PenaltyShrinksWeightsButNotTheBias) {
  std::vector<std::vector<double>> inputs = {{1, 0}, {1, 0}, {1, 1}, {1, 1}};
  std::vector<double> targets = {0, 0, 1, 1};  // separable: unpenalized weights would diverge
  std::vector<double> loose = FitLogisticRegression(inputs, targets, {.l2 = 0.1});
  std::vector<double> tight = FitLogisticRegression(inputs, targets, {.l2 = 10});
  EXPECT_GT(loose[1], tight[1]);
  EXPECT_GT(tight[1], 0.0);
  EXPECT_TRUE(std::isfinite(loose[1]));
}

TEST(LogisticRegression, IsDeterministic) {
  std::vector<std::vector<double>> inputs = {{1, 0.5, 2}, {1, -1, 0}, {1, 3, 1}, {1, 0, 0}};
  std::vector<double> targets = {0.2, 0.7, 0.4, 1.0};
  EXPECT_EQ(FitLogisticRegression(inputs, targets), FitLogisticRegression(inputs, targets));
}

TEST(LogisticRegression, RejectsBadData) {
  EXPECT_THROW(FitLogisticRegression({}, {}), Error);
  EXPECT_THROW(FitLogisticRegression({{1, 0}, {1}}, {0, 1}), Error);
  EXPECT_THROW(FitLogisticRegression({{1}, {1}}, {0, 1.5}), Error);
  EXPECT_THROW(FitLogisticRegression({{1}, {1}}, {0}), Error);
}

}  // namespace
}  // namespace kgraph
