// The extractor stage: an analysed Document in (sentences, tokens, tags, lemmas), triples out.
// New extraction methods are new implementations of this interface, selected by name.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/text/document.h"
#include "extractors/triple.h"

namespace kgraph {

class Extractor {
 public:
  virtual ~Extractor() = default;

  // Triples of every sentence of `doc`, in sentence order, then by position. Deterministic.
  virtual std::vector<Triple> Extract(const Document& doc) const = 0;

  // Short name recorded in each fact's evidence ("pattern").
  virtual std::string_view Name() const = 0;
};

}  // namespace kgraph
