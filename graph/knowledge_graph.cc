#include "graph/knowledge_graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <string>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "core/error.h"
#include "graph/case_fold.h"
#include "graph/display_name.h"

namespace kgraph {
namespace {

struct EdgeProperties {
  EdgeId id = 0;
  Relation relation;
};

// vecS vertices make a vertex descriptor equal to its NodeId; nodes are never removed. Edges live
// in the default listS edge list, so edge descriptors stay valid as the graph grows.
using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, EdgeProperties>;
using EdgeDescriptor = Graph::edge_descriptor;

// (subject, label, object): what makes two facts the same fact.
using FactKey = std::tuple<NodeId, std::string, NodeId>;
using FactKeyView = std::tuple<NodeId, std::string_view, NodeId>;

// Where a piece of evidence of one edge was read, with its document and extractor names replaced
// by small ids: what makes two pieces of evidence the same.
struct EvidenceKey {
  EdgeId edge;
  std::uint32_t document;
  std::uint32_t extractor;
  std::uint32_t sentence;
  std::uint32_t begin;
  std::uint32_t end;
  friend bool operator==(const EvidenceKey&, const EvidenceKey&) = default;
};

struct EvidenceKeyHash {
  std::size_t operator()(const EvidenceKey& key) const {
    std::uint64_t h = 0x9E3779B97F4A7C15ull;
    for (std::uint32_t part :
         {key.edge, key.document, key.extractor, key.sentence, key.begin, key.end}) {
      h = (h ^ part) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    return static_cast<std::size_t>(h);
  }
};

}  // namespace

std::string DisplayName(const std::map<std::string, std::uint32_t>& surface_forms) {
  const std::pair<const std::string, std::uint32_t>* best = nullptr;
  for (const auto& form : surface_forms) {
    // Strict comparisons keep the first form in sorted order on a full tie.
    if (best == nullptr || form.second > best->second ||
        (form.second == best->second && form.first.size() > best->first.size())) {
      best = &form;
    }
  }
  return best == nullptr ? std::string() : best->first;
}

double Relation::Confidence() const {
  double none = 1.0;
  for (const Evidence& piece : evidence) none *= 1.0 - std::clamp(piece.confidence, 0.0, 1.0);
  return 1.0 - none;
}

bool Relation::Negated() const {
  return !evidence.empty() &&
         std::all_of(evidence.begin(), evidence.end(), [](const Evidence& e) { return e.negated; });
}

std::string Relation::AttributedTo() const {
  std::vector<std::string_view> sources;
  for (const Evidence& piece : evidence) {
    if (piece.attributed_to.empty()) return {};
    if (std::find(sources.begin(), sources.end(), piece.attributed_to) == sources.end()) {
      sources.push_back(piece.attributed_to);
    }
  }
  std::string joined;
  for (std::string_view source : sources) {
    if (!joined.empty()) joined += "; ";
    joined += source;
  }
  return joined;
}

std::string NegatedLabel(std::string_view lemma) { return "not " + std::string(lemma); }

struct KnowledgeGraph::Impl {
  AliasTable aliases;
  Graph graph;
  std::map<std::string, NodeId, std::less<>> node_of_key;
  std::vector<EdgeDescriptor> edges;  // indexed by EdgeId
  std::map<FactKey, EdgeId, std::less<>> edge_of_fact;
  // Where each edge's evidence was read, so a repeated fact is checked for a duplicate piece of
  // evidence in O(1) rather than by scanning all of its evidence. Only membership is asked, so
  // hash order never reaches output.
  std::unordered_set<EvidenceKey, EvidenceKeyHash> evidence_seen;
  std::map<std::string, std::uint32_t, std::less<>> name_ids;  // document and extractor names
  // Roles read for a key that has no node yet (AddRoleOfKey), given to its node when one is made.
  std::map<std::string, std::map<std::string, std::uint32_t>, std::less<>> pending_roles;

  std::uint32_t NameId(std::string_view name) {
    auto it = name_ids.find(name);
    if (it == name_ids.end()) {
      it = name_ids.emplace(std::string(name), static_cast<std::uint32_t>(name_ids.size())).first;
    }
    return it->second;
  }

  EvidenceKey KeyOf(EdgeId edge, const Evidence& evidence) {
    return {edge,
            NameId(evidence.document),
            NameId(evidence.extractor),
            evidence.sentence,
            evidence.span.begin,
            evidence.span.end};
  }

  void CheckNode(NodeId node) const {
    if (node >= boost::num_vertices(graph)) {
      throw Error("no node " + std::to_string(node) + " in a graph of " +
                  std::to_string(boost::num_vertices(graph)) + " nodes");
    }
  }

  const EdgeDescriptor& Descriptor(EdgeId edge) const {
    if (edge >= edges.size()) {
      throw Error("no edge " + std::to_string(edge) + " in a graph of " +
                  std::to_string(edges.size()) + " edges");
    }
    return edges[edge];
  }

  NodeId NewNode(Entity entity) {
    if (auto pending = pending_roles.find(entity.key); pending != pending_roles.end()) {
      for (const auto& [role, count] : pending->second) entity.roles[role] += count;
      pending_roles.erase(pending);
    }
    const auto node = static_cast<NodeId>(boost::add_vertex(std::move(entity), graph));
    node_of_key.emplace(graph[node].key, node);
    return node;
  }

  EdgeId NewEdge(NodeId source, NodeId target, Relation relation) {
    const auto id = static_cast<EdgeId>(edges.size());
    FactKey fact{source, relation.label, target};
    EdgeDescriptor edge =
        boost::add_edge(source, target, EdgeProperties{id, std::move(relation)}, graph).first;
    edges.push_back(edge);
    for (const Evidence& piece : graph[edge].relation.evidence) {
      evidence_seen.insert(KeyOf(id, piece));
    }
    // Parallel edges restored by readers stay separate; new evidence goes to the first of them.
    edge_of_fact.emplace(std::move(fact), id);
    return id;
  }

  std::vector<EdgeId> Sorted(std::vector<EdgeId> ids) const {
    std::sort(ids.begin(), ids.end());
    return ids;
  }
};

KnowledgeGraph::KnowledgeGraph() : KnowledgeGraph(AliasTable::BuiltIn()) {}

KnowledgeGraph::KnowledgeGraph(AliasTable aliases) : impl_(std::make_unique<Impl>()) {
  impl_->aliases = std::move(aliases);
}

KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

std::optional<NodeId> KnowledgeGraph::AddMention(std::string_view surface, std::string_view type,
                                                 std::string_view document) {
  return AddKeyedMention(surface, EntityKey(surface, impl_->aliases), type, document);
}

std::optional<NodeId> KnowledgeGraph::AddKeyedMention(std::string_view surface, std::string key,
                                                      std::string_view type,
                                                      std::string_view document) {
  if (key.empty()) return std::nullopt;
  const NodeId node = EnsureEntity(std::move(key), surface, "Thing");
  Entity& entity = impl_->graph[node];
  ++entity.surface_forms[std::string(surface)];
  ++entity.mentions;
  if (!document.empty()) ++entity.documents[std::string(document)];
  entity.name = DisplayName(entity.surface_forms);
  // The first specific type sticks; "Thing" is only a placeholder until one is known.
  if (!type.empty() && (entity.type.empty() || entity.type == "Thing")) {
    entity.type = std::string(type);
  }
  return node;
}

void KnowledgeGraph::AddRole(NodeId node, std::string_view role) {
  impl_->CheckNode(node);
  ++impl_->graph[node].roles[std::string(role)];
}

void KnowledgeGraph::AddRoleOfKey(std::string key, std::string_view role) {
  if (auto node = FindKey(key)) {
    AddRole(*node, role);
  } else if (!key.empty()) {
    ++impl_->pending_roles[std::move(key)][std::string(role)];
  }
}

NodeId KnowledgeGraph::EnsureEntity(std::string key, std::string_view name, std::string_view type) {
  if (auto it = impl_->node_of_key.find(key); it != impl_->node_of_key.end()) return it->second;
  Entity entity;
  entity.key = std::move(key);
  entity.name = std::string(name);
  entity.type = std::string(type);
  return impl_->NewNode(std::move(entity));
}

EdgeId KnowledgeGraph::AddFact(NodeId subject, std::string_view label, NodeId object,
                               Evidence evidence) {
  impl_->CheckNode(subject);
  impl_->CheckNode(object);
  auto it = impl_->edge_of_fact.find(FactKeyView{subject, label, object});
  if (it == impl_->edge_of_fact.end()) {
    Relation relation;
    relation.label = std::string(label);
    relation.evidence.push_back(std::move(evidence));
    return impl_->NewEdge(subject, object, std::move(relation));
  }
  std::vector<Evidence>& pieces = impl_->graph[impl_->edges[it->second]].relation.evidence;
  if (impl_->evidence_seen.insert(impl_->KeyOf(it->second, evidence)).second) {
    pieces.push_back(std::move(evidence));
  }
  return it->second;
}

std::vector<Evidence> KnowledgeGraph::TakeEvidence(EdgeId edge) {
  std::vector<Evidence>& pieces = impl_->graph[impl_->Descriptor(edge)].relation.evidence;
  for (const Evidence& piece : pieces) impl_->evidence_seen.erase(impl_->KeyOf(edge, piece));
  return std::exchange(pieces, {});
}

NodeId KnowledgeGraph::AddEntity(Entity entity) {
  if (impl_->node_of_key.contains(entity.key)) {
    throw Error("duplicate entity key \"" + entity.key + "\"");
  }
  return impl_->NewNode(std::move(entity));
}

EdgeId KnowledgeGraph::AddRelation(NodeId source, NodeId target, Relation relation) {
  impl_->CheckNode(source);
  impl_->CheckNode(target);
  return impl_->NewEdge(source, target, std::move(relation));
}

std::size_t KnowledgeGraph::NodeCount() const { return boost::num_vertices(impl_->graph); }

std::size_t KnowledgeGraph::EdgeCount() const { return impl_->edges.size(); }

const Entity& KnowledgeGraph::GetEntity(NodeId node) const {
  impl_->CheckNode(node);
  return impl_->graph[node];
}

const Relation& KnowledgeGraph::GetRelation(EdgeId edge) const {
  return impl_->graph[impl_->Descriptor(edge)].relation;
}

NodeId KnowledgeGraph::Source(EdgeId edge) const {
  return static_cast<NodeId>(boost::source(impl_->Descriptor(edge), impl_->graph));
}

NodeId KnowledgeGraph::Target(EdgeId edge) const {
  return static_cast<NodeId>(boost::target(impl_->Descriptor(edge), impl_->graph));
}

std::vector<EdgeId> KnowledgeGraph::OutEdges(NodeId node) const {
  impl_->CheckNode(node);
  std::vector<EdgeId> ids;
  for (const auto& edge : boost::make_iterator_range(boost::out_edges(node, impl_->graph))) {
    ids.push_back(impl_->graph[edge].id);
  }
  return impl_->Sorted(std::move(ids));
}

std::vector<EdgeId> KnowledgeGraph::InEdges(NodeId node) const {
  impl_->CheckNode(node);
  std::vector<EdgeId> ids;
  for (const auto& edge : boost::make_iterator_range(boost::in_edges(node, impl_->graph))) {
    ids.push_back(impl_->graph[edge].id);
  }
  return impl_->Sorted(std::move(ids));
}

std::optional<NodeId> KnowledgeGraph::FindKey(std::string_view key) const {
  auto it = impl_->node_of_key.find(key);
  if (it == impl_->node_of_key.end()) return std::nullopt;
  return it->second;
}

std::optional<NodeId> KnowledgeGraph::Find(std::string_view name) const {
  const std::string key = EntityKey(name, impl_->aliases);
  if (auto it = impl_->node_of_key.find(key); !key.empty() && it != impl_->node_of_key.end()) {
    return it->second;
  }
  const std::string wanted = CaseFold(name, /*loose=*/false);
  if (wanted.empty()) return std::nullopt;
  // Nodes are scanned in id order, so the oldest node wins when several share a surface form.
  for (NodeId node = 0; node < NodeCount(); ++node) {
    for (const auto& [form, count] : impl_->graph[node].surface_forms) {
      if (CaseFold(form, /*loose=*/false) == wanted) return node;
    }
  }
  return FindPersonBySurname(key);
}

// "patrushev" -> "Nikolai Patrushev": a person named by the last word(s) of their key. Among
// several such people the most mentioned wins, then the oldest, so the answer is deterministic.
std::optional<NodeId> KnowledgeGraph::FindPersonBySurname(const std::string& key) const {
  if (key.empty()) return std::nullopt;
  const std::string suffix = " " + key;
  std::optional<NodeId> best;
  for (NodeId node = 0; node < NodeCount(); ++node) {
    const Entity& entity = impl_->graph[node];
    if (entity.type != "Person" || !entity.key.ends_with(suffix)) continue;
    if (!best || entity.mentions > impl_->graph[*best].mentions) best = node;
  }
  return best;
}

const AliasTable& KnowledgeGraph::aliases() const { return impl_->aliases; }

void KnowledgeGraph::AddAlias(std::string_view alias, std::string_view canonical) {
  impl_->aliases.Add(alias, canonical);
}

void KnowledgeGraph::AddAliases(const AliasTable& more) { impl_->aliases.AddAll(more); }

bool operator==(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  if (a.NodeCount() != b.NodeCount() || a.EdgeCount() != b.EdgeCount()) return false;
  for (NodeId node = 0; node < a.NodeCount(); ++node) {
    if (a.GetEntity(node) != b.GetEntity(node)) return false;
  }
  for (EdgeId edge = 0; edge < a.EdgeCount(); ++edge) {
    if (a.Source(edge) != b.Source(edge) || a.Target(edge) != b.Target(edge) ||
        a.GetRelation(edge) != b.GetRelation(edge)) {
      return false;
    }
  }
  return true;
}

}  // namespace kgraph
