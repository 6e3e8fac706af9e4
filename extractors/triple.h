// What an extractor produces: subject-relation-object triples anchored in the document text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

struct Triple {
  std::size_t sentence = 0;  // index into Document::sentences
  ByteSpan subject;          // argument spans, into Document::text
  ByteSpan relation;         // the verb group as written ("has also said"), first to last word
  ByteSpan object;           // empty when the clause has none ("the talks failed")
  // The object is a whole clause ("said [that talks would resume]"): fine for text output and
  // CaRB, but no entity for a graph node; the clause's own triples carry the facts.
  bool clausal_object = false;

  // Further arguments of an n-ary fact, in sentence order: obliques and adverbials that are
  // not part of the relation ("in Moscow", "on Tuesday").
  std::vector<ByteSpan> extra_arguments;

  std::string relation_lemma;  // the normalized label ("say", "hope for")
  // The relation's words as they read, in order, white space folded ("did not hope for"); may
  // differ from the text of `relation` when the words are not adjacent ("hope [...] for").
  // Empty means: the text of `relation`.
  std::string relation_text;
  double confidence = 0.0;  // in [0, 1]

  // Flags a reader of the graph needs to tell facts from non-facts; never dropped silently.
  bool negated = false;  // "did not sign"
  std::string modality;  // lemma of a modal verb ("can", "may", "must"); empty = none
  ByteSpan
      attribution;  // who reported it ("Patrushev" in "Patrushev said that ..."); empty = narrated

  // The parts of the arguments that name an entity ("progress" in "progress in cooperation
  // between Russia and the U.S."); empty = the whole argument.
  ByteSpan subject_head;
  ByteSpan object_head;
  // Other named things mentioned inside the arguments ("Russia", "the U.S." above).
  std::vector<ByteSpan> mentioned;
};

}  // namespace kgraph
