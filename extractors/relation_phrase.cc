#include "extractors/relation_phrase.h"

#include <optional>
#include <string_view>

namespace kgraph {
namespace {

using Words = std::vector<WordInfo>;

int Size(const Words& words) { return static_cast<int>(words.size()); }

bool IsVerbal(WordClass cls) { return cls == WordClass::kAux || cls == WordClass::kVerb; }

// Adverbs belong to a verb group only between its auxiliaries and its verb ("has also said").
bool AdverbInsideGroup(const Words& words, int i) {
  for (; i < Size(words); ++i) {
    WordClass cls = words[i].cls;
    if (IsVerbal(cls)) return true;
    if (cls != WordClass::kAdv && cls != WordClass::kNegation) return false;
  }
  return false;
}

std::optional<VerbGroup> MatchVerbGroup(const Words& words, int start, bool require_finite) {
  int n = Size(words);
  if (start >= n || !IsVerbal(words[start].cls)) return std::nullopt;
  if (require_finite && !words[start].finite) return std::nullopt;
  VerbGroup group;
  group.begin = start;
  int main = -1;
  int last_aux = -1;
  bool be_aux = false;
  int j = start;
  for (; j < n; ++j) {
    WordClass cls = words[j].cls;
    if (cls == WordClass::kAux) {
      last_aux = j;
      be_aux = be_aux || words[j].lemma_be;
    } else if (cls == WordClass::kNegation) {
      if (group.negation < 0) group.negation = j;
    } else if (cls == WordClass::kVerb) {
      main = j++;
      break;
    } else if (cls != WordClass::kAdv || !AdverbInsideGroup(words, j)) {
      break;
    }
  }
  if (main < 0) {
    // Without a lexical verb only a copula makes a relation; a bare "do", "will" or "have" is
    // an inverted question ("do you ...") or an ellipsis.
    if (!words[last_aux].lemma_be) return std::nullopt;
    group.main = last_aux;
  } else {
    group.main = main;
    group.passive = be_aux && words[main].past_participle;
    while (j < n && words[j].cls == WordClass::kParticle) ++j;
  }
  group.end = j;
  return group;
}

bool IsLightWord(const WordInfo& word, bool after_light_verb, int nouns) {
  switch (word.cls) {
    case WordClass::kAdj:
    case WordClass::kAdv:
    case WordClass::kNegation:
      return true;
    case WordClass::kNoun:
      return after_light_verb && nouns == 0;
    default:
      return false;
  }
}

void AddEnd(RelationMatch& match, int end) { match.ends[match.end_count++] = end; }

void AddGroup(RelationMatch& match, const VerbGroup& group) {
  match.groups[match.group_count++] = group;
  AddEnd(match, group.end);
}

std::string_view LemmaOf(const Document& doc, const Token& token) {
  std::string_view lemma = token.lemma.empty() ? doc.Form(token) : std::string_view(token.lemma);
  return lemma == "n't" ? std::string_view("not") : lemma;
}

void AppendLower(std::string& out, std::string_view word) {
  if (!out.empty()) out += ' ';
  for (char c : word) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool InLemma(WordClass cls) {
  return cls == WordClass::kAdj || cls == WordClass::kNoun || cls == WordClass::kPrep ||
         cls == WordClass::kInfTo || cls == WordClass::kParticle;
}

}  // namespace

bool StartsVerbGroup(const Words& words, int i) {
  return i < Size(words) && IsVerbal(words[i].cls) && words[i].finite;
}

RelationMatch MatchRelation(const Words& words, int start, int max_light_words) {
  RelationMatch match;
  std::optional<VerbGroup> group = MatchVerbGroup(words, start, /*require_finite=*/true);
  if (!group) return match;
  AddGroup(match, *group);
  int n = Size(words);
  while (match.end_count < kMaxRelationEnds) {
    const VerbGroup& last = match.groups[match.group_count - 1];
    bool light = words[last.main].light_verb;
    int w = last.end;
    int nouns = 0;
    for (; w < n && w - last.end <= max_light_words && IsLightWord(words[w], light, nouns); ++w) {
      if (words[w].cls == WordClass::kNoun) ++nouns;
    }
    if (w >= n || w - last.end > max_light_words) break;
    WordClass cls = words[w].cls;
    if (cls == WordClass::kPrep || cls == WordClass::kParticle) {
      AddEnd(match, w + 1);
      break;
    }
    if (cls != WordClass::kInfTo || match.group_count == kMaxVerbGroups) break;
    std::optional<VerbGroup> next = MatchVerbGroup(words, w + 1, /*require_finite=*/false);
    if (!next) break;
    AddGroup(match, *next);
  }
  return match;
}

std::string RelationLemma(const Document& doc, const Sentence& sentence, const Words& words,
                          const RelationMatch& match, int end) {
  std::string lemma;
  for (int g = 0; g < match.group_count && match.groups[g].begin < end; ++g) {
    const VerbGroup& group = match.groups[g];
    if (group.negation >= 0) AppendLower(lemma, LemmaOf(doc, sentence.tokens[group.negation]));
    if (group.passive) AppendLower(lemma, "be");
    AppendLower(lemma, LemmaOf(doc, sentence.tokens[group.main]));
    bool has_next = g + 1 < match.group_count && match.groups[g + 1].begin < end;
    int stop = has_next ? match.groups[g + 1].begin : end;
    for (int t = group.main + 1; t < stop; ++t) {
      if (t >= group.end && InLemma(words[t].cls)) {
        AppendLower(lemma, LemmaOf(doc, sentence.tokens[t]));
      } else if (t < group.end && words[t].cls == WordClass::kParticle) {
        AppendLower(lemma, LemmaOf(doc, sentence.tokens[t]));
      }
    }
  }
  return lemma;
}

}  // namespace kgraph
