// Reported speech, the heart of news: "X said (that) S", "“S,” X told reporters", "according to
// X, S", and quotations that run over several sentences. Clauses inside reported speech are
// attributed to their speaker, so a graph user can tell reported claims from narrated facts.
// Internal to extractors/.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/clause.h"
#include "extractors/dependency_tree.h"

namespace kgraph {

// Verbs of saying and believing whose complement is a claim, not a fact ("say", "stress",
// "hope", "believe", ...), by lemma.
bool IsReportingVerb(std::string_view lemma);

// For each clause of one sentence, the speaker it is attributed to (the head phrase of the
// reporting verb's subject, or of the "according to" phrase), or an empty range when the
// sentence narrates it. The innermost report wins.
std::vector<WordRange> AttributeClauses(const DependencyTree& tree,
                                        const std::vector<Clause>& clauses);

// One sentence with its clauses and their attributions, as the document-level pass sees it.
struct AnalysedSentence {
  const DependencyTree* tree = nullptr;
  std::vector<Clause> clauses;
  std::vector<WordRange> attributions;  // one per clause, see AttributeClauses
  std::vector<ByteSpan> speakers;       // filled by AttributeQuotations: one per clause
};

// Quotations that span sentences: “Our primary task is prevention. [...] cooperation,” the
// Russian official told reporters. Every clause inside the quotation marks without a speaker of
// its own gets the speaker named right after the closing mark (or right before the opening one:
// He said: “...”). Also copies the in-sentence attributions into `speakers`.
void AttributeQuotations(std::vector<AnalysedSentence>& sentences);

}  // namespace kgraph
