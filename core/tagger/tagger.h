// The tagger stage: universal and Penn part-of-speech tags and lemmas for every token.
//
// A greedy averaged-perceptron tagger (Collins 2002) whose classes are the (UPOS, XPOS) pairs
// seen in training, so both tag sets come from one consistent decision. It runs twice: left to
// right, then again with the first pass's tags of the words to the right as features (the
// bidirectional context of Toutanova et al. 2003 at greedy cost), once more right to left, and
// the passes vote by summing their scores (the first with half weight). When the model has a
// neural network (tagger_network_scorer.h: a bidirectional LSTM over words and their spelling,
// which never sees the perceptron's tags), its log-probabilities for the same classes join the
// vote. Lemmas come from the rule-based Lemmatizer. Load() reads a model trained by
// TrainTagger() and, for the network, TrainTaggerNetwork().
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/tagger/features.h"
#include "core/tagger/lemmatizer.h"
#include "core/tagger/perceptron.h"
#include "core/tagger/tagger_network_scorer.h"
#include "core/text/document.h"
#include "core/text/upos.h"

namespace kgraph {

// One tagger class: a UPOS with the Penn tag it goes with.
struct TagPair {
  Upos upos = Upos::kX;
  std::string xpos;
  friend bool operator==(const TagPair&, const TagPair&) = default;
};

// How to tag: what the text is known to be.
struct TaggingOptions {
  // Edited prose (what kgraph's pipeline reads): a sentence of six or more words ending in "." has
  // a finite verb, and when the tagger found none, the likeliest finite-verb reading is taken
  // ("… Council Nikolai Patrushev hopes/VBZ for progress"). Off for web text and evaluation:
  // EWT has many verbless fragments, where the rule costs 0.2 UPOS.
  bool prose = false;
};

class Tagger {
 public:
  // The passes: `first_pass` left to right; `second_pass` left to right again with the first
  // pass's tags as right context; `backward_pass` right to left with the same context, its
  // scores summed with the second pass's. A pass without weights is skipped.
  Tagger(std::vector<TagPair> tags, TagDictionary dictionary, LinearModel first_pass,
         LinearModel second_pass, LinearModel backward_pass, Lemmatizer lemmatizer);

  // Reads a model file; throws kgraph::Error naming the file and offset when it is missing,
  // truncated, corrupted or of another version.
  static std::unique_ptr<Tagger> Load(const std::string& path);
  void Save(const std::string& path) const;

  // Adds the neural network to the vote (or, with nullopt, removes it).
  void SetNetwork(std::optional<TaggerNetworkScorer> network) { network_ = std::move(network); }
  const std::optional<TaggerNetworkScorer>& network() const { return network_; }

  // Tags and lemmatizes every sentence of `doc` in place.
  void Tag(Document& doc, const TaggingOptions& options = {}) const;
  // The class ids of `forms`, one per word: the best class of each word by the vote of the
  // perceptron's passes and the network.
  std::vector<int> Predict(const std::vector<std::string_view>& forms,
                           const TaggingOptions& options = {}) const;
  // The perceptron passes' summed class scores of `forms`, row i = word i.
  std::vector<float> PerceptronScores(const std::vector<std::string_view>& forms) const;
  // The first pass's tags; its per-word scores are added to `scores` (rows of class scores)
  // times `weight` when `scores` is not null.
  std::vector<int> PredictFirstPass(const SentenceContext& context, std::vector<float>* scores,
                                    float weight) const;
  // Per-word class scores of a second pass, row i = word i (`reversed`: the backward pass, run
  // over the reversed sentence and returned in sentence order). `context` is that of `forms`.
  std::vector<float> SecondPassScores(const SentenceContext& context,
                                      const std::vector<std::string_view>& forms,
                                      const std::vector<int>& first, bool reversed) const;

  const std::vector<TagPair>& tags() const { return tags_; }
  const TagDictionary& dictionary() const { return dictionary_; }
  std::size_t weight_count() const {
    return first_.weight_count() + second_.weight_count() + backward_.weight_count();
  }

 private:
  // The best class of each word by the perceptron's `scores` times `vote` plus the network's
  // `log_probabilities` (empty without a network).
  std::vector<int> Decide(const std::vector<std::string_view>& forms, std::vector<float> scores,
                          std::span<const float> log_probabilities,
                          const TaggingOptions& options) const;
  void RequireFiniteVerb(const std::vector<std::string_view>& forms,
                         const std::vector<float>& scores, std::vector<int>& predicted) const;

  std::vector<TagPair> tags_;
  TagDictionary dictionary_;
  LinearModel first_;
  LinearModel second_;
  LinearModel backward_;
  Lemmatizer lemmatizer_;
  std::optional<TaggerNetworkScorer> network_;
};

// Model file identity; bump the version whenever features or the layout change.
inline constexpr char kTaggerModelKind[] = "tagger";
inline constexpr std::uint32_t kTaggerModelVersion = 4;

}  // namespace kgraph
