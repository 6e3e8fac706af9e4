// JSON-LD export of a KnowledgeGraph: Linked Data that RDF tools (jsonld.js, triple stores, SPARQL)
// read without any remote context.
//
// The document has an inline @context (schema.org plus the kgraph vocabulary) and one @graph:
// first one node per entity (schema.org @type, name, alternateName, mention counts and every
// surface form with its count), then one rdf:Statement node per relation carrying its label,
// combined confidence and evidence (each piece with the phrases as read, attribution, negation,
// modality, and the entities it mentions as schema:mentions references). Each relation is also
// asserted as a direct triple on its subject node (kgr:<label>), so a plain SPARQL pattern finds
// it. Output is pretty-printed and deterministic; ReadJsonLd (exporters/jsonld_reader.h) restores
// the graph exactly.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.h"
#include "graph/knowledge_graph.h"

namespace kgraph {

// The namespaces every kgraph JSON-LD document uses.
inline constexpr std::string_view kJsonLdVocab = "https://kgraph.dev/ns#";
inline constexpr std::string_view kJsonLdRelationBase = "https://kgraph.dev/ns/rel/";
inline constexpr std::string_view kJsonLdEntityBase = "https://kgraph.dev/entity/";
inline constexpr std::string_view kJsonLdStatementBase = "https://kgraph.dev/statement/";
inline constexpr std::string_view kJsonLdSchema = "https://schema.org/";

// The IRIs a graph's nodes and relations get in JSON-LD.
struct JsonLdIris {
  std::vector<std::string> entities;    // by NodeId: kJsonLdEntityBase + slug of the key
  std::vector<std::string> relations;   // by EdgeId: kJsonLdRelationBase + slug of the label
  std::vector<std::string> statements;  // by EdgeId: kJsonLdStatementBase + edge id
};

// Assigns IRIs deterministically: keys and labels are slugged (ASCII letters and digits kept,
// other ASCII runs folded to one separator, non-ASCII bytes percent-encoded), and when two keys
// (or two labels) slug alike, the later one in id order gets the first free "-2", "-3"... suffix.
JsonLdIris AssignJsonLdIris(const KnowledgeGraph& graph);

// Writes `graph` as a pretty-printed JSON-LD document. Throws kgraph::Error when a string is not
// valid UTF-8, a confidence is not a finite number or evidence mentions a key that is no node of
// the graph, before anything is written to `out`.
void WriteJsonLd(const KnowledgeGraph& graph, std::ostream& out);

// The "jsonld" format for the exporter factory; Write() is WriteJsonLd().
std::unique_ptr<Exporter> NewJsonLdExporter();

}  // namespace kgraph
