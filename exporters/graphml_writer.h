// GraphML export of a KnowledgeGraph, for graph tools (networkx, yEd, Gephi, Neo4j APOC).
//
// The document declares every attribute as a typed <key> and keeps every value in a <data>
// element, so it validates against the GraphML 1.0 XSD. Nodes are n0, n1... in NodeId order,
// edges e0, e1... in EdgeId order (parallel edges and self-loops allowed). Each node carries
// "labels" (":Person", as Neo4j's apoc.import.graphml readLabels expects), key, name, type,
// surface_forms (a JSON object, form -> count) and mentions; each edge carries, first, "label"
// (the relationship type, "HOPE_FOR"), then relation, confidence, evidence_count, evidence (a
// JSON array holding every field of every piece of evidence), the first evidence sentence,
// negated (Relation::Negated) and, for a fact that is only reported, attributed_to
// (Relation::AttributedTo).
// ReadGraphMl (exporters/graphml_reader.h) restores the graph exactly.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "exporters/exporter.h"
#include "graph/knowledge_graph.h"

namespace kgraph {

// Writes `graph` as an indented, deterministic GraphML document. Throws kgraph::Error, before
// anything reaches `out`, when a string is not valid UTF-8, when a key, name, type or relation
// label holds a character XML 1.0 cannot represent (NUL or another C0 control other than tab, LF
// and CR), when a confidence is not finite, or when evidence mentions a key that is no node of
// the graph. Surface forms and evidence have no such limit.
void WriteGraphMl(const KnowledgeGraph& graph, std::ostream& out);

// The Neo4j relationship type for a relation label: letters and digits upper-cased, every other
// run folded to one '_' ("hope for" -> "HOPE_FOR"); "RELATED_TO" when nothing is left.
std::string GraphMlRelationshipType(std::string_view label);

// The "graphml" format for the exporter factory; Write() is WriteGraphMl().
std::unique_ptr<Exporter> NewGraphMlExporter();

}  // namespace kgraph
