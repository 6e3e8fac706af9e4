// The sieve passes that come before the third-person pronouns, for the pronoun ranker's trainer,
// which must see the entities exactly as ResolveCoreference has them when it reaches a pronoun.
#pragma once

#include <vector>

#include "core/text/document.h"
#include "entities/coref_clusters.h"
#include "entities/coref_mention.h"

namespace kgraph::coref {

// Passes 1 to 3 (exact match, appositions, head match) and the first and second person pronouns
// of pass 4, over `mentions` (DocumentMentions of `doc`).
void LinkAllButThirdPersonPronouns(const Document& doc, const std::vector<Mention>& mentions,
                                   Clusters& clusters);

}  // namespace kgraph::coref
