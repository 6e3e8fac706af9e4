#include "entities/entity_recognizer.h"

#include "core/io/model_file.h"
#include "entities/bilou.h"
#include "entities/ner_decoder.h"

namespace kgraph {

// Model format, version 2: entity type count u32, label count u32, the gazetteer's text (string),
// then the LinearModel.
EntityRecognizer::EntityRecognizer(LinearModel model, Gazetteer gazetteer)
    : model_(std::move(model)), gazetteer_(std::move(gazetteer)) {}

std::vector<EntityMention> EntityRecognizer::RecognizeSentence(
    const Document& doc, std::size_t sentence, const NerDocumentEvidence& evidence) const {
  const NerContext context(doc, sentence, evidence);
  return DecodeBilou(DecodeEntities(model_, context, kIgnoreEntityWord));
}

void EntityRecognizer::Recognize(Document& doc) const {
  // The evidence reads the words of `doc`, which setting the entities leaves as they are.
  const NerDocumentEvidence evidence(doc, gazetteer_);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    doc.sentences[s].entities = RecognizeSentence(doc, s, evidence);
  }
}

void EntityRecognizer::Save(const std::string& path) const {
  ModelWriter writer;
  writer.WriteU32(kEntityTypeCount);
  writer.WriteU32(kBilouLabelCount);
  writer.WriteString(gazetteer_.text());
  model_.Save(writer);
  SaveModelFile(path, kNerModelKind, kNerModelVersion, writer);
}

std::unique_ptr<EntityRecognizer> EntityRecognizer::Load(const std::string& path) {
  ModelReader reader = LoadModelFile(path, kNerModelKind, kNerModelVersion);
  if (reader.ReadU32() != kEntityTypeCount) reader.Fail("entity types of the model differ");
  if (reader.ReadU32() != kBilouLabelCount) reader.Fail("labels of the model differ");
  Gazetteer gazetteer = Gazetteer::Parse(reader.ReadString(), path + " (its gazetteer)");
  LinearModel model = LinearModel::Load(reader);
  if (model.class_count() != kBilouLabelCount) reader.Fail("linear model and labels disagree");
  reader.ExpectEnd();
  return std::make_unique<EntityRecognizer>(std::move(model), std::move(gazetteer));
}

}  // namespace kgraph
