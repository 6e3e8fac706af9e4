#include "core/parser/eisner.h"

#include <limits>

#include "core/error.h"

namespace kgraph {
namespace {

// Charts over the words 1..n. A span [s, t] is "left" when its head is t and "right" when its
// head is s; it is complete when the head has taken all its dependents on that side, incomplete
// when it has just taken the word at the other end.
class EisnerCharts {
 public:
  explicit EisnerCharts(int n)
      : n_(n),
        complete_(2 * Cells(n), kUnset),
        incomplete_(2 * Cells(n), kUnset),
        complete_split_(2 * Cells(n), -1),
        incomplete_split_(2 * Cells(n), -1) {}

  float& Complete(int s, int t, int right) { return complete_[Index(s, t, right)]; }
  float& Incomplete(int s, int t, int right) { return incomplete_[Index(s, t, right)]; }
  int& CompleteSplit(int s, int t, int right) { return complete_split_[Index(s, t, right)]; }
  int& IncompleteSplit(int s, int t, int right) { return incomplete_split_[Index(s, t, right)]; }

 private:
  static constexpr float kUnset = -std::numeric_limits<float>::infinity();
  static std::size_t Cells(int n) { return static_cast<std::size_t>(n + 1) * (n + 1); }
  std::size_t Index(int s, int t, int right) const {
    return (static_cast<std::size_t>(s) * (n_ + 1) + t) * 2 + right;
  }

  int n_;
  std::vector<float> complete_, incomplete_;
  std::vector<int> complete_split_, incomplete_split_;
};

void FillCharts(std::span<const float> scores, int n, EisnerCharts& c) {
  const auto arc = [&](int head, int dependent) {
    return scores[static_cast<std::size_t>(dependent) * (n + 1) + head];
  };
  for (int s = 1; s <= n; ++s) c.Complete(s, s, 0) = c.Complete(s, s, 1) = 0.0f;
  for (int width = 1; width < n; ++width) {
    for (int s = 1; s + width <= n; ++s) {
      const int t = s + width;
      float best = -std::numeric_limits<float>::infinity();
      int split = s;
      for (int r = s; r < t; ++r) {
        const float value = c.Complete(s, r, 1) + c.Complete(r + 1, t, 0);
        if (value > best) best = value, split = r;
      }
      c.Incomplete(s, t, 0) = best + arc(t, s);
      c.Incomplete(s, t, 1) = best + arc(s, t);
      c.IncompleteSplit(s, t, 0) = c.IncompleteSplit(s, t, 1) = split;
      best = -std::numeric_limits<float>::infinity();
      for (int r = s; r < t; ++r) {
        const float value = c.Complete(s, r, 0) + c.Incomplete(r, t, 0);
        if (value > best) best = value, split = r;
      }
      c.Complete(s, t, 0) = best;
      c.CompleteSplit(s, t, 0) = split;
      best = -std::numeric_limits<float>::infinity();
      for (int r = s + 1; r <= t; ++r) {
        const float value = c.Incomplete(s, r, 1) + c.Complete(r, t, 1);
        if (value > best) best = value, split = r;
      }
      c.Complete(s, t, 1) = best;
      c.CompleteSplit(s, t, 1) = split;
    }
  }
}

// Reads the arcs of a complete or incomplete span back out of the charts.
class Backtracker {
 public:
  Backtracker(EisnerCharts& charts, std::vector<int>& heads) : c_(charts), heads_(heads) {}

  void Complete(int s, int t, int right) {
    if (s == t) return;
    const int r = c_.CompleteSplit(s, t, right);
    if (right) {
      Incomplete(s, r, 1), Complete(r, t, 1);
    } else {
      Complete(s, r, 0), Incomplete(r, t, 0);
    }
  }
  void Incomplete(int s, int t, int right) {
    heads_[right ? t - 1 : s - 1] = right ? s : t;
    const int r = c_.IncompleteSplit(s, t, right);
    Complete(s, r, 1), Complete(r + 1, t, 0);
  }

 private:
  EisnerCharts& c_;
  std::vector<int>& heads_;
};

}  // namespace

std::vector<int> BestProjectiveTree(std::span<const float> scores, int n) {
  if (n <= 0) return {};
  if (scores.size() != static_cast<std::size_t>(n + 1) * (n + 1)) {
    throw Error("arc score matrix does not match the sentence length");
  }
  EisnerCharts charts(n);
  FillCharts(scores, n, charts);
  // The root takes one word r: r's left span covers 1..r and its right span r..n.
  float best = -std::numeric_limits<float>::infinity();
  int root_child = 1;
  for (int r = 1; r <= n; ++r) {
    const float value = charts.Complete(1, r, 0) + charts.Complete(r, n, 1) +
                        scores[static_cast<std::size_t>(r) * (n + 1)];
    if (value > best) best = value, root_child = r;
  }
  std::vector<int> heads(n, 0);
  Backtracker back(charts, heads);
  back.Complete(1, root_child, 0);
  back.Complete(root_child, n, 1);
  heads[root_child - 1] = 0;
  return heads;
}

}  // namespace kgraph
