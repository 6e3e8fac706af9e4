#include "core/tagger/tagger_network_scorer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/error.h"
#include "core/nn/int8_rows.h"
#include "core/nn/log_softmax.h"

namespace kgraph {
namespace {

// Which stored parameters are matrices (8-bit rows) and how many columns they have; the others,
// the biases, are stored as floats.
std::int64_t ColumnsOf(const std::string& name, const TaggerNetworkSizes& sizes,
                       std::int64_t count) {
  if (name == "word.weight") return sizes.word_dim;
  if (name == "spelling.weight") return sizes.spelling_dim;
  if (name.find(".weight") != std::string::npos) {
    const std::int64_t rows = name == "output.weight" ? sizes.classes : 4 * sizes.hidden;
    return count / rows;
  }
  return 0;
}

// The sizes stored in a model file, in order (the vocabulary's are implied by it).
std::vector<std::int64_t*> StoredSizes(TaggerNetworkSizes& sizes) {
  return {&sizes.classes,      &sizes.buckets, &sizes.word_dim,
          &sizes.spelling_dim, &sizes.hidden,  &sizes.layers};
}

}  // namespace

TaggerNetworkScorer::TaggerNetworkScorer(TaggerNetworkVocabulary vocabulary,
                                         const TaggerNetworkSizes& sizes, NamedWeights weights,
                                         float perceptron_vote)
    : vocabulary_(std::move(vocabulary)),
      sizes_(sizes),
      weights_(std::move(weights)),
      perceptron_vote_(perceptron_vote) {
  for (const auto& [name, count] : TaggerNetworkParameterSizes(sizes_)) {
    auto found = weights_.find(name);
    if (found == weights_.end()) throw Error("tagger network lacks the layer '" + name + "'");
    if (static_cast<std::int64_t>(found->second.size()) != count)
      throw Error("tagger network layer '" + name + "' has another size");
  }
  lstm_ = QuantizedBiLstm(weights_, "lstm", static_cast<int>(sizes_.layers),
                          static_cast<int>(sizes_.hidden));
  output_ = QuantizedMatrix(weights_.at("output.weight"), static_cast<int>(sizes_.classes),
                            static_cast<int>(2 * sizes_.hidden));
}

std::vector<float> TaggerNetworkScorer::Embed(
    std::span<const std::vector<std::string_view>> sentences, int rows) const {
  const std::int64_t width = sizes_.InputDim();
  std::vector<float> input(static_cast<std::size_t>(rows) * width);
  const float* words = weights_.at("word.weight").data();
  const float* spelling = weights_.at("spelling.weight").data();
  float* out = input.data();
  for (const std::vector<std::string_view>& forms : sentences) {
    for (std::string_view form : forms) {
      const TaggerWordIds ids = vocabulary_.IdsOf(form, sizes_.buckets);
      out = std::copy_n(words + ids.word * sizes_.word_dim, sizes_.word_dim, out);
      for (std::int64_t piece : ids.spelling)
        out = std::copy_n(spelling + piece * sizes_.spelling_dim, sizes_.spelling_dim, out);
    }
  }
  return input;
}

std::vector<std::vector<float>> TaggerNetworkScorer::LogProbabilities(
    std::span<const std::vector<std::string_view>> sentences) const {
  std::vector<int> words;
  for (const auto& forms : sentences) words.push_back(static_cast<int>(forms.size()));
  const BatchLayout layout = BatchLayout::Of(words);
  const std::vector<float> encoded = lstm_.Encode(Embed(sentences, layout.rows), layout);
  const int classes = static_cast<int>(sizes_.classes);
  std::vector<float> scores(static_cast<std::size_t>(layout.rows) * classes);
  const std::vector<float>& bias = weights_.at("output.bias");
  for (int r = 0; r < layout.rows; ++r)
    std::copy(bias.begin(), bias.end(), scores.begin() + static_cast<std::size_t>(r) * classes);
  output_.MultiplyTransposed(encoded.data(), layout.rows, scores.data(), true);
  LogSoftmaxRows(scores.data(), layout.rows, classes);
  std::vector<std::vector<float>> out(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto begin = scores.begin() + static_cast<std::ptrdiff_t>(layout.first[s]) * classes;
    out[s].assign(begin, begin + static_cast<std::ptrdiff_t>(layout.rows_of[s]) * classes);
  }
  return out;
}

void TaggerNetworkScorer::Save(ModelWriter& writer) const {
  vocabulary_.Save(writer);
  TaggerNetworkSizes sizes = sizes_;
  for (std::int64_t* value : StoredSizes(sizes))
    writer.WriteU64(static_cast<std::uint64_t>(*value));
  writer.WriteF32(perceptron_vote_);
  for (const auto& [name, count] : TaggerNetworkParameterSizes(sizes_)) {
    const std::vector<float>& values = weights_.at(name);
    const std::int64_t columns = ColumnsOf(name, sizes_, count);
    if (columns > 0) {
      WriteInt8Rows(writer, values, columns);
    } else {
      writer.WriteString(std::string_view(reinterpret_cast<const char*>(values.data()),
                                          values.size() * sizeof(float)));
    }
  }
}

TaggerNetworkScorer TaggerNetworkScorer::Load(ModelReader& reader) {
  TaggerNetworkVocabulary vocabulary = TaggerNetworkVocabulary::Load(reader);
  TaggerNetworkSizes sizes;
  for (std::int64_t* value : StoredSizes(sizes)) {
    const std::uint64_t stored = reader.ReadU64();
    if (stored == 0 || stored > (1u << 24)) reader.Fail("implausible layer size in tagger model");
    *value = static_cast<std::int64_t>(stored);
  }
  sizes.words = vocabulary.word_count();
  const float vote = reader.ReadF32();
  if (!std::isfinite(vote) || vote < 0) reader.Fail("implausible vote in tagger model");
  NamedWeights weights;
  for (const auto& [name, count] : TaggerNetworkParameterSizes(sizes)) {
    const std::int64_t columns = ColumnsOf(name, sizes, count);
    if (columns > 0) {
      weights[name] = ReadInt8Rows(reader, count, columns);
      continue;
    }
    const std::string_view bytes = reader.ReadView(reader.ReadU32());
    if (bytes.size() != static_cast<std::size_t>(count) * sizeof(float))
      reader.Fail("tagger network layer '" + name + "' has another size");
    std::vector<float>& values = weights[name];
    values.resize(count);
    std::memcpy(values.data(), bytes.data(), bytes.size());
  }
  return TaggerNetworkScorer(std::move(vocabulary), sizes, std::move(weights), vote);
}

}  // namespace kgraph
