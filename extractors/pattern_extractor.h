// The pattern extractor: ReVerb-style open relation extraction over POS tags and lemmas
// (Fader et al., 2011), for documents that are tagged but not parsed.
//
// For each finite verb group in a sentence, the longest relation phrase V | V P | V W* P is
// matched (see relation_phrase.h); its object is the noun phrase right after it, its subject the
// nearest noun phrase to its left (see noun_phrase.h). When the longest phrase has no object
// after it, shorter matches are tried. Verbs of saying with a bare object ("Patrushev said ...",
// "told reporters") give no triple: the reported clause yields its own triples instead.
// Each sentence is processed in time linear in its length, with no regular expressions.
#pragma once

#include <memory>

#include "extractors/extractor.h"

namespace kgraph {

struct PatternExtractorOptions {
  // At most this many adjectives, adverbs or light-verb nouns between a verb and the
  // preposition ending its relation ("be [ready] to", "take [part] in"). Default: 3.
  int max_light_words = 3;

  // Let an object whose head is a common noun take one prepositional phrase that is not a date:
  // "progress in cooperation" rather than "progress". Default: true.
  bool attach_object_pp = true;

  // Give a verb after "and"/"but" with no subject of its own the subject of the previous verb
  // of the sentence ("extremists get training ... and can later infiltrate Western countries"),
  // at lower confidence. Default: true.
  bool inherit_coordinated_subject = true;

  // Drop triples whose confidence (see triple_confidence.h) is below this. Default: 0 (keep
  // all, including pronoun subjects; the graph builder drops arguments it cannot name).
  double min_confidence = 0.0;
};

// A stateless, thread-safe extractor named "pattern".
std::unique_ptr<Extractor> NewPatternExtractor(const PatternExtractorOptions& options = {});

}  // namespace kgraph
