#include "core/eval/tagging_eval.h"

#include <cstdio>

namespace kgraph {

TaggingScores EvaluateTagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold) {
  Document doc = DocumentFromGoldWords(gold);
  tagger.Tag(doc);
  TaggingScores scores;
  for (std::size_t s = 0; s < gold.size(); ++s) {
    const std::vector<ConlluWord>& words = gold[s].words;
    const std::vector<Token>& tokens = doc.sentences[s].tokens;
    for (std::size_t i = 0; i < words.size(); ++i) {
      ++scores.words;
      scores.upos_correct += UposName(tokens[i].upos) == words[i].upos;
      scores.xpos_correct += tokens[i].xpos == words[i].xpos;
      scores.lemma_correct += tokens[i].lemma == words[i].lemma;
    }
  }
  return scores;
}

std::string FormatTaggingScores(const TaggingScores& scores) {
  char line[128];
  std::snprintf(line, sizeof(line), "words=%zu\nupos=%.2f xpos=%.2f lemma=%.2f\n", scores.words,
                scores.Upos(), scores.Xpos(), scores.Lemma());
  return line;
}

}  // namespace kgraph
