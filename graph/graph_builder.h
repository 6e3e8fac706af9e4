// From extractor output to graph facts: the bridge between extractors/ and graph/.
#pragma once

#include <string_view>
#include <vector>

#include "core/text/document.h"
#include "extractors/triple.h"
#include "graph/knowledge_graph.h"

namespace kgraph {

// Adds each triple of `doc` as a fact. Its subject and object become entity mentions, named by
// their head phrases when the extractor gives them (`subject_head`, `object_head`) and typed by a
// simple heuristic (alias table, titles such as "President", organization words); its relation
// lemma becomes the edge label, "not <lemma>" when negated (see NegatedLabel). The evidence keeps
// the sentence, the phrases and relation as read, n-ary arguments, attribution, negation and
// modality. Every nameable `mentioned` span becomes a mention of its own node, and its key is
// listed in the evidence. Skipped, without leaving stray mentions: triples whose subject or object
// has no nameable content ("it", "they"), and triples without an entity object (an empty or
// clausal object), which cannot be an edge. `extractor` is recorded in the evidence. Throws
// kgraph::Error, naming the document and byte offset, for a span outside the document text.
// Acronyms the document defines ("the Federal Security Service (FSB)") become aliases of the
// graph first (see acronyms.h). Every mention records its document; a title before a person's
// name is left out of the node's name ("Kremlin spokesman Dmitry Peskov" is Dmitry Peskov; see
// SplitTitle, and AddRoles in roles.h for the role). A demonym in an entity's words ("the Russian
// leader", "Americans") adds a fact entity -kDemonymRelation-> its place (Russia, United States),
// with the demonym as evidence (extractor "demonym"); the place node is created when the text never
// names it. The relation of demonym links.
inline constexpr std::string_view kDemonymRelation = "from";

void AddTriples(KnowledgeGraph& graph, const Document& doc, const std::vector<Triple>& triples,
                std::string_view extractor);

}  // namespace kgraph
