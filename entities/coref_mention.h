// What the coreference resolver knows of one candidate mention: its kind (pronoun, name, common
// noun), number, gender, animacy and syntactic role, described from a tagged, parsed document and
// its named entities (Sentence::entities). Shared by the rule sieves (coreference.h) and the
// learned pronoun ranker (pronoun_ranker.h).
#pragma once

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/document.h"
#include "entities/coreference.h"

namespace kgraph::coref {

enum class Kind { kPronoun, kProper, kNominal };
enum class Number { kUnknown, kSingular, kPlural };
enum class Gender { kUnknown, kMale, kFemale, kNeuter };
enum class Animacy { kUnknown, kAnimate, kInanimate };

// What the sieves know of a mention.
struct Mention {
  MentionRef ref;
  Kind kind = Kind::kNominal;
  Number number = Number::kUnknown;
  Gender gender = Gender::kUnknown;
  Animacy animacy = Animacy::kUnknown;
  int person = 3;                  // grammatical person of a pronoun; 3 for everything else
  bool resolvable = false;         // a personal pronoun the pronoun pass may resolve
  bool subject = false;            // head is a nominal subject: the most salient antecedents
  bool object = false;             // head is a direct or indirect object: the next most salient
  bool indefinite = false;         // "a ...", "an ...": introduces a new entity
  std::string text;                // the words, lowercase, space separated
  std::string head;                // the head word, lowercase
  std::string lemma;               // the head lemma, lowercase
  std::vector<std::string> words;  // lowercase content words (no determiners or punctuation)
};

// The name the recognizer found (Sentence::entities) whose span covers word `head` of
// `sentence`, or null.
const EntityMention* NamedEntityAt(const Sentence& sentence, int head);

// The candidate mentions of `doc` (DetectMentions of every sentence), described, in document
// order.
std::vector<Mention> DocumentMentions(const Document& doc);

// Whether `value` is one of `set`.
template <std::size_t N>
bool OneOf(std::string_view value, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

// Whether one mention lies inside the other (or both are the same words).
bool Nested(const Mention& a, const Mention& b);

// Syntactic salience of an antecedent candidate: subjects, then objects, then the rest (the
// grammatical-role ranking of Lappin and Leass 1994; slightly better than subjects first on
// both GUM dev and train).
inline int Salience(const Mention& m) { return m.subject ? 0 : m.object ? 1 : 2; }

// Whether `pronoun` may refer to `other`: no clash of number, animacy, gender or (for two
// pronouns) person.
bool Agrees(const Mention& pronoun, const Mention& other);

}  // namespace kgraph::coref
