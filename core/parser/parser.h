// The parser stage: a labeled dependency tree (Universal Dependencies relations) for every
// sentence.
//
// Two implementations share this interface, and Load() picks the one a model file holds:
// - TransitionParser (transition_parser.h): greedy arc-hybrid transitions scored by an averaged
//   perceptron over sparse features; fast, projective trees only.
// - BiaffineParser (biaffine_parser.h): a bidirectional LSTM with biaffine arc and relation
//   scorers (Dozat & Manning 2017) and exact projective decoding; more accurate, slower.
// Either way every sentence gets a well-formed tree: exactly one root, no cycles, every token
// attached.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/parser/parse_features.h"
#include "core/text/document.h"

namespace kgraph {

class Parser {
 public:
  virtual ~Parser() = default;

  // Reads a model file of either kind; throws kgraph::Error naming the file and offset when it
  // is missing, truncated, corrupted, of an unknown kind or of another version.
  static std::unique_ptr<Parser> Load(const std::string& path);
  virtual void Save(const std::string& path) const = 0;

  // The tree of one sentence given as parser input words: heads (0-based, -1 = root) and
  // relation ids into labels().
  struct Tree {
    std::vector<int> heads;
    std::vector<int> labels;
  };
  virtual Tree Predict(const std::vector<ParseWord>& words) const = 0;
  // The trees of several sentences, in order, each what Predict() gives it. The biaffine parser
  // analyses them together, sharing its matrix products; the default calls Predict() on each.
  virtual std::vector<Tree> PredictBatch(std::span<const std::vector<ParseWord>> sentences) const;

  virtual const std::vector<std::string>& labels() const = 0;

  // Fills Token::head and Token::deprel of every token of every sentence of `doc`. Reads the
  // forms and the tags (Token::upos, Token::xpos), so the tagger must have run first.
  void Parse(Document& doc) const;
  void ParseSentence(const Document& doc, Sentence& sentence) const;
};

// The id of UD's "root" relation in `labels`, or -1 (also when it is the only relation).
int RootLabel(const std::vector<std::string>& labels);

}  // namespace kgraph
