#include "core/tagger/tagger.h"

#include <algorithm>

#include "core/error.h"
#include "core/io/model_file.h"
#include "core/tagger/greedy_decoder.h"

namespace kgraph {
namespace {

void SaveDictionary(const TagDictionary& dictionary, ModelWriter& writer) {
  std::vector<std::pair<std::string, FeatureHash>> entries(dictionary.entries().begin(),
                                                           dictionary.entries().end());
  std::sort(entries.begin(), entries.end());
  writer.WriteU64(entries.size());
  for (const auto& [form, ambiguity] : entries) {
    writer.WriteString(form);
    writer.WriteU64(ambiguity);
  }
}

TagDictionary LoadDictionary(ModelReader& reader) {
  TagDictionary dictionary;
  std::uint64_t count = reader.ReadCount(12);
  for (std::uint64_t i = 0; i < count; ++i) {
    std::string form = reader.ReadString();
    dictionary.Set(std::move(form), reader.ReadU64());
  }
  return dictionary;
}

}  // namespace

Tagger::Tagger(std::vector<TagPair> tags, TagDictionary dictionary, LinearModel first_pass,
               LinearModel second_pass, Lemmatizer lemmatizer)
    : tags_(std::move(tags)),
      dictionary_(std::move(dictionary)),
      first_(std::move(first_pass)),
      second_(std::move(second_pass)),
      lemmatizer_(std::move(lemmatizer)) {}

std::vector<int> Tagger::PredictFirstPass(const SentenceContext& context) const {
  return DecodeGreedy(first_, static_cast<int>(tags_.size()), context, {},
                      [](int, std::span<const FeatureHash>, int) {});
}

std::vector<int> Tagger::Predict(const std::vector<std::string_view>& forms) const {
  SentenceContext context(forms, dictionary_);
  std::vector<int> first = PredictFirstPass(context);
  if (second_.weight_count() == 0) return first;
  return DecodeGreedy(second_, static_cast<int>(tags_.size()), context, first,
                      [](int, std::span<const FeatureHash>, int) {});
}

void Tagger::Tag(Document& doc) const {
  std::vector<std::string_view> forms;
  for (Sentence& sentence : doc.sentences) {
    forms.clear();
    for (const Token& token : sentence.tokens) forms.push_back(doc.Form(token));
    std::vector<int> predicted = Predict(forms);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
      Token& token = sentence.tokens[i];
      const TagPair& tag = tags_[predicted[i]];
      token.upos = tag.upos;
      token.xpos = tag.xpos;
      token.lemma = lemmatizer_.Lemmatize(forms[i], tag.xpos);
    }
  }
}

void Tagger::Save(const std::string& path) const {
  ModelWriter writer;
  writer.WriteU64(tags_.size());
  for (const TagPair& tag : tags_) {
    writer.WriteString(UposName(tag.upos));
    writer.WriteString(tag.xpos);
  }
  SaveDictionary(dictionary_, writer);
  first_.Save(writer);
  second_.Save(writer);
  lemmatizer_.Save(writer);
  SaveModelFile(path, kTaggerModelKind, kTaggerModelVersion, writer);
}

std::unique_ptr<Tagger> Tagger::Load(const std::string& path) {
  ModelReader reader = LoadModelFile(path, kTaggerModelKind, kTaggerModelVersion);
  std::vector<TagPair> tags(reader.ReadCount(8));
  for (TagPair& tag : tags) {
    std::optional<Upos> upos = ParseUpos(reader.ReadString());
    if (!upos) reader.Fail("unknown UPOS tag in model");
    tag.upos = *upos;
    tag.xpos = reader.ReadString();
  }
  TagDictionary dictionary = LoadDictionary(reader);
  LinearModel first = LinearModel::Load(reader);
  LinearModel second = LinearModel::Load(reader);
  if (first.class_count() != static_cast<int>(tags.size()) ||
      second.class_count() != first.class_count()) {
    reader.Fail("tagger model and tag set disagree");
  }
  Lemmatizer lemmatizer = Lemmatizer::Load(reader);
  reader.ExpectEnd();
  return std::make_unique<Tagger>(std::move(tags), std::move(dictionary), std::move(first),
                                  std::move(second), std::move(lemmatizer));
}

}  // namespace kgraph
