// Features of the entity recognizer, shared by training and inference so the two never drift.
//
// The recognizer runs after the tagger and parser, so besides the words themselves (form,
// lowercase, shape, affixes, ±2 context) it sees their tags, lemmas and dependency relations:
// the head word and relation of each word, and for each run of proper nouns ("Security Council",
// "Nikolai Patrushev") the run's first and last words, length and syntactic role, with the
// preposition that governs it ("in Moscow"). As in the tagger, every feature is a 64-bit hash of
// a template number and values; per-word facts are hashed once per sentence (NerContext).
// A gazetteer (gazetteer.h) adds what the training data cannot teach: whether the word lies in a
// known place, organization, given name, demonym or title, and where in it, and what the words
// around it are; the document evidence (ner_document_evidence.h) what the rest of the document
// says about a capitalized word.
#pragma once

#include <vector>

#include "core/tagger/features.h"
#include "core/text/document.h"
#include "entities/gazetteer.h"
#include "entities/ner_document_evidence.h"

namespace kgraph {

// Hashed, label-independent facts about one word of a tagged and parsed sentence.
struct NerWord {
  FeatureHash form = 0, lower = 0, shape = 0, lemma = 0;
  FeatureHash prefix[3] = {};
  FeatureHash suffix[4] = {};
  FeatureHash upos = 0, xpos = 0, deprel = 0;
  FeatureHash head_lower = 0, head_upos = 0;  // the dependency head ("<root>" for the root)
  FeatureHash case_lemma = 0;  // lemma of its "case" dependent ("in" of "in Moscow"), or none
  FeatureHash flags = 0;       // capitalized, all caps, digits, sentence-initial
  // The run of consecutive proper nouns (and "of", "&", hyphens inside one) holding the word:
  // position (none/begin/inside/last/unit), first and last word, length, the run head's role.
  FeatureHash run_position = 0, run_first = 0, run_last = 0, run_length = 0, run_role = 0;
  // Per gazetteer kind, the word's position (B, I, L, U) in the longest entry of that kind
  // covering it, 0 when none does; and the set of kinds covering it as one hash.
  FeatureHash gazetteer[kGazetteerKindCount] = {};
  FeatureHash gazetteer_kinds = 0;
  // Whether the word's run of proper nouns holds an organization word ("University"), and
  // whether it holds a place word ("Island").
  FeatureHash run_organization_word = 0;
  FeatureHash run_place_word = 0;
  // The contexts of the word's other occurrences in the document (ner_document_evidence.h).
  std::vector<FeatureHash> document_evidence;
};

class NerContext {
 public:
  // Sentence number `sentence` of `doc`, whose `evidence` (with the gazetteer's matches) has
  // been collected.
  NerContext(const Document& doc, std::size_t sentence, const NerDocumentEvidence& evidence);
  int size() const { return static_cast<int>(words_.size()); }
  // Word i, or padding outside the sentence.
  const NerWord& Word(int i) const;

 private:
  std::vector<NerWord> words_;
  NerWord before_, after_;
};

// The features of word `i` given the labels chosen for words i-1 and i-2 (kOutside before the
// sentence). Replaces the contents of `out`.
void NerFeatures(const NerContext& context, int i, int previous_label, int previous_label2,
                 std::vector<FeatureHash>& out);

}  // namespace kgraph
