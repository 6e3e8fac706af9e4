// Mention detection from dependency trees: the referring expressions of a parsed sentence, with
// the boundaries GUM gives them, as candidates for coreference resolution (issue #5, item 4).
//
// Every word that can head a noun phrase yields one mention: nouns, proper nouns, pronouns and
// numbers, except relative and interrogative pronouns ("which", "who", "what"), existential
// "there", expletive "it", words that only modify another noun (`compound`, `flat`, `nummod`,
// `nmod:desc`; a proper-noun compound of a common noun, "[Russia] policy", does count) and the
// nouns of prepositional idioms ("for example"). "You guys" and "you people" are one mention.
// Its extent is the head's subtree as GUM draws it (rules measured on GUM's cc-by train trees):
// - kept: determiners, adjectives, compounds, numbers, possessors with their "'s" ("[Russia 's]
//   Security Council" is a mention nested in the larger one), nominal modifiers with their
//   prepositions, adnominal and relative clauses ("[the mercury they contain]");
// - left out: the head's own preposition ("in [this paper]"), coordinated conjuncts and their
//   conjunctions (each conjunct is a mention of its own; the coordination as a whole is not
//   proposed, since GUM marks it only when something refers back to the group), appositions
//   (a mention of their own), parenthetical and discourse material, punctuation at the edges;
// - for a predicate nominal ("Patrushev is [the secretary of the council]") the clause around it
//   (subject, copula, auxiliaries, adverbials).
// Nested mentions are all proposed: "[[his] brother]", "[the head of [the council]]".
#pragma once

#include <vector>

#include "core/text/document.h"

namespace kgraph {

// Words [begin, end) of a sentence (0-based indices into Sentence::tokens), headed by `head`.
struct DetectedMention {
  int begin = 0;
  int end = 0;
  int head = 0;

  friend auto operator<=>(const DetectedMention&, const DetectedMention&) = default;
};

// The mentions of a tagged and parsed sentence (UPOS, XPOS, head and deprel filled), sorted by
// begin, longer first, without duplicates. A sentence without a tree (every head -1 and no
// deprel) yields only one-word mentions. Thread-safe: no state.
std::vector<DetectedMention> DetectMentions(const Sentence& sentence);

}  // namespace kgraph
