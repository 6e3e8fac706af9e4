// Coreference in the graph: an argument that only refers to an entity ("he", "the FSB director")
// is attached to the node of the name it refers to ("Aleksandr Bortnikov"), so that its facts are
// no longer dropped or left on a node of their own. The argument as written stays in the
// evidence ("read as: he — said — …").
#pragma once

#include <vector>

#include "core/text/document.h"
#include "entities/coreference.h"
#include "extractors/triple.h"

namespace kgraph {

// For each triple whose subject or object head is a pronoun or a common noun that `clusters`
// (ResolveCoreference of `doc`) put in one entity with a proper name, sets subject_head or
// object_head to that name: the first proper-name mention of the cluster. Names, clausal objects
// and arguments that corefer with no name are left as they are. Returns how many arguments were
// linked.
std::size_t LinkArgumentsToAntecedents(const Document& doc,
                                       const std::vector<MentionCluster>& clusters,
                                       std::vector<Triple>& triples);

}  // namespace kgraph
