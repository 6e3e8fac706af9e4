#include "core/tagger/tagger.h"

#include <algorithm>
#include <limits>

#include "core/error.h"
#include "core/io/model_file.h"
#include "core/tagger/greedy_decoder.h"

namespace kgraph {
namespace {

bool IsFiniteVerb(const TagPair& tag) {
  return (tag.upos == Upos::kVerb || tag.upos == Upos::kAux) &&
         (tag.xpos == "VBZ" || tag.xpos == "VBP" || tag.xpos == "VBD");
}

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
               LinearModel second_pass, LinearModel backward_pass, Lemmatizer lemmatizer)
    : tags_(std::move(tags)),
      dictionary_(std::move(dictionary)),
      first_(std::move(first_pass)),
      second_(std::move(second_pass)),
      backward_(std::move(backward_pass)),
      lemmatizer_(std::move(lemmatizer)) {}

std::vector<int> Tagger::PredictFirstPass(const SentenceContext& context,
                                          std::vector<float>* scores, float weight) const {
  const int classes = static_cast<int>(tags_.size());
  return DecodeGreedy(first_, classes, context, {},
                      [&](int i, std::span<const FeatureHash>, int, std::span<const float> word) {
                        if (scores == nullptr) return;
                        for (int c = 0; c < classes; ++c) {
                          (*scores)[i * classes + c] += weight * word[c];
                        }
                      });
}

std::vector<float> Tagger::SecondPassScores(const SentenceContext& context,
                                            const std::vector<std::string_view>& forms,
                                            const std::vector<int>& first, bool reversed) const {
  const int classes = static_cast<int>(tags_.size());
  const int n = static_cast<int>(forms.size());
  std::vector<float> scores(forms.size() * classes);
  auto keep = [&](int i, std::span<const FeatureHash>, int, std::span<const float> word_scores) {
    const int word = reversed ? n - 1 - i : i;
    std::copy(word_scores.begin(), word_scores.end(), scores.begin() + word * classes);
  };
  if (!reversed) {
    DecodeGreedy(second_, classes, context, first, keep);
  } else {
    std::vector<std::string_view> backward_forms(forms.rbegin(), forms.rend());
    std::vector<int> backward_first(first.rbegin(), first.rend());
    DecodeGreedy(backward_, classes, SentenceContext(backward_forms, dictionary_), backward_first,
                 keep);
  }
  return scores;
}

std::vector<float> Tagger::PerceptronScores(const std::vector<std::string_view>& forms) const {
  // Tuned on EWT dev: the first pass's vote at half weight adds about 0.03 UPOS.
  constexpr float kFirstPassVote = 0.5f;
  std::vector<float> first_scores(forms.size() * tags_.size());
  const SentenceContext context(forms, dictionary_);
  std::vector<int> first = PredictFirstPass(context, &first_scores, kFirstPassVote);
  if (second_.weight_count() == 0 || forms.empty()) return first_scores;
  std::vector<float> scores = SecondPassScores(context, forms, first, /*reversed=*/false);
  if (backward_.weight_count() > 0) {
    std::vector<float> backward = SecondPassScores(context, forms, first, /*reversed=*/true);
    for (std::size_t k = 0; k < scores.size(); ++k) scores[k] += backward[k] + first_scores[k];
  }
  return scores;
}

std::vector<int> Tagger::Predict(const std::vector<std::string_view>& forms,
                                 const TaggingOptions& options) const {
  std::vector<float> log_probabilities;
  if (network_) log_probabilities = std::move(network_->LogProbabilities({&forms, 1})[0]);
  return Decide(forms, PerceptronScores(forms), log_probabilities, options);
}

std::vector<int> Tagger::Decide(const std::vector<std::string_view>& forms,
                                std::vector<float> scores, std::span<const float> log_probabilities,
                                const TaggingOptions& options) const {
  if (network_) {
    const float vote = network_->perceptron_vote();
    for (std::size_t k = 0; k < scores.size(); ++k)
      scores[k] = vote * scores[k] + log_probabilities[k];
  }
  const std::size_t classes = tags_.size();
  std::vector<int> predicted(forms.size());
  for (std::size_t i = 0; i < forms.size(); ++i) {
    predicted[i] = ArgMax(std::span<const float>(scores).subspan(i * classes, classes));
  }
  if (options.prose) RequireFiniteVerb(forms, scores, predicted);
  return predicted;
}

// A full sentence of prose has a finite verb (see TaggingOptions::prose). Greedy tagging
// sometimes loses it after a long name ("… Council Nikolai Patrushev hopes/NNS for progress"):
// then the word whose finite-verb reading scored closest to its chosen tag becomes that verb.
void Tagger::RequireFiniteVerb(const std::vector<std::string_view>& forms,
                               const std::vector<float>& scores,
                               std::vector<int>& predicted) const {
  constexpr std::size_t kMinWords = 6;
  if (forms.size() < kMinWords || forms.back() != ".") return;
  for (int tag : predicted) {
    if (IsFiniteVerb(tags_[tag]) || tags_[tag].xpos == "MD") return;
  }
  const std::size_t classes = tags_.size();
  float best_margin = -std::numeric_limits<float>::infinity();
  int best_word = -1, best_tag = -1;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    for (std::size_t c = 0; c < classes; ++c) {
      if (!IsFiniteVerb(tags_[c]) || tags_[c].upos != Upos::kVerb) continue;
      float margin = scores[i * classes + c] - scores[i * classes + predicted[i]];
      if (margin > best_margin) best_margin = margin, best_word = static_cast<int>(i), best_tag = c;
    }
  }
  if (best_word >= 0) predicted[best_word] = best_tag;
}

void Tagger::Tag(Document& doc, const TaggingOptions& options) const {
  // The network runs on batches of sentences: its recurrent step then multiplies the states of
  // the whole batch by its weights at once.
  constexpr std::size_t kBatchSentences = 32;
  std::vector<std::vector<std::string_view>> batch;
  for (std::size_t first = 0; first < doc.sentences.size(); first += kBatchSentences) {
    const std::size_t end = std::min(doc.sentences.size(), first + kBatchSentences);
    batch.clear();
    for (std::size_t s = first; s < end; ++s) {
      batch.emplace_back();
      for (const Token& token : doc.sentences[s].tokens) batch.back().push_back(doc.Form(token));
    }
    std::vector<std::vector<float>> log_probabilities(batch.size());
    if (network_) log_probabilities = network_->LogProbabilities(batch);
    for (std::size_t s = first; s < end; ++s) {
      const std::vector<std::string_view>& forms = batch[s - first];
      const std::vector<int> predicted =
          Decide(forms, PerceptronScores(forms), log_probabilities[s - first], options);
      std::vector<Token>& tokens = doc.sentences[s].tokens;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        const TagPair& tag = tags_[predicted[i]];
        tokens[i].upos = tag.upos;
        tokens[i].xpos = tag.xpos;
        tokens[i].lemma = lemmatizer_.Lemmatize(forms[i], tag.xpos);
      }
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
  backward_.Save(writer);
  lemmatizer_.Save(writer);
  writer.WriteU8(network_ ? 1 : 0);
  if (network_) network_->Save(writer);
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
  LinearModel backward = LinearModel::Load(reader);
  if (first.class_count() != static_cast<int>(tags.size()) ||
      second.class_count() != first.class_count() ||
      backward.class_count() != first.class_count()) {
    reader.Fail("tagger model and tag set disagree");
  }
  Lemmatizer lemmatizer = Lemmatizer::Load(reader);
  std::optional<TaggerNetworkScorer> network;
  if (reader.ReadU8() != 0) {
    network = TaggerNetworkScorer::Load(reader);
    if (network->sizes().classes != static_cast<std::int64_t>(tags.size()))
      reader.Fail("tagger network and tag set disagree");
  }
  reader.ExpectEnd();
  auto tagger =
      std::make_unique<Tagger>(std::move(tags), std::move(dictionary), std::move(first),
                               std::move(second), std::move(backward), std::move(lemmatizer));
  tagger->SetNetwork(std::move(network));
  return tagger;
}

}  // namespace kgraph
