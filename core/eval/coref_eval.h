// Scoring coreference by the CoNLL-2012 metrics, as the reference scorer (conll/reference-
// coreference-scorers v8.01, scorer.pl and lib/CorScorer.pm) computes them: MUC (Vilain et al.
// 1995), B³ (Bagga & Baldwin 1998), CEAF-e (Luo 2005, entity-based, phi4 similarity, optimal
// one-to-one alignment of entities) and the CoNLL F1, the mean of the three F1 scores.
//
// Mentions are matched by their exact extent; a response mention that is not exactly a key
// mention is "twinless" and simply matches nothing, as in the reference scorer for predicted
// mentions:
// - MUC counts links: recall = correct / sum(|K| - 1), precision = correct / sum(|R| - 1), where
//   correct = sum over K, R of max(0, |K ∩ R| - 1). Twinless mentions add response links but no
//   correct ones; key singletons add nothing.
// - B³ averages over mentions: recall = sum over key mentions of |K ∩ R| / |K| divided by the
//   number of key mentions, precision the same over response mentions with |R|. A twinless
//   response mention counts in the precision denominator with 0 (so do twinless singletons).
// - CEAF-e: phi4(K, R) = 2 |K ∩ R| / (|K| + |R|), the best one-to-one alignment of key and
//   response entities (Kuhn-Munkres); recall = its total / #key entities, precision = its total /
//   #response entities.
// The reference scorer's treatment of duplicates is kept too: a response mention repeated (in
// the same or another cluster) counts only where it first appears, and a key mention repeated in
// two key clusters counts in both but belongs to the last.
//
// Scores over a corpus add up the numerators and denominators of each document before dividing,
// as scorer.pl does; the CoNLL F1 averages the three corpus-level F1s.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kgraph {

// A mention: words [begin, end) of sentence `sentence` of a document (0-based, half-open, like
// ByteSpan). Two mentions match when all three fields are equal.
struct CorefMention {
  int sentence = 0;
  int begin = 0;
  int end = 0;

  friend auto operator<=>(const CorefMention&, const CorefMention&) = default;
};

// One document's entities, each a cluster of the mentions that refer to it. A reader of gold
// annotations (GUM's Entity brackets) or a resolver fills it; the scorer needs nothing else.
struct CorefDocument {
  std::vector<std::vector<CorefMention>> clusters;
};

// Numerators and denominators of one metric, as the reference scorer returns them. Recall,
// precision and F1 are 0 when their denominator is 0.
struct CorefCounts {
  double recall_num = 0;
  double recall_den = 0;
  double precision_num = 0;
  double precision_den = 0;

  double Recall() const;
  double Precision() const;
  double F1() const;
  CorefCounts& operator+=(const CorefCounts& other);
};

struct CorefScores {
  CorefCounts mentions;  // exact-span mention identification ("Identification of Mentions")
  CorefCounts muc;
  CorefCounts b_cubed;
  CorefCounts ceaf_e;

  // (MUC F1 + B³ F1 + CEAF-e F1) / 3.
  double ConllF1() const;
  CorefScores& operator+=(const CorefScores& other);
};

struct CorefEvalOptions {
  // false: clusters of one mention are removed from key and response before scoring (the
  // "singletons excluded" setting of issue #5 and of OntoNotes-style evaluation).
  bool keep_singletons = true;
};

// Scores one document's response against its key.
CorefScores ScoreCoref(const CorefDocument& key, const CorefDocument& response,
                       const CorefEvalOptions& options = {});

// Exact-span mention identification alone (scorer.pl's "Identification of Mentions"): recall
// over the distinct key extents, precision over the distinct response extents. Cheaper than
// ScoreCoref when only the mentions matter (CEAF's alignment is cubic in the entities).
CorefCounts ScoreMentions(const CorefDocument& key, const CorefDocument& response);

// Scores a corpus: document i of `responses` against document i of `keys`, counts added up.
// Throws kgraph::Error when the two lists differ in length.
CorefScores ScoreCorefCorpus(const std::vector<CorefDocument>& keys,
                             const std::vector<CorefDocument>& responses,
                             const CorefEvalOptions& options = {});

// A report: one line per metric with recall, precision and F1 (percentages, two decimals) and
// the counts, then a last line exactly of the form "muc=61.20 b3=55.10 ceafe=50.02 conll=55.44".
std::string FormatCorefScores(const CorefScores& scores);

}  // namespace kgraph
