// Scoring mention detection against GUM's gold mentions (every `Entity=` bracket, singletons
// included, since GUM annotates them): exact-span precision, recall and F1, as the CoNLL-2012
// scorer's "Identification of Mentions" counts them.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/eval/coref_eval.h"
#include "core/text/document.h"

namespace kgraph {

struct MentionDetectionScores {
  CorefCounts mentions;  // all documents together
  std::size_t documents = 0;
};

// Tags and parses a Document already split into sentences and tokens, in place.
using AnalyzeSentences = std::function<void(Document&)>;

// The gold words of `gold` (one Sentence each, DocumentFromGoldWords) are analysed by `analyze`,
// DetectMentions runs on every sentence, and each `# newdoc` document's detected mentions are
// scored against its gold mentions (ReadGumEntities). Throws kgraph::Error naming `source` for
// malformed Entity brackets.
MentionDetectionScores EvaluateMentionDetection(const std::vector<ConlluSentence>& gold,
                                                const std::string& source,
                                                const AnalyzeSentences& analyze);

// "mentions: gold=… detected=… correct=…" and a last line "mention_p=… mention_r=… mention_f1=…"
// (percentages, two decimals).
std::string FormatMentionDetectionScores(const MentionDetectionScores& scores);

}  // namespace kgraph
