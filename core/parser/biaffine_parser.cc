#include "core/parser/biaffine_parser.h"

#include <omp.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <map>

#include "core/error.h"
#include "core/parser/eisner.h"

namespace kgraph {
namespace {

static_assert(std::endian::native == std::endian::little,
              "model weights are stored as little-endian floats");

// The layer sizes a model file stores, in this order.
std::vector<std::int64_t*> StoredSizes(BiaffineSizes& sizes) {
  return {&sizes.buckets,    &sizes.word_dim,   &sizes.xpos_dim,  &sizes.upos_dim,
          &sizes.suffix_dim, &sizes.prefix_dim, &sizes.shape_dim, &sizes.hidden,
          &sizes.layers,     &sizes.arc_dim,    &sizes.label_dim};
}

// Eisner's decoding is cubic in the sentence length: over half the parse time of the 500-word
// runs the sentence splitter cuts from text without punctuation. Longer sentences are decoded
// in blocks of kBlockWords words, each block's tree exact, and the root word of every later
// block attached to that of the first: one root, no cycle, every word's head in its block.
constexpr int kExactDecodeWords = 150;
constexpr int kBlockWords = 100;

std::vector<int> BestHeads(const std::vector<float>& arcs, int n) {
  if (n <= kExactDecodeWords) return BestProjectiveTree(arcs, n);
  const int positions = n + 1;
  std::vector<int> heads(n);
  int first_root = 0;
  for (int begin = 1; begin <= n; begin += kBlockWords) {
    const int size = std::min(kBlockWords, n + 1 - begin);
    // The block's scores: position 0 is the root, position i the block's word i.
    const auto position = [&](int local) { return local == 0 ? 0 : begin + local - 1; };
    std::vector<float> block(static_cast<std::size_t>(size + 1) * (size + 1));
    for (int d = 1; d <= size; ++d) {
      for (int h = 0; h <= size; ++h)
        block[d * (size + 1) + h] = arcs[position(d) * positions + position(h)];
    }
    const std::vector<int> local = BestProjectiveTree(block, size);
    for (int w = 0; w < size; ++w) {
      int head = position(local[w]);
      if (local[w] == 0) {
        if (first_root == 0) {
          first_root = begin + w;
        } else {
          head = first_root;
        }
      }
      heads[begin - 1 + w] = head;
    }
  }
  return heads;
}

}  // namespace

BiaffineParser::BiaffineParser(BiaffineVocabulary vocabulary, const BiaffineSizes& sizes,
                               BiaffineWeights weights)
    : vocabulary_(std::move(vocabulary)),
      network_(WithVocabularySizes(sizes, vocabulary_), std::move(weights)),
      root_label_(RootLabel(vocabulary_.labels())) {}

Parser::Tree BiaffineParser::Predict(const std::vector<ParseWord>& words) const {
  return PredictBatch(std::span(&words, 1)).front();
}

std::vector<Parser::Tree> BiaffineParser::PredictBatch(
    std::span<const std::vector<ParseWord>> sentences) const {
  // Batches of a few hundred words: enough to share the matrix products across sentences, few
  // enough to keep the batch's activations in the cache.
  constexpr std::size_t kBatchWords = 512;
  std::vector<Tree> trees;
  trees.reserve(sentences.size());
  for (std::size_t first = 0; first < sentences.size();) {
    std::vector<std::vector<BiaffineWordIds>> batch;
    for (std::size_t words = 0; first < sentences.size() && words < kBatchWords; ++first) {
      std::vector<BiaffineWordIds>& ids = batch.emplace_back();
      ids.reserve(sentences[first].size());
      for (const ParseWord& word : sentences[first])
        ids.push_back(vocabulary_.IdsOf(word, network_.sizes().buckets));
      words += ids.size();
    }
    for (const BiaffineInference::Scores& scores : network_.Score(batch))
      trees.push_back(Decode(scores));
  }
  return trees;
}

Parser::Tree BiaffineParser::Decode(const BiaffineInference::Scores& scores) const {
  Tree tree;
  const int n = scores.positions - 1;
  if (n == 0) return tree;
  const std::vector<int> heads = BestHeads(scores.arcs, n);
  const std::vector<float> label_scores = network_.LabelScores(scores, heads);
  const int labels = static_cast<int>(vocabulary_.labels().size());
  for (int d = 1; d <= n; ++d) {
    const int head = heads[d - 1];
    const float* row = label_scores.data() + static_cast<std::size_t>(d - 1) * labels;
    // "root" exactly on the arc from the root.
    int best = -1;
    for (int l = 0; l < labels; ++l) {
      if (root_label_ >= 0 && (l == root_label_) != (head == 0)) continue;
      if (best < 0 || row[l] > row[best]) best = l;
    }
    tree.heads.push_back(head - 1);  // -1 = the root
    tree.labels.push_back(best);
  }
  return tree;
}

void BiaffineParser::SavePayload(ModelWriter& writer) const {
  vocabulary_.Save(writer);
  BiaffineSizes sizes = network_.sizes();
  for (std::int64_t* value : StoredSizes(sizes))
    writer.WriteU64(static_cast<std::uint64_t>(*value));
  const auto parameters = BiaffineParameterSizes(sizes);
  writer.WriteU64(parameters.size());
  for (const auto& [name, count] : parameters) {
    writer.WriteString(name);
    const std::vector<float>& values = network_.weights().at(name);
    writer.WriteString(std::string_view(reinterpret_cast<const char*>(values.data()),
                                        values.size() * sizeof(float)));
  }
}

std::unique_ptr<BiaffineParser> BiaffineParser::LoadPayload(ModelReader& reader) {
  BiaffineVocabulary vocabulary = BiaffineVocabulary::Load(reader);
  BiaffineSizes sizes;
  for (std::int64_t* value : StoredSizes(sizes)) {
    const std::uint64_t stored = reader.ReadU64();
    if (stored == 0 || stored > (1u << 24)) reader.Fail("implausible layer size in parser model");
    *value = static_cast<std::int64_t>(stored);
  }
  sizes = WithVocabularySizes(sizes, vocabulary);
  std::map<std::string, std::int64_t> expected;
  for (const auto& [name, count] : BiaffineParameterSizes(sizes)) expected.emplace(name, count);
  if (reader.ReadU64() != expected.size()) reader.Fail("parser model has other layers");
  BiaffineWeights weights;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const std::string name = reader.ReadString();
    const auto size = expected.find(name);
    if (size == expected.end() || weights.count(name)) {
      reader.Fail("parser model has an unexpected layer '" + name + "'");
    }
    const std::string_view bytes = reader.ReadView(reader.ReadU32());
    if (bytes.size() != static_cast<std::size_t>(size->second) * sizeof(float)) {
      reader.Fail("parser model layer '" + name + "' has another size");
    }
    std::vector<float>& values = weights[name];
    values.resize(size->second);
    std::memcpy(values.data(), bytes.data(), bytes.size());
  }
  return std::make_unique<BiaffineParser>(std::move(vocabulary), sizes, std::move(weights));
}

void BiaffineParser::Save(const std::string& path) const {
  ModelWriter writer;
  SavePayload(writer);
  SaveModelFile(path, kBiaffineParserModelKind, kBiaffineParserModelVersion, writer);
}

std::unique_ptr<BiaffineParser> BiaffineParser::Load(const std::string& path) {
  // BLAS would spread the larger matrix products over every core; kgraph analyses a document on
  // one core (the benchmarks measure that), so the process's OpenMP threads are set to one.
  omp_set_num_threads(1);
  ModelReader reader = LoadModelFile(path, kBiaffineParserModelKind, kBiaffineParserModelVersion);
  std::unique_ptr<BiaffineParser> parser = LoadPayload(reader);
  reader.ExpectEnd();
  return parser;
}

}  // namespace kgraph
