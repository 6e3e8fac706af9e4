// The confidence of a pattern-extracted triple: a logistic score over a few cheap features.
//
// The weights are set by hand from reading extractions on news and EWT text, in the spirit of
// ReVerb's confidence function; they are not trained. What they encode: pronoun arguments are
// often unresolvable; long arguments and relations are often mis-chunked; words skipped between
// subject and verb (apposition, relative clause), a subject that is only the last conjunct of a
// coordination, and long sentences make attachment errors likelier; a proper-noun argument is
// what a knowledge graph wants.
#pragma once

namespace kgraph {

struct TripleFeatures {
  int subject_tokens = 1;
  int object_tokens = 1;
  int relation_words = 1;  // words in relation_lemma
  int gap = 0;             // tokens skipped between subject and verb group (adverbs excluded)
  int sentence_tokens = 1;
  bool subject_pronoun = false;
  bool object_pronoun = false;
  bool subject_proper = false;  // subject head is a proper noun
  bool object_proper = false;
  bool subject_inherited = false;  // taken from an earlier verb ("X came and signed Y")
  bool subject_conjunct = false;   // last conjunct of a coordination ("A, B and C signed")
  bool object_has_pp = false;      // object carries an attached prepositional phrase
  bool subject_at_start = false;   // subject is the first word of the sentence
  bool relation_ends_with_prep = false;
};

// 1 / (1 + exp(-z)) with z a weighted sum of `features`; always in (0, 1).
double TripleConfidence(const TripleFeatures& features);

}  // namespace kgraph
