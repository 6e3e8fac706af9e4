// The knowledge graph: one node per normalized entity, one edge per distinct
// (subject, relation, object) fact, each edge carrying every piece of evidence for it.
//
// It wraps a Boost.Graph adjacency_list with bundled properties so the rest of kgraph works with
// small integer ids and plain structs and never sees descriptors. Iteration order (node ids, edge
// ids, evidence, surface forms) is insertion order or sorted order, never hash order, so the same
// input always exports the same bytes.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/document.h"
#include "graph/alias_table.h"

namespace kgraph {

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;

// One piece of support for a fact: where it was read, how it read, and how sure the extractor
// was. The edge's nodes are named by the heads of its arguments ("progress"); the evidence keeps
// the phrases as written ("progress in cooperation between Russia and the U.S."). All text is
// white space folded. Empty strings and lists mean "none" (and are what files written before
// these fields existed read back as).
struct Evidence {
  std::string document;        // Document::id
  std::uint32_t sentence = 0;  // 0-based sentence index in that document
  ByteSpan span;               // bytes of the whole fact (all its arguments) in the document text
  std::string sentence_text;   // the sentence, white space folded
  double confidence = 0.0;     // in [0, 1]
  std::string extractor;       // which extractor produced it ("pattern")

  std::string subject_text;                  // the subject phrase as read
  std::string relation_text;                 // the relation as read ("did not hope for")
  std::string object_text;                   // the object phrase as read
  std::vector<std::string> extra_arguments;  // further arguments of an n-ary fact ("in Moscow")
  // Who reported the fact ("Patrushev" in "Patrushev said that ..."); empty = narrated by the
  // document itself. A reported claim and the same fact narrated are one edge.
  std::string attributed_to;
  bool negated = false;  // "did not sign"; such facts are edges of their own (NegatedLabel)
  std::string modality;  // modal verb lemma ("can", "may", "must"); empty = none
  // Keys of the other entities named inside the arguments ("russia", "united states"), sorted
  // and unique. Each is the key of a node of the same graph (entity resolution rewrites them).
  std::vector<std::string> mentions;

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// The edge label of a negated fact: "not " + the relation lemma ("not sign"). Negation is part of
// the edge's identity, so "signed" and "did not sign" never merge into one edge whose combined
// confidence would add up evidence for a claim and its contradiction; and every consumer that
// only looks at labels (Neo4j relationship types, the kgr: predicates of JSON-LD, DOT labels,
// `kgraph neighbors`) reads "not sign" rather than a false "sign".
std::string NegatedLabel(std::string_view lemma);

struct Entity {
  std::string key;   // normalized key, unique in the graph (see EntityKey)
  std::string name;  // display name: the most frequent surface form, longest on ties
  std::string type;  // "Person", "Organization", "Place" or "Thing" (schema.org class names)
  std::map<std::string, std::uint32_t> surface_forms;  // every form seen -> how often
  std::uint32_t mentions = 0;                          // total mentions (sum of the above)
  // Titles and roles written with the name ("Kremlin spokesman" of "Kremlin spokesman Dmitry
  // Peskov") -> how often. Empty for graphs saved before roles were kept.
  std::map<std::string, std::uint32_t> roles;
  // The documents (Document::id) that mention the entity -> how many times. Empty for graphs
  // saved before documents were kept.
  std::map<std::string, std::uint32_t> documents;

  friend bool operator==(const Entity&, const Entity&) = default;
};

struct Relation {
  std::string label;  // lemmatized relation ("hope for")
  std::vector<Evidence> evidence;

  // Combined confidence of independent pieces of evidence: 1 - prod(1 - c_i).
  double Confidence() const;
  // Whether the edge states a negation: it has evidence and every piece of it is negated.
  bool Negated() const;
  // Who the fact is attributed to when it is only reported, never narrated: the distinct
  // `attributed_to` of the evidence in first-seen order, joined by "; ". Empty when any piece of
  // evidence narrates the fact, or there is none.
  std::string AttributedTo() const;
  friend bool operator==(const Relation&, const Relation&) = default;
};

class KnowledgeGraph {
 public:
  // A graph that folds names with the built-in alias table.
  KnowledgeGraph();
  explicit KnowledgeGraph(AliasTable aliases);
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  // Records one mention of an entity written as `surface` in document `document` (Document::id;
  // empty: not recorded): finds the node whose key equals EntityKey(surface) or creates it, and
  // counts the form and the document. Returns nullopt when the surface form has nothing left
  // after normalization (a bare pronoun or determiner).
  std::optional<NodeId> AddMention(std::string_view surface, std::string_view type = "",
                                   std::string_view document = "");
  // The same for a caller that has already computed `key` = EntityKey(surface, aliases()).
  std::optional<NodeId> AddKeyedMention(std::string_view surface, std::string key,
                                        std::string_view type = "", std::string_view document = "");
  // Counts one more time that `role` was written with the entity's name ("Kremlin spokesman").
  void AddRole(NodeId node, std::string_view role);
  // The same for the entity keyed `key`; when there is no such node yet, the role is kept and
  // given to the node when one with that key is made (a person introduced with a title in one
  // article and a fact's argument only in a later one). Kept roles are not part of the graph:
  // equality, exporters and ResolveEntities ignore them.
  void AddRoleOfKey(std::string key, std::string_view role);
  // The node of `key`, created without any mention when there is none yet: for an entity the
  // text only implies, such as the country of a demonym ("Russian" -> Russia). Its display name
  // is `name` until a mention names it.
  NodeId EnsureEntity(std::string key, std::string_view name, std::string_view type);

  // Adds evidence for subject -relation-> object. The same (subject, label, object) is one edge;
  // an identical piece of evidence is not added twice.
  EdgeId AddFact(NodeId subject, std::string_view label, NodeId object, Evidence evidence);

  // Moves the evidence of `edge` out, leaving the edge without any. For code that rebuilds a
  // graph from one it is about to discard (entity resolution), so evidence is never held twice.
  std::vector<Evidence> TakeEvidence(EdgeId edge);

  // Low-level insertion for graph readers, which restore nodes and edges exactly as saved.
  // AddEntity throws kgraph::Error when the key already exists.
  NodeId AddEntity(Entity entity);
  EdgeId AddRelation(NodeId source, NodeId target, Relation relation);

  std::size_t NodeCount() const;
  std::size_t EdgeCount() const;
  const Entity& GetEntity(NodeId node) const;
  const Relation& GetRelation(EdgeId edge) const;
  NodeId Source(EdgeId edge) const;
  NodeId Target(EdgeId edge) const;
  std::vector<EdgeId> OutEdges(NodeId node) const;  // in edge-id order
  std::vector<EdgeId> InEdges(NodeId node) const;   // in edge-id order

  // The node whose key is exactly `key`, or nullopt.
  std::optional<NodeId> FindKey(std::string_view key) const;

  // The node a user means by `name`: matched by normalized key, then by any surface form seen,
  // case-insensitively, then as the surname of a person ("patrushev"). nullopt when nothing
  // matches.
  std::optional<NodeId> Find(std::string_view name) const;

  const AliasTable& aliases() const;
  // Adds aliases (an --aliases file, or a definition read in an article: "the Federal Security
  // Service (FSB)"). Later mentions use them at once; nodes made before keep their keys until
  // ResolveEntities merges them.
  void AddAlias(std::string_view alias, std::string_view canonical);
  void AddAliases(const AliasTable& more);

  // Structural equality: same entities, relations and endpoints under the same ids.
  friend bool operator==(const KnowledgeGraph& a, const KnowledgeGraph& b);

 private:
  std::optional<NodeId> FindPersonBySurname(const std::string& key) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kgraph
