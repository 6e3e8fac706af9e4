#include "entities/entity_recognizer.h"

#include "core/io/model_file.h"
#include "entities/bilou.h"
#include "entities/ner_decoder.h"

namespace kgraph {

// Model format, version 1: entity type count u32, label count u32, then the LinearModel.
EntityRecognizer::EntityRecognizer(LinearModel model) : model_(std::move(model)) {}

std::vector<EntityMention> EntityRecognizer::RecognizeSentence(const Document& doc,
                                                               const Sentence& sentence) const {
  const NerContext context(doc, sentence);
  return DecodeBilou(
      DecodeEntities(model_, context, [](int, std::span<const FeatureHash>, int) {}));
}

void EntityRecognizer::Recognize(Document& doc) const {
  for (Sentence& sentence : doc.sentences) sentence.entities = RecognizeSentence(doc, sentence);
}

void EntityRecognizer::Save(const std::string& path) const {
  ModelWriter writer;
  writer.WriteU32(kEntityTypeCount);
  writer.WriteU32(kBilouLabelCount);
  model_.Save(writer);
  SaveModelFile(path, kNerModelKind, kNerModelVersion, writer);
}

std::unique_ptr<EntityRecognizer> EntityRecognizer::Load(const std::string& path) {
  ModelReader reader = LoadModelFile(path, kNerModelKind, kNerModelVersion);
  if (reader.ReadU32() != kEntityTypeCount) reader.Fail("entity types of the model differ");
  if (reader.ReadU32() != kBilouLabelCount) reader.Fail("labels of the model differ");
  LinearModel model = LinearModel::Load(reader);
  if (model.class_count() != kBilouLabelCount) reader.Fail("linear model and labels disagree");
  reader.ExpectEnd();
  return std::make_unique<EntityRecognizer>(std::move(model));
}

}  // namespace kgraph
