#include "entities/mention_detection.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "core/text/char_class.h"

namespace kgraph {
namespace {

using Children = std::vector<std::vector<int>>;

template <std::size_t N>
bool OneOf(std::string_view value, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

// The relation without its subtype: "nmod" for "nmod:poss".
std::string_view BaseRelation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

Children ChildrenOf(const Sentence& sentence) {
  Children children(sentence.tokens.size());
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const int head = sentence.tokens[i].head;
    if (head >= 0 && static_cast<std::size_t>(head) < sentence.tokens.size()) {
      children[static_cast<std::size_t>(head)].push_back(static_cast<int>(i));
    }
  }
  return children;
}

// Relations of words that only modify a noun or a name and never refer by themselves; in GUM
// fewer than 2 % of them head a mention.
constexpr std::array<std::string_view, 16> kModifierRelations = {
    "expl",   "flat", "fixed", "goeswith", "nummod", "reparandum", "det",  "amod",
    "advmod", "case", "cc",    "mark",     "punct",  "discourse",  "list", "orphan"};

// Prepositional idioms whose noun refers to nothing ("for example", "in fact"), as lemmas: the
// pairs of a preposition and a noun seen six times or more in GUM's cc-by train and never
// marked as a mention there (141 occurrences).
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kIdioms = {{
    {"for", "example"},
    {"for", "instance"},
    {"in", "fact"},
    {"of", "course"},
    {"in", "order"},
    {"in", "addition"},
    {"in", "term"},
    {"as", "part"},
}};

bool InIdiom(const Sentence& sentence, int i) {
  if (i == 0) return false;
  const std::string noun = AsciiLowercase(sentence.tokens[static_cast<std::size_t>(i)].lemma);
  const std::string preposition =
      AsciiLowercase(sentence.tokens[static_cast<std::size_t>(i - 1)].lemma);
  return std::find(kIdioms.begin(), kIdioms.end(),
                   std::pair<std::string_view, std::string_view>(preposition, noun)) !=
         kIdioms.end();
}

// "you guys", "you people": one mention headed by the noun (32 times in GUM's cc-by train).
// Found by the words, since parsers often attach the two words to the verb side by side.
bool IsAddressNoun(const Sentence& sentence, int i) {
  if (i == 0) return false;
  const Token& noun = sentence.tokens[static_cast<std::size_t>(i)];
  return sentence.tokens[static_cast<std::size_t>(i - 1)].lemma == "you" &&
         noun.upos == Upos::kNoun && (noun.lemma == "guy" || noun.lemma == "people");
}

bool CanHeadMention(const Sentence& sentence, int i) {
  const Token& token = sentence.tokens[static_cast<std::size_t>(i)];
  if (InIdiom(sentence, i)) return false;
  if (i + 1 < static_cast<int>(sentence.tokens.size()) && IsAddressNoun(sentence, i + 1)) {
    return false;
  }
  if (token.upos != Upos::kNoun && token.upos != Upos::kPropn && token.upos != Upos::kPron &&
      token.upos != Upos::kNum) {
    return false;
  }
  // Relative and interrogative pronouns, existential "there": not mentions in GUM.
  if (token.xpos == "WDT" || token.xpos == "WP" || token.xpos == "WP$" || token.xpos == "EX") {
    return false;
  }
  const std::string_view base = BaseRelation(token.deprel);
  if (OneOf(base, kModifierRelations) || token.deprel == "nmod:desc") return false;
  if (base == "compound") {
    // "[Russia] policy": a name modifying a common noun is a mention (70 % in GUM); a noun
    // modifying a noun ("museum labels") or a name inside a name is usually not.
    const int parent = token.head;
    return token.upos == Upos::kPropn && parent >= 0 &&
           sentence.tokens[static_cast<std::size_t>(parent)].upos == Upos::kNoun;
  }
  return true;
}

// Dependents never inside the mention of their head: the head's preposition, the other
// conjuncts, appositions (mentions of their own), clauses and asides attached to the phrase.
constexpr std::array<std::string_view, 16> kOutsideRelations = {
    "conj",   "cc",       "punct", "appos", "parataxis", "discourse", "reparandum", "list",
    "orphan", "vocative", "dep",   "mark",  "advcl",     "advmod",    "obl",        "dislocated"};

// Around a predicate nominal ("he is [the head of the council]"), the clause.
constexpr std::array<std::string_view, 8> kClauseRelations = {"nsubj", "cop", "aux",   "csubj",
                                                              "expl",  "obj", "xcomp", "ccomp"};

bool StaysOutside(const Sentence& sentence, int head, int child, bool predicate) {
  const Token& token = sentence.tokens[static_cast<std::size_t>(child)];
  const std::string_view base = BaseRelation(token.deprel);
  // The possessive "'s" belongs to its possessor's mention ("[Russia 's]"); other case markers
  // ("in", "of") stay outside.
  if (base == "case") return !(child > head && token.xpos == "POS");
  if (OneOf(base, kOutsideRelations)) return true;
  return predicate && OneOf(base, kClauseRelations);
}

// The words of the subtree of `root`, without the subtrees of the excluded children of `root`.
// Iterative, with a visited mark, so that a malformed tree cannot loop.
std::vector<int> SubtreeWords(const Children& children, int root,
                              const std::vector<int>& excluded) {
  std::vector<bool> seen(children.size(), false);
  std::vector<int> words;
  std::vector<int> stack = {root};
  seen[static_cast<std::size_t>(root)] = true;
  while (!stack.empty()) {
    const int word = stack.back();
    stack.pop_back();
    words.push_back(word);
    for (int child : children[static_cast<std::size_t>(word)]) {
      if (seen[static_cast<std::size_t>(child)]) continue;
      if (word == root && std::find(excluded.begin(), excluded.end(), child) != excluded.end()) {
        continue;
      }
      seen[static_cast<std::size_t>(child)] = true;
      stack.push_back(child);
    }
  }
  return words;
}

DetectedMention MentionHeadedBy(const Sentence& sentence, const Children& children, int head) {
  const std::vector<int>& dependents = children[static_cast<std::size_t>(head)];
  const bool predicate = std::any_of(dependents.begin(), dependents.end(), [&](int child) {
    return BaseRelation(sentence.tokens[static_cast<std::size_t>(child)].deprel) == "cop";
  });
  std::vector<int> excluded;
  for (int child : dependents) {
    if (StaysOutside(sentence, head, child, predicate)) excluded.push_back(child);
  }
  const std::vector<int> words = SubtreeWords(children, head, excluded);
  const auto [first, last] = std::minmax_element(words.begin(), words.end());
  DetectedMention mention{*first, *last + 1, head};
  auto is_punct = [&](int i) {
    return sentence.tokens[static_cast<std::size_t>(i)].upos == Upos::kPunct;
  };
  while (mention.begin < head && is_punct(mention.begin)) ++mention.begin;
  while (mention.end - 1 > head && is_punct(mention.end - 1)) --mention.end;
  if (IsAddressNoun(sentence, head) && mention.begin == head) --mention.begin;
  return mention;
}

}  // namespace

std::vector<DetectedMention> DetectMentions(const Sentence& sentence) {
  const Children children = ChildrenOf(sentence);
  std::vector<DetectedMention> mentions;
  for (int i = 0; i < static_cast<int>(sentence.tokens.size()); ++i) {
    if (CanHeadMention(sentence, i)) mentions.push_back(MentionHeadedBy(sentence, children, i));
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const DetectedMention& a, const DetectedMention& b) {
              if (a.begin != b.begin) return a.begin < b.begin;
              if (a.end != b.end) return a.end > b.end;
              return a.head < b.head;
            });
  auto same_span = [](const DetectedMention& a, const DetectedMention& b) {
    return a.begin == b.begin && a.end == b.end;
  };
  mentions.erase(std::unique(mentions.begin(), mentions.end(), same_span), mentions.end());
  return mentions;
}

}  // namespace kgraph
