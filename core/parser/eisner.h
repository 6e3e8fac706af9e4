// The highest-scoring projective dependency tree over arc scores (Eisner 1996), with exactly one
// word attached to the root, as Universal Dependencies requires.
//
// O(n³) time and O(n²) memory: tens of milliseconds for a 500-word sentence, the longest the
// sentence splitter makes (BiaffineParser decodes sentences over 150 words in blocks).
#pragma once

#include <span>
#include <vector>

namespace kgraph {

// `scores` holds (n + 1) × (n + 1) values, row d for word d (1..n) and column h for its head h
// (0 = the root): scores[d * (n + 1) + h] is the score of the arc h -> d. Row 0 and the diagonal
// are ignored. Returns heads[i] for word i + 1, each in 0..n (0 = the root); exactly one word has
// head 0 and the arcs form a projective tree. Ties go to the first maximum found, so the result
// depends only on the scores.
std::vector<int> BestProjectiveTree(std::span<const float> scores, int n);

}  // namespace kgraph
