// Reading CoNLL-U (Universal Dependencies' 10-column format), for training and evaluation.
//
// The reader keeps what kgraph learns from or scores against: sentence comments, syntactic
// words with all columns, and multiword tokens (so raw text can be aligned by characters).
// Empty nodes (decimal ids) belong to enhanced dependencies only and are skipped.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

struct ConlluWord {
  int id = 0;  // 1-based
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;
  int head = 0;  // 0 = root
  std::string deprel;
  std::string misc;
  std::uint64_t line = 0;  // 1-based line of the word in the file (for errors about its MISC)

  bool SpaceAfter() const;  // false when MISC holds SpaceAfter=No
};

// A multiword token such as "29-30 didn't": words first..last share one surface token.
struct ConlluMultiword {
  int first = 0;
  int last = 0;
  std::string form;
  std::string misc;
};

struct ConlluSentence {
  std::string sent_id;                // "# sent_id = ..."
  std::string text;                   // "# text = ..."
  std::string newdoc_id;              // "# newdoc id = ..." when this sentence starts a document
  bool newpar = false;                // "# newpar" seen before this sentence
  std::vector<std::string> comments;  // every comment line, without "# "
  std::vector<ConlluWord> words;
  std::vector<ConlluMultiword> multiwords;
  std::uint64_t line = 0;  // 1-based line of the sentence's first line in the file
};

// Reads every sentence of `in`. Throws kgraph::Error naming `source` and the line on a
// malformed line (wrong column count, non-numeric id or head, ids out of order).
std::vector<ConlluSentence> ReadConllu(std::istream& in, const std::string& source);

// Opens and reads a file; throws kgraph::Error when it cannot be opened.
std::vector<ConlluSentence> ReadConlluFile(const std::string& path);

// Builds a Document whose tokens are exactly the gold syntactic words of `sentences` (one
// Sentence each), for scoring a tagger or parser on gold tokenization. The text is the words
// joined by single spaces, so every token's span covers its own form; gold tags are not copied.
Document DocumentFromGoldWords(const std::vector<ConlluSentence>& sentences,
                               std::string id = "conllu");

// Copies the gold tags, lemmas and trees of `sentences` into `doc`, a document made from them by
// DocumentFromGoldWords: for stages that are tested or scored on gold analyses.
void CopyGoldAnalysis(const std::vector<ConlluSentence>& sentences, Document& doc);

}  // namespace kgraph
