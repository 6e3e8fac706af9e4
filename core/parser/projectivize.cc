#include "core/parser/projectivize.h"

#include <algorithm>

namespace kgraph {
namespace {

// Whether `ancestor` dominates `word` (walking up the heads; the root dominates everything).
bool Dominates(const std::vector<int>& heads, int ancestor, int word) {
  const int root = static_cast<int>(heads.size());
  for (int steps = 0; word != root && steps <= root; ++steps) {
    if (word == ancestor) return true;
    word = heads[word];
  }
  return ancestor == root;
}

// The dependent of the shortest crossing arc, or -1 when the tree is projective. An arc
// h -> d is crossing when a word between h and d is not dominated by h.
int ShortestCrossingArc(const std::vector<int>& heads) {
  int best = -1, best_length = 0;
  for (int d = 0; d < static_cast<int>(heads.size()); ++d) {
    const int h = heads[d];
    const int from = std::min(h, d), to = std::max(h, d);
    if (best >= 0 && to - from >= best_length) continue;
    for (int k = from + 1; k < to; ++k) {
      if (!Dominates(heads, h, k)) {
        best = d;
        best_length = to - from;
        break;
      }
    }
  }
  return best;
}

}  // namespace

int Projectivize(std::vector<int>& heads) {
  const int root = static_cast<int>(heads.size());
  int lifted = 0;
  for (int d = ShortestCrossingArc(heads); d >= 0; d = ShortestCrossingArc(heads)) {
    const int head = heads[d];
    if (head == root) break;  // cannot happen: nothing crosses an arc from the end
    heads[d] = heads[head];
    ++lifted;
  }
  return lifted;
}

bool IsProjective(const std::vector<int>& heads) { return ShortestCrossingArc(heads) < 0; }

}  // namespace kgraph
