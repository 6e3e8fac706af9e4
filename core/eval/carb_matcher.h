// How well one system tuple matches one gold tuple: the default matching function of CaRB's
// carb.py, Matcher.binary_linient_tuple_match in matcher.py (CaRB, Bhardwaj et al. 2019).
//
// Both tuples are first made binary: arg1 stays, arg2 and all later arguments are joined into
// one. Then the words (white-space separated, compared exactly: case and stopwords count as in
// carb.py, whose default matcher ignores its ignoreCase and ignoreStopwords flags) are matched
// part by part as multisets:
//   - relation: the gold relation's words found among the system relation's; if the system
//     relation still has a spare "be" and the gold relation has a form of "be" ("is", "was",
//     ...), that counts as one more matching word. No matching relation word: no match (0, 0).
//   - arg1, then the joined rest: the gold words found among the system's. A gold argument the
//     system tuple lacks scores (0, 0) for arg1 and arg2.
// precision = matching words / system words, recall = matching words / gold words, summed over
// the parts the gold tuple has (a system argument beyond the gold's is not counted).
// When the gold relation contains "said", "told", "added", "adds" or "says" (anywhere, as a
// substring), the system tuple is also tried with arg1 and the rest swapped, and the better
// (precision first, then recall) of the two counts.
#pragma once

#include "core/eval/carb_reader.h"

namespace kgraph {

struct CarbMatch {
  double precision = 0;  // share of the system tuple's words that match
  double recall = 0;     // share of the gold tuple's words that are matched
  friend bool operator==(const CarbMatch&, const CarbMatch&) = default;
};

// Word overlap of `predicted` with `gold` as defined above. Deterministic, no allocation beyond
// the word lists.
CarbMatch MatchCarbTuples(const CarbTuple& gold, const CarbTuple& predicted);

}  // namespace kgraph
