// What the biaffine parser's network reads of a word, as ids: its lowercased form, tags and
// hashed spelling (suffix, prefix, shape), and the relation set. Built from the training data;
// saved with the model.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/io/model_file.h"
#include "core/parser/biaffine_sizes.h"
#include "core/parser/parse_features.h"

namespace kgraph {

struct BiaffineWordIds {
  std::int64_t word = 0, xpos = 0, upos = 0, suffix = 0, prefix = 0, shape = 0;
};

class BiaffineVocabulary {
 public:
  BiaffineVocabulary() = default;
  // Forms seen at least `min_count` times (lowercased), every XPOS, UPOS and relation of `train`,
  // each sorted so the ids do not depend on the order of the data.
  static BiaffineVocabulary Build(const std::vector<ConlluSentence>& train, int min_count = 2);

  // Ids of `word`; unknown forms and tags get kUnknownId. Spelling features are hashed into
  // `buckets` ids.
  BiaffineWordIds IdsOf(const ParseWord& word, std::int64_t buckets) const;
  // The ids of the artificial root that precedes every sentence.
  static BiaffineWordIds RootIds();

  // Sizes including the reserved ids.
  std::int64_t word_count() const;
  std::int64_t xpos_count() const;
  std::int64_t upos_count() const;
  const std::vector<std::string>& labels() const { return labels_; }
  int LabelId(const std::string& relation) const;  // -1 when unknown

  void Save(ModelWriter& writer) const;
  static BiaffineVocabulary Load(ModelReader& reader);

 private:
  void Index();

  std::vector<std::string> words_, xpos_, upos_, labels_;
  std::unordered_map<std::string, std::int64_t> word_ids_, xpos_ids_, upos_ids_;
  std::unordered_map<std::string, int> label_ids_;
};

// `sizes` with the vocabulary sizes of `vocabulary` (words, tags and relations).
BiaffineSizes WithVocabularySizes(BiaffineSizes sizes, const BiaffineVocabulary& vocabulary);

// Ids the vocabularies reserve: padding, unknown words or tags, and the artificial root.
inline constexpr std::int64_t kPaddingId = 0;
inline constexpr std::int64_t kUnknownId = 1;
inline constexpr std::int64_t kRootId = 2;
inline constexpr std::int64_t kReservedIds = 3;

}  // namespace kgraph
