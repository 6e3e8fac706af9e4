#include "entities/mention_detection_eval.h"

#include <cstdio>

#include "core/conllu/gum_entities.h"
#include "entities/mention_detection.h"

namespace kgraph {
namespace {

CorefDocument GoldClusters(const GumDocument& document) {
  CorefDocument key;
  for (const auto& [id, members] : EntityClusters(document)) {
    std::vector<CorefMention>& cluster = key.clusters.emplace_back();
    for (std::size_t m : members) {
      const GumMention& mention = document.mentions[m];
      cluster.push_back({mention.sentence, mention.begin, mention.end});
    }
  }
  return key;
}

// Every detected mention as a cluster of its own: only the extents are scored.
CorefDocument DetectedClusters(const Document& doc, const GumDocument& document) {
  CorefDocument response;
  for (std::size_t s = 0; s < document.sentence_count; ++s) {
    const Sentence& sentence = doc.sentences[document.first_sentence + s];
    for (const DetectedMention& m : DetectMentions(sentence)) {
      response.clusters.push_back({{static_cast<int>(s), m.begin, m.end}});
    }
  }
  return response;
}

}  // namespace

MentionDetectionScores EvaluateMentionDetection(const std::vector<ConlluSentence>& gold,
                                                const std::string& source,
                                                const AnalyzeSentences& analyze) {
  const std::vector<GumDocument> documents = ReadGumEntities(gold, source);
  Document doc = DocumentFromGoldWords(gold, source);
  analyze(doc);
  MentionDetectionScores scores;
  for (const GumDocument& document : documents) {
    scores.mentions += ScoreMentions(GoldClusters(document), DetectedClusters(doc, document));
    ++scores.documents;
  }
  return scores;
}

std::string FormatMentionDetectionScores(const MentionDetectionScores& scores) {
  const CorefCounts& m = scores.mentions;
  char text[256];
  std::snprintf(text, sizeof(text),
                "documents: %zu\nmentions: gold=%.0f detected=%.0f correct=%.0f\n"
                "mention_p=%.2f mention_r=%.2f mention_f1=%.2f\n",
                scores.documents, m.recall_den, m.precision_den, m.recall_num, 100 * m.Precision(),
                100 * m.Recall(), 100 * m.F1());
  return text;
}

}  // namespace kgraph
