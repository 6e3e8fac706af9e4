#include "graph/roles.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "graph/alias_table.h"
#include "graph/entity_typer.h"

namespace kgraph {
namespace {

// Relations that tie a name to the title noun it belongs to: "[spokesman] Peskov" (compound),
// "[head of the Council], Nikolai Patrushev" (appos, or nmod and appos up a chain).
bool JoinsTitle(std::string_view deprel) {
  return deprel == "compound" || deprel == "appos" || deprel == "flat" || deprel == "nmod";
}

// Whether `ancestor` is `word` or above it in the tree. Bounded, so that a malformed tree (a
// cycle, a head out of range) cannot loop or read outside the sentence.
bool Dominates(const Sentence& sentence, int ancestor, int word) {
  const auto size = static_cast<int>(sentence.tokens.size());
  for (int steps = 0; word >= 0 && word < size && steps <= size; ++steps) {
    if (word == ancestor) return true;
    word = sentence.tokens[static_cast<std::size_t>(word)].head;
  }
  return false;
}

bool HasTitle(const Document& doc, const Sentence& sentence, int begin, int end) {
  for (int i = begin; i < end; ++i) {
    if (IsTitleWord(FoldName(doc.Form(sentence.tokens[static_cast<std::size_t>(i)])))) {
      return true;
    }
  }
  return false;
}

// Words [begin, end) as a role, without leading determiners and edge punctuation; empty when no
// title is left in it.
ByteSpan RoleSpan(const Document& doc, const Sentence& sentence, int begin, int end) {
  auto upos = [&](int i) { return sentence.tokens[static_cast<std::size_t>(i)].upos; };
  while (begin < end && (upos(begin) == Upos::kDet || upos(begin) == Upos::kPunct)) ++begin;
  while (end > begin && upos(end - 1) == Upos::kPunct) --end;
  if (begin == end || !HasTitle(doc, sentence, begin, end)) return {};
  return {sentence.tokens[static_cast<std::size_t>(begin)].span.begin,
          sentence.tokens[static_cast<std::size_t>(end - 1)].span.end};
}

// "Kremlin spokesman [Dmitry Peskov]", "the head of the Council, [Nikolai Patrushev]": the words
// just before the name that belong to its phrase, whose root is the highest noun above the name
// reached through title-joining relations from the left.
ByteSpan RoleBefore(const Document& doc, const Sentence& sentence, int begin, int end) {
  int root = RangeHead(sentence, begin, end);
  for (std::size_t steps = 0; steps < sentence.tokens.size(); ++steps) {
    const Token& token = sentence.tokens[static_cast<std::size_t>(root)];
    if (token.head < 0 || token.head >= begin || !JoinsTitle(token.deprel)) break;
    const Upos parent = sentence.tokens[static_cast<std::size_t>(token.head)].upos;
    if (parent != Upos::kNoun && parent != Upos::kPropn) break;
    root = token.head;
  }
  int first = begin;
  while (first > 0 && Dominates(sentence, root, first - 1)) --first;
  return RoleSpan(doc, sentence, first, begin);
}

// "[Dmitry Peskov], the Kremlin spokesman,": an apposition of the name's head after it.
ByteSpan RoleAfter(const Document& doc, const Sentence& sentence, int begin, int end) {
  const int head = RangeHead(sentence, begin, end);
  const int n = static_cast<int>(sentence.tokens.size());
  for (int i = end; i < n; ++i) {
    const Token& token = sentence.tokens[static_cast<std::size_t>(i)];
    if (token.head != head || token.deprel != "appos") continue;
    int first = i, last = i + 1;
    while (first > end && Dominates(sentence, i, first - 1)) --first;
    while (last < n && Dominates(sentence, i, last)) ++last;
    return RoleSpan(doc, sentence, first, last);
  }
  return {};
}

// The token range of the bytes `span` of `sentence`.
std::pair<int, int> TokenRange(const Sentence& sentence, ByteSpan span) {
  const std::span<const Token> tokens = TokensWithin(sentence, span);
  const auto begin = static_cast<int>(tokens.data() - sentence.tokens.data());
  return {begin, begin + static_cast<int>(tokens.size())};
}

// The node of a person named `name` ("Dmitry Peskov"): the node of its key, else the person node
// keyed by its last word ("Peskov"). Key lookups only, so that a document with many names costs
// no scan of the graph per name.
std::optional<NodeId> PersonNode(const KnowledgeGraph& graph, const std::string& name) {
  if (auto node = graph.FindKey(EntityKey(name, graph.aliases()))) return node;
  const std::size_t space = name.rfind(' ');
  if (space == std::string::npos) return std::nullopt;
  auto node = graph.FindKey(EntityKey(std::string_view(name).substr(space + 1), graph.aliases()));
  if (node && graph.GetEntity(*node).type == "Person") return node;
  return std::nullopt;
}

}  // namespace

std::vector<PersonRole> FindRoles(const Document& doc, const Sentence& sentence) {
  std::vector<PersonRole> roles;
  for (const EntityMention& mention : sentence.entities) {
    if (mention.type != EntityType::kPerson) continue;
    const ByteSpan whole{sentence.tokens[static_cast<std::size_t>(mention.begin)].span.begin,
                         sentence.tokens[static_cast<std::size_t>(mention.end - 1)].span.end};
    const TitledName inner = SplitTitle(doc, sentence, whole);
    if (!inner.role.empty()) roles.push_back({inner.name, inner.role});
    const auto [begin, end] = TokenRange(sentence, inner.name);
    if (begin == end) continue;
    for (ByteSpan role : {inner.role.empty() ? RoleBefore(doc, sentence, begin, end) : ByteSpan{},
                          RoleAfter(doc, sentence, begin, end)}) {
      if (!role.empty()) roles.push_back({inner.name, role});
    }
  }
  return roles;
}

void AddRoles(KnowledgeGraph& graph, const Document& doc) {
  for (const Sentence& sentence : doc.sentences) {
    for (const PersonRole& found : FindRoles(doc, sentence)) {
      const std::string name = NormalizedText(doc, found.name);
      const std::string role = NormalizedText(doc, found.role);
      if (const auto node = PersonNode(graph, name)) {
        graph.AddRole(*node, role);
      } else {
        graph.AddRoleOfKey(EntityKey(name, graph.aliases()), role);  // for a later document
      }
    }
  }
}

}  // namespace kgraph
