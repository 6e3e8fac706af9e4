#include "graph/entity_resolution.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "graph/display_name.h"
#include "graph/entity_typer.h"
#include "graph/name_variants.h"

namespace kgraph {
namespace {

std::string Join(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) {
    if (!joined.empty()) joined += ' ';
    joined += word;
  }
  return joined;
}

// A node's key without leading titles, each word by its spelling-variant key (name_variants.h):
// "president vladimir putin" -> {"vladimir", "putin"}, "dmitri peskov" -> {"dmitry", "peskov"}.
std::vector<std::string> NameWords(const std::string& key) {
  std::vector<std::string> words = KeyWords(key);
  std::size_t titles = 0;
  while (words.size() - titles > 1 && IsTitleWord(words[titles])) ++titles;
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(titles));
  for (std::string& word : words) word = NameVariantKey(word);
  return words;
}

// A key with every word by its spelling-variant key, titles kept: what NameWords of an untitled
// name joins to.
std::string VariantKey(const std::string& key) {
  std::vector<std::string> words = KeyWords(key);
  for (std::string& word : words) word = NameVariantKey(word);
  return Join(words);
}

// Places and organizations are never read as surnames ("Georgia" is no person's last name here).
bool MayBePerson(const Entity& entity) {
  return entity.type == "Person" || entity.type == "Thing" || entity.type.empty();
}

// For every node, the node of the same name under the graph's aliases: nodes made before an
// alias was known ("FSB" before the article defined "Federal Security Service (FSB)") merge
// into the node keyed by the canonical name, or, when there is none, into the oldest of them.
std::vector<NodeId> AliasRepresentatives(const KnowledgeGraph& graph) {
  const auto count = static_cast<NodeId>(graph.NodeCount());
  std::vector<std::string> canonical(count);
  std::map<std::string, NodeId> node_of_name;
  for (NodeId node = 0; node < count; ++node) {
    canonical[node] = graph.aliases().Resolve(graph.GetEntity(node).key);
    if (canonical[node] == graph.GetEntity(node).key) node_of_name.emplace(canonical[node], node);
  }
  std::vector<NodeId> representative(count);
  for (NodeId node = 0; node < count; ++node) {
    representative[node] = node_of_name.emplace(canonical[node], node).first->second;
  }
  return representative;
}

// Persons named in part or with a title ("Patrushev", "President Putin") merge into the one
// person whose full name they match. Only nodes that are their own alias representative take
// part.
std::vector<NodeId> FindPersonRepresentatives(const KnowledgeGraph& graph,
                                              const std::vector<NodeId>& by_alias) {
  const auto count = static_cast<NodeId>(graph.NodeCount());
  std::map<std::string, NodeId> node_of_key;
  std::vector<std::vector<std::string>> names(count);
  for (NodeId node = 0; node < count; ++node) {
    if (by_alias[node] != node) continue;
    names[node] = NameWords(graph.GetEntity(node).key);
    node_of_key.emplace(VariantKey(graph.GetEntity(node).key), node);
  }

  // Full names of persons: the untitled node when there is one, else the oldest titled one.
  std::map<std::string, NodeId> full_name_node;
  std::map<std::string, std::set<std::string>> full_names_by_surname;
  for (NodeId node = 0; node < count; ++node) {
    if (by_alias[node] != node) continue;
    if (graph.GetEntity(node).type != "Person" || names[node].size() < 2) continue;
    const std::string full = Join(names[node]);
    auto untitled = node_of_key.find(full);
    const bool use_untitled =
        untitled != node_of_key.end() && MayBePerson(graph.GetEntity(untitled->second));
    full_name_node.emplace(full, use_untitled ? untitled->second : node);
    full_names_by_surname[names[node].back()].insert(full);
  }

  std::vector<NodeId> representative(count);
  for (NodeId node = 0; node < count; ++node) {
    representative[node] = node;
    if (by_alias[node] != node || !MayBePerson(graph.GetEntity(node))) continue;
    const std::string name = Join(names[node]);
    if (names[node].size() >= 2) {
      // "President Vladimir Putin" -> "Vladimir Putin".
      if (auto it = full_name_node.find(name); it != full_name_node.end()) {
        representative[node] = it->second;
      }
      continue;
    }
    auto surname = full_names_by_surname.find(name);
    if (surname != full_names_by_surname.end()) {
      // Two persons share the surname ("Nikolai" and "Dmitry Patrushev"): too ambiguous to merge.
      if (surname->second.size() == 1) {
        representative[node] = full_name_node.at(*surname->second.begin());
      }
    } else if (auto bare = node_of_key.find(name);
               bare != node_of_key.end() && MayBePerson(graph.GetEntity(bare->second))) {
      representative[node] = bare->second;  // "President Putin" -> "Putin" when no full name
    }
  }
  return representative;
}

// For every node, the node it merges into (itself when it stays): first by alias, then persons
// by name.
std::vector<NodeId> FindRepresentatives(const KnowledgeGraph& graph) {
  const std::vector<NodeId> by_alias = AliasRepresentatives(graph);
  const std::vector<NodeId> by_person = FindPersonRepresentatives(graph, by_alias);
  std::vector<NodeId> representative(by_alias.size());
  for (NodeId node = 0; node < representative.size(); ++node) {
    representative[node] = by_alias[by_person[by_alias[node]]];
  }
  return representative;
}

// The entity of a merged group: the representative's key, all forms, mentions, roles and
// documents, and the first specific type of the group.
Entity MergeGroup(const KnowledgeGraph& graph, const std::vector<NodeId>& group) {
  Entity merged = graph.GetEntity(group.front());
  if (group.size() == 1) return merged;
  for (std::size_t i = 1; i < group.size(); ++i) {
    const Entity& member = graph.GetEntity(group[i]);
    for (const auto& [form, count] : member.surface_forms) merged.surface_forms[form] += count;
    for (const auto& [role, count] : member.roles) merged.roles[role] += count;
    for (const auto& [document, count] : member.documents) merged.documents[document] += count;
    merged.mentions += member.mentions;
    if ((merged.type.empty() || merged.type == "Thing") && !member.type.empty()) {
      merged.type = member.type;
    }
  }
  merged.name = DisplayName(merged.surface_forms);
  if (merged.name.empty()) merged.name = graph.GetEntity(group.front()).name;
  return merged;
}

// Old key -> surviving key, for every node merged into another.
using KeyRewrite = std::map<std::string, std::string, std::less<>>;

// Evidence lists mentioned entities by key, and a merged node keeps only its representative's
// key: the keys are rewritten so they still name nodes of the resolved graph. (Node ids would
// not do: they change here and mean nothing in a saved file.)
Evidence RewriteMentions(Evidence evidence, const KeyRewrite& rewrite) {
  if (evidence.mentions.empty() || rewrite.empty()) return evidence;
  std::vector<std::string>& keys = evidence.mentions;
  for (std::string& key : keys) {
    if (auto it = rewrite.find(key); it != rewrite.end()) key = it->second;
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return evidence;
}

template <typename Graph>  // KnowledgeGraph or const KnowledgeGraph
KnowledgeGraph Resolve(Graph& graph) {
  const std::vector<NodeId> representative = FindRepresentatives(graph);
  // Groups keyed by representative; each group lists the representative first, then the rest in
  // id order, so merging is deterministic.
  std::map<NodeId, std::vector<NodeId>> groups;
  for (NodeId node = 0; node < representative.size(); ++node) {
    groups[representative[node]].push_back(node);
  }
  for (auto& [rep, members] : groups) {
    std::erase(members, rep);
    members.insert(members.begin(), rep);
  }

  KnowledgeGraph resolved(graph.aliases());
  std::vector<NodeId> new_id(representative.size());
  KeyRewrite rewrite;
  for (const auto& [rep, members] : groups) {
    Entity merged = MergeGroup(graph, members);
    merged.key = graph.aliases().Resolve(merged.key);  // "fsb" -> "federal security service"
    const NodeId id = resolved.AddEntity(std::move(merged));
    for (NodeId member : members) {
      new_id[member] = id;
      const std::string& key = graph.GetEntity(member).key;
      if (key != resolved.GetEntity(id).key) rewrite.emplace(key, resolved.GetEntity(id).key);
    }
  }

  std::set<std::tuple<NodeId, std::string, NodeId>> added;
  for (EdgeId edge = 0; edge < graph.EdgeCount(); ++edge) {
    const NodeId source = new_id[graph.Source(edge)];
    const NodeId target = new_id[graph.Target(edge)];
    // Two names of one entity linked by "be" ("the press secretary — be — Dmitry Peskov") say
    // nothing once the names are one node.
    if (source == target && graph.GetRelation(edge).label == "be") continue;
    const std::string label = graph.GetRelation(edge).label;
    if (added.emplace(source, label, target).second) {
      // Created before its evidence is added, so a fact without evidence survives too.
      resolved.AddRelation(source, target, Relation{label, {}});
    }
    // Evidence is copied from a graph that stays, moved out of one that is discarded.
    if constexpr (std::is_const_v<Graph>) {
      for (const Evidence& evidence : graph.GetRelation(edge).evidence) {
        resolved.AddFact(source, label, target, RewriteMentions(evidence, rewrite));
      }
    } else {
      for (Evidence& evidence : graph.TakeEvidence(edge)) {
        resolved.AddFact(source, label, target, RewriteMentions(std::move(evidence), rewrite));
      }
    }
  }
  return resolved;
}

}  // namespace

KnowledgeGraph ResolveEntities(const KnowledgeGraph& graph) { return Resolve(graph); }

KnowledgeGraph ResolveEntities(KnowledgeGraph&& graph) { return Resolve(graph); }

}  // namespace kgraph
