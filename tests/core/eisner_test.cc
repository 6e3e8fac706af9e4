#include "core/parser/eisner.h"

#include <gtest/gtest.h>

#include <functional>
#include <random>

namespace kgraph {
namespace {

// Whether heads (1-based words, 0 = root) form a tree with one root word and no crossing arcs.
bool IsProjectiveSingleRootTree(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  int roots = 0;
  for (int d = 1; d <= n; ++d) {
    roots += heads[d - 1] == 0;
    int steps = 0;
    for (int w = d; w != 0; w = heads[w - 1]) {
      if (++steps > n) return false;  // a cycle
    }
  }
  if (roots != 1) return false;
  for (int a = 1; a <= n; ++a) {
    for (int b = 1; b <= n; ++b) {
      const int a1 = std::min(a, heads[a - 1]), a2 = std::max(a, heads[a - 1]);
      const int b1 = std::min(b, heads[b - 1]), b2 = std::max(b, heads[b - 1]);
      if (a1 < b1 && b1 < a2 && a2 < b2) return false;
    }
  }
  return true;
}

float TreeScore(const std::vector<float>& scores, const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  float total = 0;
  for (int d = 1; d <= n; ++d) total += scores[d * (n + 1) + heads[d - 1]];
  return total;
}

// The best score over every head assignment, by enumeration.
float BruteForceBest(const std::vector<float>& scores, int n) {
  std::vector<int> heads(n, 0);
  float best = -1e30f;
  std::function<void(int)> assign = [&](int i) {
    if (i == n) {
      if (IsProjectiveSingleRootTree(heads)) best = std::max(best, TreeScore(scores, heads));
      return;
    }
    for (int h = 0; h <= n; ++h) {
      if (h == i + 1) continue;
      heads[i] = h;
      assign(i + 1);
    }
  };
  assign(0);
  return best;
}

TEST(BestProjectiveTree, MatchesExhaustiveSearchOnRandomScores) {
  std::mt19937 engine(7);
  std::uniform_real_distribution<float> value(-3.0f, 3.0f);
  for (int n = 1; n <= 6; ++n) {
    for (int trial = 0; trial < 20; ++trial) {
      std::vector<float> scores((n + 1) * (n + 1));
      for (float& s : scores) s = value(engine);
      const std::vector<int> heads = BestProjectiveTree(scores, n);
      ASSERT_EQ(heads.size(), static_cast<std::size_t>(n));
      EXPECT_TRUE(IsProjectiveSingleRootTree(heads)) << "n=" << n << " trial=" << trial;
      EXPECT_NEAR(TreeScore(scores, heads), BruteForceBest(scores, n), 1e-4)
          << "n=" << n << " trial=" << trial;
    }
  }
}

TEST(BestProjectiveTree, KeepsOneRootEvenWhenEveryWordPrefersTheRoot) {
  const int n = 4;
  std::vector<float> scores((n + 1) * (n + 1), 0.0f);
  for (int d = 1; d <= n; ++d) scores[d * (n + 1)] = 10.0f;
  const std::vector<int> heads = BestProjectiveTree(scores, n);
  EXPECT_EQ(std::count(heads.begin(), heads.end(), 0), 1);
  EXPECT_TRUE(IsProjectiveSingleRootTree(heads));
}

TEST(BestProjectiveTree, FollowsClearPreferences) {
  // "She sells shells": sells (2) is the root, she (1) and shells (3) depend on it.
  const int n = 3;
  std::vector<float> scores((n + 1) * (n + 1), -5.0f);
  scores[1 * 4 + 2] = 5.0f, scores[2 * 4 + 0] = 5.0f, scores[3 * 4 + 2] = 5.0f;
  EXPECT_EQ(BestProjectiveTree(scores, n), (std::vector<int>{2, 0, 2}));
}

TEST(BestProjectiveTree, RejectsAMatrixOfTheWrongSize) {
  std::vector<float> scores(10);
  EXPECT_THROW(BestProjectiveTree(scores, 3), std::exception);
  EXPECT_TRUE(BestProjectiveTree({}, 0).empty());
}

}  // namespace
}  // namespace kgraph
