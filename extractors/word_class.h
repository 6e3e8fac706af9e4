// A compact view of one tagged token: the few distinctions the pattern extractor needs.
//
// The extractor looks at every token several times (verb groups, noun phrases to the left and to
// the right), so the tag strings and lemmas are read once per sentence into this small struct and
// the matching loops compare enums and flags only. Internal to extractors/.
#pragma once

#include <cstdint>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

enum class WordClass : std::uint8_t {
  kOther,       // interjections, symbols, untagged words: end every phrase
  kNoun,        // common noun
  kPropn,       // proper noun
  kPron,        // personal or demonstrative pronoun ("he", "it", "those")
  kRelPron,     // relative or interrogative pronoun ("who", "which", relative "that")
  kExpletive,   // existential "there"
  kNum,         // cardinal number
  kAdj,         // adjective, ordinal
  kDet,         // determiner ("the", "all", "no")
  kPossDet,     // possessive determiner ("his", "their", "whose")
  kPossMarker,  // the possessive clitic "'s"
  kAdv,         // adverb other than negation and wh-adverbs
  kNegation,    // "not", "n't", "never"
  kAux,         // auxiliary or copula
  kVerb,        // lexical verb
  kPrep,        // preposition (ADP)
  kInfTo,       // infinitival "to"
  kParticle,    // verb particle ("up" in "give up")
  kComma,
  kCconj,   // coordinating conjunction
  kSconj,   // subordinating conjunction, complementizer "that"
  kHyphen,  // hyphen inside a compound ("counter - terrorist")
  kPunct,   // any other punctuation
};

struct WordInfo {
  WordClass cls = WordClass::kOther;
  bool finite = false;           // VBD/VBZ/VBP/MD, or a verb whose Penn tag is missing
  bool past_participle = false;  // VBN
  bool lemma_be = false;         // a form of "be"
  bool lemma_of = false;         // the preposition "of"
  bool light_verb = false;       // "make", "take", "be"...: may take a bare noun in its relation
  bool reporting_verb = false;   // "say", "tell", "hope"...: a bare object is rarely a fact
  bool attaching_prep = false;   // "in", "with", "between"...: may attach a PP to an object
  bool topic_prep = false;       // "for", "about", "of": "hope for", "speak about" keep a topic
  bool time_name = false;        // weekday, month, "today": a date, not an argument
};

// Fills `out` (resized to the sentence length) from the tags and lemmas of `sentence`. Reuses
// the capacity of `out`, so one vector serves a whole document without reallocating.
void ClassifyWords(const Document& doc, const Sentence& sentence, std::vector<WordInfo>* out);

// True for the classes that can head a noun phrase.
inline bool IsNominal(WordClass cls) {
  return cls == WordClass::kNoun || cls == WordClass::kPropn || cls == WordClass::kNum;
}

}  // namespace kgraph
