// What an extractor produces: subject-relation-object triples anchored in the document text.
#pragma once

#include <cstddef>
#include <string>

#include "core/text/document.h"

namespace kgraph {

struct Triple {
  std::size_t sentence = 0;  // index into Document::sentences
  ByteSpan subject;          // argument spans, into Document::text
  ByteSpan relation;         // the verb group as written ("has also said")
  ByteSpan object;
  std::string relation_lemma;  // the normalized relation label ("say", "hope for")
  double confidence = 0.0;     // in [0, 1]
};

}  // namespace kgraph
