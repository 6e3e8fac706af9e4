#include "core/tagger/tagger_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <random>

#include "core/error.h"
#include "core/eval/tagging_eval.h"
#include "core/learn/parallel_jobs.h"
#include "core/learn/shuffle.h"
#include "core/tagger/greedy_decoder.h"

namespace kgraph {
namespace {

struct Example {
  std::vector<std::string_view> forms;
  std::vector<int> tags;
};

std::string TagKey(const ConlluWord& word) { return word.upos + "\t" + word.xpos; }

// Every (UPOS, XPOS) pair of the training data, in sorted order so class ids are reproducible.
std::vector<TagPair> CollectTags(const std::vector<ConlluSentence>& train,
                                 std::map<std::string, int>& id_of) {
  for (const ConlluSentence& sentence : train) {
    for (const ConlluWord& word : sentence.words) id_of.emplace(TagKey(word), 0);
  }
  if (id_of.size() > 255) throw Error("more than 255 (UPOS, XPOS) pairs in the training data");
  std::vector<TagPair> tags;
  for (auto& [key, id] : id_of) {
    std::size_t tab = key.find('\t');
    std::optional<Upos> upos = ParseUpos(key.substr(0, tab));
    if (!upos) throw Error("unknown UPOS '" + key.substr(0, tab) + "' in the training data");
    id = static_cast<int>(tags.size());
    tags.push_back({*upos, key.substr(tab + 1)});
  }
  return tags;
}

TagDictionary BuildDictionary(const std::vector<ConlluSentence>& train,
                              const std::map<std::string, int>& id_of, int min_count) {
  std::map<std::string, std::map<int, int>> counts;
  for (const ConlluSentence& sentence : train) {
    for (const ConlluWord& word : sentence.words) {
      int tag = id_of.at(TagKey(word));
      ++counts[LowercaseWord(word.form)][tag];
      ++counts[CasedKey(word.form)][tag];
    }
  }
  TagDictionary dictionary;
  for (const auto& [form, tags] : counts) {
    int total = 0;
    for (const auto& [tag, count] : tags) total += count;
    if (total < min_count) continue;
    // The class: every tag with at least 5% of the word's occurrences.
    FeatureHash ambiguity = HashBytes("ambiguity", 0);
    for (const auto& [tag, count] : tags) {
      if (20 * count >= total) ambiguity = HashBytes(std::to_string(tag), ambiguity);
    }
    dictionary.Set(form, ambiguity);
  }
  return dictionary;
}

Lemmatizer TrainLemmatizer(const std::vector<ConlluSentence>& train) {
  LemmatizerTrainer trainer;
  for (const ConlluSentence& sentence : train) {
    for (const ConlluWord& word : sentence.words) trainer.Add(word.form, word.xpos, word.lemma);
  }
  return trainer.Build();
}

// One epoch over `indices` in a fresh random order.
void TrainEpoch(PerceptronTrainer& trainer, const std::vector<Example>& examples,
                std::vector<std::size_t> indices, const TagDictionary& dictionary, int class_count,
                std::mt19937_64& engine, const std::vector<std::vector<int>>& first_pass) {
  Shuffle(indices, engine);
  for (std::size_t index : indices) {
    const Example& example = examples[index];
    SentenceContext context(example.forms, dictionary);
    std::span<const int> right =
        first_pass.empty() ? std::span<const int>() : std::span<const int>(first_pass[index]);
    DecodeGreedy(
        trainer, class_count, context, right,
        [&](int i, std::span<const FeatureHash> features, int predicted, std::span<const float>) {
          trainer.Update(features, example.tags[i], predicted);
        });
  }
}

std::vector<std::size_t> Range(std::size_t size) {
  std::vector<std::size_t> indices(size);
  for (std::size_t i = 0; i < size; ++i) indices[i] = i;
  return indices;
}

// One jackknife fold: first-pass tags of the sentences whose index is `fold` modulo `folds`,
// from a model trained on the others, written into `first_pass` (no other fold writes there).
void JackknifeFold(std::size_t fold, std::size_t folds, const std::vector<Example>& examples,
                   const TagDictionary& dictionary, int class_count,
                   const TaggerTrainingOptions& options,
                   std::vector<std::vector<int>>& first_pass) {
  std::vector<std::size_t> train_part, held_out;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    (i % folds == fold ? held_out : train_part).push_back(i);
  }
  PerceptronTrainer trainer(class_count);
  std::mt19937_64 engine(options.seed + 1 + fold);
  for (int epoch = 0; epoch < options.first_pass_iterations; ++epoch) {
    TrainEpoch(trainer, examples, train_part, dictionary, class_count, engine, {});
  }
  LinearModel model = trainer.Averaged().Compact(options.min_weight);
  for (std::size_t index : held_out) {
    SentenceContext context(examples[index].forms, dictionary);
    first_pass[index] = DecodeGreedy(model, class_count, context, {}, kIgnoreWord);
  }
}

}  // namespace

std::unique_ptr<Tagger> TrainTagger(const std::vector<ConlluSentence>& train,
                                    const std::vector<ConlluSentence>& dev,
                                    const TaggerTrainingOptions& options, std::ostream& log,
                                    std::vector<std::vector<TagPair>>* jackknifed_tags) {
  if (train.empty()) throw Error("no training sentences");
  std::map<std::string, int> id_of;
  std::vector<TagPair> tags = CollectTags(train, id_of);
  TagDictionary dictionary = BuildDictionary(train, id_of, options.dictionary_min_count);
  Lemmatizer lemmatizer = TrainLemmatizer(train);
  std::vector<Example> examples(train.size());
  for (std::size_t s = 0; s < train.size(); ++s) {
    for (const ConlluWord& word : train[s].words) {
      examples[s].forms.push_back(word.form);
      examples[s].tags.push_back(id_of.at(TagKey(word)));
    }
  }
  log << "tagger: " << train.size() << " sentences, " << tags.size() << " tag pairs, "
      << dictionary.entries().size() << " dictionary entries\n";
  const int class_count = static_cast<int>(tags.size());

  // The first pass and the jackknife folds (first-pass tags of every training sentence from
  // models that never saw it, so the second pass learns how far to trust first-pass tags on
  // unseen text) are independent, each with its own trainer and random engine: they run on
  // `threads` threads, and the models are the same for any count.
  constexpr std::size_t kFolds = 4;
  PerceptronTrainer first_trainer(class_count);
  std::mt19937_64 engine(options.seed);
  std::vector<std::vector<int>> first_pass(examples.size());
  std::vector<std::function<void()>> jobs = {[&] {
    for (int epoch = 0; epoch < options.first_pass_iterations; ++epoch) {
      TrainEpoch(first_trainer, examples, Range(examples.size()), dictionary, class_count, engine,
                 {});
    }
  }};
  for (std::size_t fold = 0; fold < kFolds; ++fold) {
    jobs.push_back([&, fold] {
      JackknifeFold(fold, kFolds, examples, dictionary, class_count, options, first_pass);
    });
  }
  RunParallelJobs(jobs, options.threads);
  LinearModel first = first_trainer.Averaged().Compact(options.min_weight);
  log << "tagger: first pass and " << kFolds << " jackknife folds trained (" << first.weight_count()
      << " weights)\n";
  if (jackknifed_tags != nullptr) {
    jackknifed_tags->assign(first_pass.size(), {});
    for (std::size_t s = 0; s < first_pass.size(); ++s) {
      for (int tag : first_pass[s]) (*jackknifed_tags)[s].push_back(tags[tag]);
    }
  }

  PerceptronTrainer second_trainer(class_count);
  for (int epoch = 1; epoch <= options.iterations; ++epoch) {
    TrainEpoch(second_trainer, examples, Range(examples.size()), dictionary, class_count, engine,
               first_pass);
  }
  LinearModel second = second_trainer.Averaged().Compact(options.min_weight);
  log << "tagger: second pass trained (" << second.weight_count() << " weights)\n";

  // The backward pass learns from the reversed sentences; each epoch is scored on dev with all
  // three passes, and the best epoch is kept.
  std::vector<Example> reversed = examples;
  std::vector<std::vector<int>> reversed_first = first_pass;
  for (std::size_t s = 0; s < reversed.size(); ++s) {
    std::reverse(reversed[s].forms.begin(), reversed[s].forms.end());
    std::reverse(reversed[s].tags.begin(), reversed[s].tags.end());
    std::reverse(reversed_first[s].begin(), reversed_first[s].end());
  }
  PerceptronTrainer backward_trainer(class_count);
  std::unique_ptr<Tagger> best;
  double best_upos = -1;
  for (int epoch = 1; epoch <= options.iterations; ++epoch) {
    auto start = std::chrono::steady_clock::now();
    TrainEpoch(backward_trainer, reversed, Range(reversed.size()), dictionary, class_count, engine,
               reversed_first);
    auto tagger = std::make_unique<Tagger>(tags, dictionary, first, second,
                                           backward_trainer.Averaged().Compact(options.min_weight),
                                           lemmatizer);
    TaggingScores scores = dev.empty() ? TaggingScores{} : EvaluateTagger(*tagger, dev);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[160];
    std::snprintf(line, sizeof(line),
                  "epoch %d: dev upos=%.2f xpos=%.2f lemma=%.2f (%zu weights, %.1fs)\n", epoch,
                  scores.Upos(), scores.Xpos(), scores.Lemma(), tagger->weight_count(), seconds);
    log << line << std::flush;
    if (dev.empty() || scores.Upos() > best_upos) {
      best_upos = scores.Upos();
      best = std::move(tagger);
      if (!options.checkpoint_path.empty()) best->Save(options.checkpoint_path);
    }
  }
  return best;
}

}  // namespace kgraph
