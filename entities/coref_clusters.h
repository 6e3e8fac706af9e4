// The entities a document's mentions form while the resolver links them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <numeric>
#include <vector>

namespace kgraph::coref {

// Clusters as a union-find forest over mention indices; the root of a cluster is its earliest
// mention, so that roots (and the output order) do not depend on the order of the merges. Each
// root keeps its members in index order, so that a cluster's mentions cost their number to list,
// not the document's (a 50 MB text has millions of mentions).
class Clusters {
 public:
  explicit Clusters(std::size_t size) : parent_(size), members_(size) {
    std::iota(parent_.begin(), parent_.end(), std::size_t{0});
    for (std::size_t i = 0; i < size; ++i) members_[i] = {i};
  }
  std::size_t Find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Merge(std::size_t a, std::size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    const std::size_t root = std::min(a, b), other = std::max(a, b);
    parent_[other] = root;
    std::vector<std::size_t> merged;
    merged.reserve(members_[root].size() + members_[other].size());
    std::merge(members_[root].begin(), members_[root].end(), members_[other].begin(),
               members_[other].end(), std::back_inserter(merged));
    members_[root] = std::move(merged);
    members_[other].clear();
    members_[other].shrink_to_fit();
  }
  const std::vector<std::size_t>& Members(std::size_t i) { return members_[Find(i)]; }

 private:
  std::vector<std::size_t> parent_;
  std::vector<std::vector<std::size_t>> members_;  // of each root, in index order
};

}  // namespace kgraph::coref
