#include "extractors/extractor_factory.h"

#include "core/error.h"
#include "extractors/clause_extractor.h"
#include "extractors/pattern_extractor.h"

namespace kgraph {

std::unique_ptr<Extractor> NewExtractor(std::string_view name) {
  if (name == "clause") return NewClauseExtractor();
  if (name == "pattern") return NewPatternExtractor();
  throw Error("unknown extractor '" + std::string(name) + "' (known: clause, pattern)");
}

std::vector<std::string> ExtractorNames() { return {"clause", "pattern"}; }

}  // namespace kgraph
