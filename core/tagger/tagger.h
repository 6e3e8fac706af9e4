// The tagger stage: universal and Penn part-of-speech tags and lemmas for every token.
//
// A greedy averaged-perceptron tagger (Collins 2002) whose classes are the (UPOS, XPOS) pairs
// seen in training, so both tag sets come from one consistent decision. It runs twice: left to
// right, then again with the first pass's tags of the words to the right as features (the
// bidirectional context of Toutanova et al. 2003 at greedy cost). Lemmas come from the
// rule-based Lemmatizer. Load() reads a model trained by TrainTagger().
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/tagger/features.h"
#include "core/tagger/lemmatizer.h"
#include "core/tagger/perceptron.h"
#include "core/text/document.h"
#include "core/text/upos.h"

namespace kgraph {

// One tagger class: a UPOS with the Penn tag it goes with.
struct TagPair {
  Upos upos = Upos::kX;
  std::string xpos;
  friend bool operator==(const TagPair&, const TagPair&) = default;
};

class Tagger {
 public:
  // `second_pass` may be empty (no weights): then the first pass decides alone.
  Tagger(std::vector<TagPair> tags, TagDictionary dictionary, LinearModel first_pass,
         LinearModel second_pass, Lemmatizer lemmatizer);

  // Reads a model file; throws kgraph::Error naming the file and offset when it is missing,
  // truncated, corrupted or of another version.
  static std::unique_ptr<Tagger> Load(const std::string& path);
  void Save(const std::string& path) const;

  // Tags and lemmatizes every sentence of `doc` in place.
  void Tag(Document& doc) const;
  // The class ids of `forms`, one per word: a greedy left-to-right pass, then a second pass that
  // also sees the first pass's tags to the right (bidirectional context).
  std::vector<int> Predict(const std::vector<std::string_view>& forms) const;
  std::vector<int> PredictFirstPass(const SentenceContext& context) const;

  const std::vector<TagPair>& tags() const { return tags_; }
  const TagDictionary& dictionary() const { return dictionary_; }
  std::size_t weight_count() const { return first_.weight_count() + second_.weight_count(); }

 private:
  std::vector<TagPair> tags_;
  TagDictionary dictionary_;
  LinearModel first_;
  LinearModel second_;
  Lemmatizer lemmatizer_;
};

// Model file identity; bump the version whenever features or the layout change.
inline constexpr char kTaggerModelKind[] = "tagger";
inline constexpr std::uint32_t kTaggerModelVersion = 2;

}  // namespace kgraph
