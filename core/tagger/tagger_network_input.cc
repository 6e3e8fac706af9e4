#include "core/tagger/tagger_network_input.h"

#include <algorithm>
#include <map>

#include "core/nn/bilstm.h"
#include "core/parser/biaffine_vocabulary.h"
#include "core/tagger/features.h"
#include "core/text/ptb_escapes.h"

namespace kgraph {
namespace {

std::string WordKey(std::string_view form) { return LowercaseWord(FeatureForm(form)); }

std::int64_t Bucket(std::string_view text, FeatureHash seed, std::int64_t buckets) {
  return static_cast<std::int64_t>(HashBytes(text, seed) % static_cast<FeatureHash>(buckets));
}

}  // namespace

std::vector<std::pair<std::string, std::int64_t>> TaggerNetworkParameterSizes(
    const TaggerNetworkSizes& s) {
  std::vector<std::pair<std::string, std::int64_t>> sizes = {
      {"word.weight", s.words * s.word_dim}, {"spelling.weight", s.buckets * s.spelling_dim}};
  AppendBiLstmParameterSizes("lstm", s.layers, s.InputDim(), s.hidden, sizes);
  sizes.push_back({"output.weight", s.classes * 2 * s.hidden});
  sizes.push_back({"output.bias", s.classes});
  return sizes;
}

TaggerNetworkVocabulary TaggerNetworkVocabulary::Build(const std::vector<ConlluSentence>& train,
                                                       int min_count) {
  std::map<std::string, int> counts;
  for (const ConlluSentence& sentence : train) {
    for (const ConlluWord& word : sentence.words) ++counts[WordKey(word.form)];
  }
  TaggerNetworkVocabulary vocabulary;
  for (const auto& [form, count] : counts) {
    if (count >= min_count) vocabulary.words_.push_back(form);
  }
  for (std::size_t i = 0; i < vocabulary.words_.size(); ++i)
    vocabulary.ids_.emplace(vocabulary.words_[i], kReservedIds + i);
  return vocabulary;
}

TaggerWordIds TaggerNetworkVocabulary::IdsOf(std::string_view form, std::int64_t buckets) const {
  const std::string key = WordKey(form);
  const std::string_view lower = key;
  TaggerWordIds ids;
  auto found = ids_.find(key);
  ids.word = found == ids_.end() ? kUnknownId : found->second;
  // Bytes, not characters: cheap, and the hash only needs to tell endings apart.
  int piece = 0;
  for (std::size_t length = 1; length <= 4; ++length) {
    const std::size_t n = std::min(length, lower.size());
    ids.spelling[piece] = Bucket(lower.substr(lower.size() - n), 20 + piece, buckets);
    ++piece;
  }
  for (std::size_t length = 1; length <= 3; ++length) {
    ids.spelling[piece] = Bucket(lower.substr(0, length), 20 + piece, buckets);
    ++piece;
  }
  ids.spelling[piece] = Bucket(WordShape(FeatureForm(form)), 20 + piece, buckets);
  return ids;
}

std::int64_t TaggerNetworkVocabulary::word_count() const {
  return kReservedIds + static_cast<std::int64_t>(words_.size());
}

void TaggerNetworkVocabulary::Save(ModelWriter& writer) const {
  writer.WriteU64(words_.size());
  for (const std::string& word : words_) writer.WriteString(word);
}

TaggerNetworkVocabulary TaggerNetworkVocabulary::Load(ModelReader& reader) {
  TaggerNetworkVocabulary vocabulary;
  vocabulary.words_.resize(reader.ReadCount(4));
  for (std::size_t i = 0; i < vocabulary.words_.size(); ++i) {
    vocabulary.words_[i] = reader.ReadString();
    vocabulary.ids_.emplace(vocabulary.words_[i], kReservedIds + i);
  }
  return vocabulary;
}

}  // namespace kgraph
