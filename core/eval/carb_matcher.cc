#include "core/eval/carb_matcher.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/eval/carb_text.h"

namespace kgraph {
namespace {

using Words = std::vector<std::string_view>;

// A tuple as the matcher sees it: relation words and at most two argument word lists.
struct BinaryTuple {
  Words relation;
  std::vector<Words> arguments;
};

// matcher.py: `args = [args[0], ' '.join(args[1:])]` when there are two or more arguments.
// Splitting the joined text gives the words of each argument in turn.
BinaryTuple Binarize(const CarbTuple& tuple) {
  BinaryTuple binary{carb::SplitWords(tuple.relation), {}};
  for (std::size_t i = 0; i < tuple.arguments.size(); ++i) {
    Words words = carb::SplitWords(tuple.arguments[i]);
    if (i < 2) {
      binary.arguments.push_back(std::move(words));
    } else {
      binary.arguments[1].insert(binary.arguments[1].end(), words.begin(), words.end());
    }
  }
  return binary;
}

// Removes the first occurrence of `word` from `words`; false when there is none.
bool RemoveFirst(Words& words, std::string_view word) {
  auto it = std::find(words.begin(), words.end(), word);
  if (it == words.end()) return false;
  words.erase(it);
  return true;
}

// The gold words that are found among the predicted words, each predicted word used once
// (matcher.py's `if w in predicted_words: ... predicted_words.remove(w)`). Returns the count;
// `predicted` keeps the words left over.
std::size_t CountMatches(const Words& gold, Words& predicted) {
  std::size_t matches = 0;
  for (std::string_view word : gold) matches += RemoveFirst(predicted, word) ? 1 : 0;
  return matches;
}

bool IsFormOfBe(const Words& words) {
  constexpr std::array<std::string_view, 8> kFormsOfBe = {"be",  "is",   "am",   "are",
                                                          "was", "were", "been", "being"};
  return std::any_of(kFormsOfBe.begin(), kFormsOfBe.end(), [&](std::string_view form) {
    return std::find(words.begin(), words.end(), form) != words.end();
  });
}

// matcher.py's linient_tuple_match on binarized tuples.
CarbMatch LenientMatch(const BinaryTuple& gold, const BinaryTuple& predicted) {
  Words left = predicted.relation;
  std::size_t matches = CountMatches(gold.relation, left);
  // A spare "be" in the system relation stands for the gold relation's form of "be".
  if (std::find(left.begin(), left.end(), "be") != left.end() && IsFormOfBe(gold.relation)) {
    ++matches;
  }
  if (matches == 0) return {};
  std::size_t precision_words = predicted.relation.size(), recall_words = gold.relation.size();
  std::size_t matched = matches;
  for (std::size_t i = 0; i < gold.arguments.size(); ++i) {
    recall_words += gold.arguments[i].size();
    if (i >= predicted.arguments.size()) {
      if (i < 2) return {};
      continue;
    }
    Words argument = predicted.arguments[i];
    precision_words += argument.size();
    matched += CountMatches(gold.arguments[i], argument);
  }
  auto share = [matched](std::size_t total) {
    return total == 0 ? 0.0 : static_cast<double>(matched) / static_cast<double>(total);
  };
  return {share(precision_words), share(recall_words)};
}

// binary_linient_tuple_match's test: `said_verb in ref.pred`, a substring test.
bool IsSaidType(const std::string& gold_relation) {
  for (std::string_view verb : {"said", "told", "added", "adds", "says"}) {
    if (gold_relation.find(verb) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

CarbMatch MatchCarbTuples(const CarbTuple& gold, const CarbTuple& predicted) {
  BinaryTuple binary_gold = Binarize(gold);
  BinaryTuple binary_predicted = Binarize(predicted);
  CarbMatch straight = LenientMatch(binary_gold, binary_predicted);
  if (!IsSaidType(gold.relation) || binary_predicted.arguments.size() < 2) return straight;
  // "X said Y" may be annotated with the report as arg1: try the arguments swapped.
  std::swap(binary_predicted.arguments[0], binary_predicted.arguments[1]);
  CarbMatch reversed = LenientMatch(binary_gold, binary_predicted);
  // Python's max() of two [precision, recall] lists: the first unless the second is greater.
  bool reversed_greater =
      reversed.precision > straight.precision ||
      (reversed.precision == straight.precision && reversed.recall > straight.recall);
  return reversed_greater ? reversed : straight;
}

}  // namespace kgraph
