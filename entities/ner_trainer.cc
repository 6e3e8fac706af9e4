#include "entities/ner_trainer.h"

#include <chrono>
#include <cstdio>
#include <random>

#include "core/error.h"
#include "core/learn/shuffle.h"
#include "entities/bilou.h"
#include "entities/ner_decoder.h"
#include "entities/ner_eval.h"

namespace kgraph {
namespace {

struct Example {
  const Document* doc;
  std::size_t sentence;
  const NerDocumentEvidence* evidence;
  std::vector<int> labels;
};

// The evidence of each document, in the order of `documents`.
std::vector<NerDocumentEvidence> EvidenceOf(const std::vector<Document>& documents,
                                            const Gazetteer& gazetteer) {
  std::vector<NerDocumentEvidence> evidence;
  evidence.reserve(documents.size());
  for (const Document& doc : documents) evidence.emplace_back(doc, gazetteer);
  return evidence;
}

std::vector<Example> Examples(const std::vector<Document>& documents,
                              const std::vector<NerDocumentEvidence>& evidence) {
  std::vector<Example> examples;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const Document& doc = documents[d];
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sentence = doc.sentences[s];
      const int size = static_cast<int>(sentence.tokens.size());
      examples.push_back({&doc, s, &evidence[d], EncodeBilou(sentence.entities, size)});
    }
  }
  return examples;
}

void TrainEpoch(PerceptronTrainer& trainer, const std::vector<Example>& examples,
                std::mt19937_64& engine) {
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  Shuffle(order, engine);
  for (std::size_t index : order) {
    const Example& example = examples[index];
    const NerContext context(*example.doc, example.sentence, *example.evidence);
    DecodeEntities(trainer, context,
                   [&](int i, std::span<const FeatureHash> features, int predicted) {
                     trainer.Update(features, example.labels[i], predicted);
                   });
  }
}

EntityScores ScoreOn(const EntityRecognizer& recognizer, const std::vector<Document>& dev,
                     const std::vector<NerDocumentEvidence>& evidence) {
  EntityScores scores;
  for (std::size_t d = 0; d < dev.size(); ++d) {
    for (std::size_t s = 0; s < dev[d].sentences.size(); ++s) {
      ScoreSentenceMentions(dev[d].sentences[s].entities,
                            recognizer.RecognizeSentence(dev[d], s, evidence[d]), scores);
    }
  }
  return scores;
}

}  // namespace

std::unique_ptr<EntityRecognizer> TrainEntityRecognizer(const std::vector<Document>& train,
                                                        const std::vector<Document>& dev,
                                                        const NerTrainingOptions& options,
                                                        std::ostream& log) {
  const std::vector<NerDocumentEvidence> evidence = EvidenceOf(train, options.gazetteer);
  const std::vector<Example> examples = Examples(train, evidence);
  const std::vector<NerDocumentEvidence> dev_evidence = EvidenceOf(dev, options.gazetteer);
  if (examples.empty()) throw Error("no training sentences");
  std::size_t mentions = 0;
  for (const Example& example : examples) {
    mentions += example.doc->sentences[example.sentence].entities.size();
  }
  log << "ner: " << examples.size() << " sentences, " << mentions << " named mentions\n";
  PerceptronTrainer trainer(kBilouLabelCount);
  std::mt19937_64 engine(options.seed);
  std::unique_ptr<EntityRecognizer> best;
  double best_f1 = -1;
  for (int epoch = 1; epoch <= options.iterations; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    TrainEpoch(trainer, examples, engine);
    auto recognizer = std::make_unique<EntityRecognizer>(
        trainer.Averaged().Compact(options.min_weight), options.gazetteer);
    const EntityScores scores =
        dev.empty() ? EntityScores{} : ScoreOn(*recognizer, dev, dev_evidence);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[160];
    std::snprintf(line, sizeof(line),
                  "epoch %d: dev f1=%.2f per+org+place f1=%.2f (%zu weights, %.1fs)\n", epoch,
                  100 * scores.All().F1(), 100 * scores.Core().F1(), recognizer->weight_count(),
                  seconds);
    log << line << std::flush;
    if (dev.empty() || scores.All().F1() > best_f1) {
      best_f1 = scores.All().F1();
      best = std::move(recognizer);
      if (!options.checkpoint_path.empty()) best->Save(options.checkpoint_path);
    }
  }
  return best;
}

}  // namespace kgraph
