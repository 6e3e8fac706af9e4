// The entity recognizer stage: named-entity mentions (PERSON, ORGANIZATION, PLACE, EVENT, TIME,
// OTHER) in every sentence, after tagging and parsing.
//
// A greedy averaged-perceptron sequence labeller over BILOU labels (bilou.h), whose features are
// the words, the tagger's and parser's analysis of them and the contexts of the same names
// elsewhere in the document (ner_features.h, ner_document_evidence.h); the decoder only
// builds well-formed label sequences, so mentions never overlap. What counts as a named mention
// is defined in named_mentions.h. Load() reads a model trained by TrainEntityRecognizer(). The
// model file carries the gazetteer the model was trained with, so features never drift from
// training to use even when models/gazetteer.tsv is edited later.
// Immutable after loading; Recognize() may run on several threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/tagger/perceptron.h"
#include "core/text/document.h"
#include "entities/gazetteer.h"
#include "entities/ner_document_evidence.h"

namespace kgraph {

class EntityRecognizer {
 public:
  // `model` scores the kBilouLabelCount labels from features that read `gazetteer`.
  EntityRecognizer(LinearModel model, Gazetteer gazetteer);

  // Reads a model file; throws kgraph::Error naming the file and offset when it is missing,
  // truncated, corrupted or of another version.
  static std::unique_ptr<EntityRecognizer> Load(const std::string& path);
  void Save(const std::string& path) const;

  // Replaces Sentence::entities of every sentence of `doc`. Reads forms, tags, lemmas and the
  // tree, so the tagger and parser must have run first.
  void Recognize(Document& doc) const;
  // The mentions of sentence number `sentence` of `doc`, whose `evidence` has been collected.
  std::vector<EntityMention> RecognizeSentence(const Document& doc, std::size_t sentence,
                                               const NerDocumentEvidence& evidence) const;

  std::size_t weight_count() const { return model_.weight_count(); }
  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  LinearModel model_;
  Gazetteer gazetteer_;
};

// Model file identity; bump the version whenever features, labels or the layout change.
inline constexpr char kNerModelKind[] = "ner";
inline constexpr std::uint32_t kNerModelVersion = 5;

}  // namespace kgraph
