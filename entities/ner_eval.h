// Scoring named-entity mentions against GUM gold: typed mention precision, recall and F1, where a
// system mention is correct when its span and its type equal those of a gold named mention
// (named_mentions.h defines the gold ones).
//
// Gold and system are compared in "non-space coordinates" (byte offsets into the document's text
// with white space removed, as the CoNLL 2018 evaluator aligns tokens): so the system may
// tokenize the raw text itself, and a mention is right when it covers exactly the characters of
// the gold one. Coreference is scored the same way: ResolveCoreference's clusters against GUM's
// gold clusters (every Entity bracket), mentions matched by their characters, singletons excluded
// (CoNLL-2012 metrics, core/eval/coref_eval.h). A gold mention starting or ending inside a
// multiword token that its words do not spell out ("cannot" is "can" + "not", but "wo" of "won't"
// is not) covers the whole token.
#pragma once

#include <array>
#include <functional>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/eval/coref_eval.h"
#include "core/eval/tokenization_eval.h"
#include "core/text/document.h"
#include "core/text/tokenizer.h"
#include "entities/coreference.h"

namespace kgraph {

struct EntityScores {
  std::array<SpanScore, kEntityTypeCount> per_type;  // by EntityType
  CorefScores coref;       // coreference, all documents, singletons excluded
  SpanScore Core() const;  // PERSON, ORGANIZATION and PLACE together: issue #5's target
  SpanScore All() const;   // every type
};

// Adds the comparison of one sentence's mentions (word indices of the same words) to `scores`.
void ScoreSentenceMentions(const std::vector<EntityMention>& gold,
                           const std::vector<EntityMention>& system, EntityScores& scores);

// Tags, parses and finds the entities of a Document already split into sentences and tokens.
using EntityAnalyzeFunction = std::function<void(Document&)>;
// The coreference clusters of an analysed Document (ResolveCoreference, with or without a ranker).
using CorefFunction = std::function<std::vector<MentionCluster>(const Document&)>;

// Scores the pipeline (`analyze`, then coreference resolution by `resolve`) on every document of
// `gold` (a GUM-style CoNLL-U file read by ReadConlluFile; `source` names it in errors). With a
// `tokenizer`, each document's raw text is rebuilt from its "# text" comments
// (RebuildGoldDocuments) and tokenized by it; without one, the gold words are the tokens
// (DocumentFromGoldWords). Throws kgraph::Error for malformed Entity brackets, or when the gold
// words do not spell the sentence text.
EntityScores EvaluateEntities(const std::vector<ConlluSentence>& gold, const std::string& source,
                              const Tokenizer* tokenizer, const EntityAnalyzeFunction& analyze,
                              const CorefFunction& resolve);

// A report: one line per type, "PERSON: gold=N system=N correct=N P=.. R=.. F1=..", then lines for
// PERSON+ORGANIZATION+PLACE and for all types. No summary line: the caller adds the last line.
std::string FormatEntityScores(const EntityScores& scores);

}  // namespace kgraph
