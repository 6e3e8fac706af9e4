// The antecedent candidates of a third-person pronoun, in the order the rule tries them, and
// whether a candidate's whole entity agrees with the pronoun. Shared by the rule (coreference.cc)
// and the learned ranker (pronoun_ranker.h).
#pragma once

#include <cstddef>
#include <vector>

#include "core/text/document.h"
#include "entities/coref_clusters.h"
#include "entities/coref_mention.h"

namespace kgraph::coref {

constexpr int kPronounWindow = 3;  // previous sentences searched for an antecedent

// The candidates for pronoun `p`, best first: nearest sentence first, within a sentence the
// subjects first, then from left to right (Hobbs' order; nearest first within the current
// sentence measured 0.1 CoNLL F1 worse on GUM dev).
std::vector<std::size_t> Candidates(const Document& doc, const std::vector<Mention>& mentions,
                                    std::size_t p);

// Whether pronoun `p` agrees with every mention of the entity of mention `c` (Agrees).
bool ClusterAgrees(const std::vector<Mention>& mentions, Clusters& clusters, std::size_t p,
                   std::size_t c);

}  // namespace kgraph::coref
