#include "core/eval/optimal_assignment.h"

#include <gtest/gtest.h>

#include <vector>

namespace kgraph {
namespace {

double Total(const std::vector<std::vector<double>>& w, const std::vector<int>& a) {
  double total = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] >= 0) total += w[i][static_cast<std::size_t>(a[i])];
  }
  return total;
}

TEST(OptimalAssignment, BeatsTheGreedyChoice) {
  // Greedy takes 9 first (row 0 - column 0) and ends with 9 + 1 = 10; the best is 8 + 8 = 16.
  const std::vector<std::vector<double>> w = {{9, 8}, {8, 1}};
  EXPECT_EQ(MaxWeightAssignment(w), (std::vector<int>{1, 0}));
}

TEST(OptimalAssignment, SquareThreeByThree) {
  const std::vector<std::vector<double>> w = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
  std::vector<int> a = MaxWeightAssignment(w);
  EXPECT_DOUBLE_EQ(Total(w, a), 11);  // 4 + 5 + 2
}

TEST(OptimalAssignment, MoreRowsThanColumnsLeavesRowsOut) {
  const std::vector<std::vector<double>> w = {{0.1}, {0.9}, {0.5}};
  EXPECT_EQ(MaxWeightAssignment(w), (std::vector<int>{-1, 0, -1}));
}

TEST(OptimalAssignment, MoreColumnsThanRows) {
  const std::vector<std::vector<double>> w = {{0.2, 0.0, 0.7}};
  EXPECT_EQ(MaxWeightAssignment(w), (std::vector<int>{2}));
}

TEST(OptimalAssignment, EmptyMatrices) {
  EXPECT_TRUE(MaxWeightAssignment({}).empty());
  EXPECT_EQ(MaxWeightAssignment({{}, {}}), (std::vector<int>{-1, -1}));
}

}  // namespace
}  // namespace kgraph
