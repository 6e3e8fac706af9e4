#include "core/parser/parser.h"

#include <algorithm>

#include "core/error.h"
#include "core/io/model_file.h"
#include "core/parser/biaffine_parser.h"
#include "core/parser/transition_parser.h"

namespace kgraph {
namespace {

std::vector<ParseWord> ParseWordsOf(const Document& doc, const Sentence& sentence) {
  std::vector<ParseWord> words;
  words.reserve(sentence.tokens.size());
  for (const Token& token : sentence.tokens)
    words.push_back({doc.Form(token), token.upos, token.xpos});
  return words;
}

void Apply(const Parser::Tree& tree, const std::vector<std::string>& labels, Sentence& sentence) {
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    sentence.tokens[i].head = tree.heads[i];
    sentence.tokens[i].deprel = labels[tree.labels[i]];
  }
}

}  // namespace

int RootLabel(const std::vector<std::string>& labels) {
  if (labels.size() < 2) return -1;  // a lone relation must be allowed everywhere
  auto root = std::find(labels.begin(), labels.end(), "root");
  return root == labels.end() ? -1 : static_cast<int>(root - labels.begin());
}

std::unique_ptr<Parser> Parser::Load(const std::string& path) {
  const std::string kind = ModelFileKind(path);
  if (kind == kTransitionParserModelKind) return TransitionParser::Load(path);
  if (kind == kBiaffineParserModelKind) return BiaffineParser::Load(path);
  throw Error("model file holds a '" + kind + "' model, expected a parser", {path, {}, {}});
}

std::vector<Parser::Tree> Parser::PredictBatch(
    std::span<const std::vector<ParseWord>> sentences) const {
  std::vector<Tree> trees;
  trees.reserve(sentences.size());
  for (const std::vector<ParseWord>& words : sentences) trees.push_back(Predict(words));
  return trees;
}

void Parser::ParseSentence(const Document& doc, Sentence& sentence) const {
  Apply(Predict(ParseWordsOf(doc, sentence)), labels(), sentence);
}

void Parser::Parse(Document& doc) const {
  std::vector<std::vector<ParseWord>> sentences;
  sentences.reserve(doc.sentences.size());
  for (const Sentence& sentence : doc.sentences) sentences.push_back(ParseWordsOf(doc, sentence));
  const std::vector<Tree> trees = PredictBatch(sentences);
  for (std::size_t s = 0; s < trees.size(); ++s) Apply(trees[s], labels(), doc.sentences[s]);
}

}  // namespace kgraph
