// ReVerb-style relation phrases over WordInfo (Fader et al., 2011, "Identifying Relations for
// Open Information Extraction").
//
// A relation phrase is V | V P | V W* P, longest match, where V is a verb group (auxiliaries,
// negation and adverbs ending in a lexical verb or a copula, plus its particles), W a light word
// (adjective, adverb, or a bare noun after a light verb such as "take part in"), and P a
// preposition, particle or infinitival "to". Adjacent matches joined by "to" + verb are merged:
// "is ready to cooperate with" is one phrase. Internal to extractors/.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/text/document.h"
#include "extractors/word_class.h"

namespace kgraph {

// Auxiliaries, negation and adverbs ending in a main verb and its particles.
struct VerbGroup {
  int begin = 0;
  int end = 0;           // one past the main verb, its particles and a negation after a copula
  int main = 0;          // the lexical verb, or the last auxiliary when there is none ("is")
  int negation = -1;     // "not"/"n't"/"never" inside the group, or -1
  bool passive = false;  // a form of "be" before a past participle ("was signed")
};

inline constexpr int kMaxVerbGroups = 4;
inline constexpr int kMaxRelationEnds = 8;

// The longest relation phrase starting at one verb group, with every shorter phrase that is also
// a valid match, so the caller can back off when the longest one has no object after it.
struct RelationMatch {
  std::array<VerbGroup, kMaxVerbGroups> groups;
  int group_count = 0;                     // 0 = no relation phrase starts here
  std::array<int, kMaxRelationEnds> ends;  // one past the last token; ascending
  int end_count = 0;
  int begin() const { return groups[0].begin; }
};

// Whether a relation phrase can start at token `i`: a finite auxiliary or verb.
bool StartsVerbGroup(const std::vector<WordInfo>& words, int i);

// Matches the relation phrase starting at `start`. At most `max_light_words` W words may stand
// between a verb and the preposition that ends the phrase. Runs in time linear in the phrase.
RelationMatch MatchRelation(const std::vector<WordInfo>& words, int start, int max_light_words);

// The normalized label of the phrase `match` cut at `end`: lowercase lemmas of the main verbs,
// their particles, the W and P words, and "not"; auxiliaries and adverbs are dropped, "be" is
// kept for copulas and passives. "has also said" -> "say", "hopes for" -> "hope for",
// "is ready to cooperate with" -> "be ready to cooperate with", "was not signed by" ->
// "not be sign by".
std::string RelationLemma(const Document& doc, const Sentence& sentence,
                          const std::vector<WordInfo>& words, const RelationMatch& match, int end);

}  // namespace kgraph
