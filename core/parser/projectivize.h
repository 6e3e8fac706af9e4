// Projectivization by lifting (Nivre & Nilsson 2005): the arc-hybrid system builds only
// projective trees, so the crossing arcs of the training trees (698 of the 334,382 arcs of EWT
// and GUM cc-by train, as `kgraph train` logs) are made projective by moving each crossing arc's
// dependent up to its grandparent, shortest arc first, until no arc crosses. The parser then
// learns the closest tree it can build.
#pragma once

#include <vector>

namespace kgraph {

// `heads[w]` is the head of word w, or heads.size() for the root. Returns how many arcs were
// lifted.
int Projectivize(std::vector<int>& heads);

// True when no arc of the tree crosses another (with the root's arc counted as spanning from
// the end of the sentence).
bool IsProjective(const std::vector<int>& heads);

}  // namespace kgraph
