#include "core/parser/biaffine_vocabulary.h"

#include <map>
#include <set>

#include "core/tagger/features.h"
#include "core/text/ptb_escapes.h"

namespace kgraph {
namespace {

std::string WordKey(std::string_view form) { return LowercaseWord(FeatureForm(form)); }

std::int64_t IdIn(const std::unordered_map<std::string, std::int64_t>& ids,
                  const std::string& key) {
  auto found = ids.find(key);
  return found == ids.end() ? kUnknownId : found->second;
}

std::int64_t Bucket(std::string_view text, FeatureHash seed, std::int64_t buckets) {
  return static_cast<std::int64_t>(HashBytes(text, seed) % static_cast<FeatureHash>(buckets));
}

void SaveList(ModelWriter& writer, const std::vector<std::string>& list) {
  writer.WriteU64(list.size());
  for (const std::string& item : list) writer.WriteString(item);
}

std::vector<std::string> LoadList(ModelReader& reader) {
  std::vector<std::string> list(reader.ReadCount(4));
  for (std::string& item : list) item = reader.ReadString();
  return list;
}

}  // namespace

BiaffineVocabulary BiaffineVocabulary::Build(const std::vector<ConlluSentence>& train,
                                             int min_count) {
  std::map<std::string, int> form_counts;
  std::set<std::string> xpos, upos, labels;
  for (const ConlluSentence& sentence : train) {
    for (const ConlluWord& word : sentence.words) {
      ++form_counts[WordKey(word.form)];
      xpos.insert(word.xpos);
      upos.insert(word.upos);
      labels.insert(word.deprel);
    }
  }
  BiaffineVocabulary vocabulary;
  for (const auto& [form, count] : form_counts) {
    if (count >= min_count) vocabulary.words_.push_back(form);
  }
  vocabulary.xpos_.assign(xpos.begin(), xpos.end());
  vocabulary.upos_.assign(upos.begin(), upos.end());
  vocabulary.labels_.assign(labels.begin(), labels.end());
  vocabulary.Index();
  return vocabulary;
}

void BiaffineVocabulary::Index() {
  const auto index = [](const std::vector<std::string>& list, auto& ids) {
    ids.clear();
    for (std::size_t i = 0; i < list.size(); ++i) ids.emplace(list[i], kReservedIds + i);
  };
  index(words_, word_ids_);
  index(xpos_, xpos_ids_);
  index(upos_, upos_ids_);
  label_ids_.clear();
  for (std::size_t i = 0; i < labels_.size(); ++i) label_ids_.emplace(labels_[i], i);
}

BiaffineWordIds BiaffineVocabulary::IdsOf(const ParseWord& word, std::int64_t buckets) const {
  const std::string key = WordKey(word.form);
  const std::string_view lower = key;
  BiaffineWordIds ids;
  ids.word = IdIn(word_ids_, key);
  ids.xpos = IdIn(xpos_ids_, std::string(word.xpos));
  ids.upos = IdIn(upos_ids_, std::string(UposName(word.upos)));
  // Three bytes, not characters: cheap, and the hash only needs to separate endings.
  ids.suffix =
      Bucket(lower.substr(lower.size() - std::min<std::size_t>(3, lower.size())), 11, buckets);
  ids.prefix = Bucket(lower.substr(0, 3), 12, buckets);
  ids.shape = Bucket(WordShape(FeatureForm(word.form)), 13, buckets);
  return ids;
}

BiaffineWordIds BiaffineVocabulary::RootIds() {
  return {kRootId, kRootId, kRootId, kRootId, kRootId, kRootId};
}

std::int64_t BiaffineVocabulary::word_count() const { return kReservedIds + words_.size(); }
std::int64_t BiaffineVocabulary::xpos_count() const { return kReservedIds + xpos_.size(); }
std::int64_t BiaffineVocabulary::upos_count() const { return kReservedIds + upos_.size(); }

int BiaffineVocabulary::LabelId(const std::string& relation) const {
  auto found = label_ids_.find(relation);
  return found == label_ids_.end() ? -1 : found->second;
}

void BiaffineVocabulary::Save(ModelWriter& writer) const {
  SaveList(writer, words_);
  SaveList(writer, xpos_);
  SaveList(writer, upos_);
  SaveList(writer, labels_);
}

BiaffineSizes WithVocabularySizes(BiaffineSizes sizes, const BiaffineVocabulary& vocabulary) {
  sizes.words = vocabulary.word_count();
  sizes.xpos = vocabulary.xpos_count();
  sizes.upos = vocabulary.upos_count();
  sizes.labels = static_cast<std::int64_t>(vocabulary.labels().size());
  return sizes;
}

BiaffineVocabulary BiaffineVocabulary::Load(ModelReader& reader) {
  BiaffineVocabulary vocabulary;
  vocabulary.words_ = LoadList(reader);
  vocabulary.xpos_ = LoadList(reader);
  vocabulary.upos_ = LoadList(reader);
  vocabulary.labels_ = LoadList(reader);
  if (vocabulary.labels_.empty()) reader.Fail("parser model without relations");
  vocabulary.Index();
  return vocabulary;
}

}  // namespace kgraph
