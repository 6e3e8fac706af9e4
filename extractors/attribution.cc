#include "extractors/attribution.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "extractors/argument_span.h"

namespace kgraph {
namespace {

constexpr std::array<std::string_view, 36> kReportingVerbs = {
    "acknowledge", "add",     "admit",   "announce", "argue",     "assert",    "believe",  "claim",
    "comment",     "confirm", "declare", "deny",     "emphasise", "emphasize", "estimate", "expect",
    "explain",     "fear",    "hope",    "indicate", "insist",    "maintain",  "mention",  "note",
    "predict",     "recall",  "remark",  "reply",    "report",    "say",       "state",    "stress",
    "suggest",     "tell",    "think",   "warn"};

// A region of a sentence reported by a speaker.
struct Report {
  WordRange words;
  WordRange speaker;
};

bool Contains(WordRange range, int word) { return word >= range.begin && word < range.end; }

WordRange SpeakerOf(const DependencyTree& tree, const Clause& clause) {
  return HeadPhrase(tree, clause.subjects.front());
}

// The reports a reporting clause makes: its complement clauses, or, when it is a parenthetical
// ("“...,” he said", parataxis), the rest of the sentence it interrupts.
void AddReportsOf(const DependencyTree& tree, const Clause& clause, std::vector<Report>& out) {
  if (!IsReportingVerb(tree.LowerLemma(clause.main_verb))) return;
  const WordRange speaker = SpeakerOf(tree, clause);
  bool any = false;
  for (const ClauseArgument& argument : clause.arguments) {
    if (argument.role != ArgumentRole::kClause) continue;
    out.push_back({tree.Subtree(argument.head), speaker});
    any = true;
  }
  const int head = tree.Head(clause.predicate);
  if (!any && head >= 0 && IsRelation(tree.Relation(clause.predicate), "parataxis")) {
    const int own = clause.predicate;
    out.push_back({tree.Subtree(head, [own](int word) { return word == own; }), speaker});
  }
}

// "According to X, S": X reports the clause the phrase modifies.
void AddAccordingTo(const DependencyTree& tree, const Clause& clause, std::vector<Report>& out) {
  for (const ClauseArgument& argument : clause.arguments) {
    if (argument.marker < 0 || tree.LowerForm(argument.marker) != "according") continue;
    out.push_back({tree.Subtree(clause.predicate), HeadPhrase(tree, argument.head)});
  }
}

bool IsOpeningQuote(std::string_view form) { return form == "“" || form == "«" || form == "``"; }
bool IsClosingQuote(std::string_view form) { return form == "”" || form == "»" || form == "''"; }

// A quotation mark in the document, by sentence and word.
struct QuoteMark {
  std::size_t sentence = 0;
  int word = 0;
  bool opening = false;
};

std::vector<QuoteMark> QuoteMarks(const std::vector<AnalysedSentence>& sentences) {
  std::vector<QuoteMark> marks;
  bool inside_straight = false;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const DependencyTree& tree = *sentences[s].tree;
    for (int w = 0; w < tree.size(); ++w) {
      const std::string_view form = tree.Form(w);
      if (IsOpeningQuote(form) || IsClosingQuote(form)) {
        marks.push_back({s, w, IsOpeningQuote(form)});
      } else if (form == "\"") {
        inside_straight = !inside_straight;
        marks.push_back({s, w, inside_straight});
      }
    }
  }
  return marks;
}

// The speaker of a reporting clause that lies wholly after word `after` (or before `before`)
// in `sentence`.
std::optional<ByteSpan> SpeakerNear(const AnalysedSentence& sentence, int after, int before) {
  const DependencyTree& tree = *sentence.tree;
  for (const Clause& clause : sentence.clauses) {
    if (!IsReportingVerb(tree.LowerLemma(clause.main_verb))) continue;
    if (clause.predicate > after && clause.predicate < before) {
      return tree.Span(SpeakerOf(tree, clause));
    }
  }
  return std::nullopt;
}

// The speaker named right after a closing quotation mark by the words alone, for when the parse
// of the reporting clause failed: "…,” [the Russian official] told reporters" or "…,” said
// [Peskov]". At most kMaxSpeakerWords words, and none of them a verb.
constexpr int kMaxSpeakerWords = 6;

std::optional<ByteSpan> SurfaceSpeakerAfter(const DependencyTree& tree, int close) {
  int start = close + 1;
  while (start < tree.size() && tree.Tag(start) == Upos::kPunct) ++start;
  const int limit = std::min(tree.size(), start + kMaxSpeakerWords + 1);
  for (int verb = start; verb < limit; ++verb) {
    if (!IsReportingVerb(tree.LowerLemma(verb))) continue;
    WordRange speaker{start, verb};
    if (verb == start) {  // "said Peskov"
      speaker = {verb + 1, verb + 1};
      while (speaker.end < limit && tree.Tag(speaker.end) != Upos::kPunct) ++speaker.end;
    }
    for (int w = speaker.begin; w < speaker.end; ++w) {
      if (tree.Tag(w) == Upos::kVerb || tree.Tag(w) == Upos::kAux) return std::nullopt;
    }
    speaker = TrimPunctuation(tree, speaker);
    if (speaker.empty()) return std::nullopt;
    return tree.Span(speaker);
  }
  return std::nullopt;
}

// The speaker of the reporting clause of sentence `s`, if it has exactly one: for a quotation
// that opens a sentence right after "X told reporters that …".
std::optional<ByteSpan> SpeakerOfSentence(const std::vector<AnalysedSentence>& sentences,
                                          std::size_t s) {
  return SpeakerNear(sentences[s], -1, sentences[s].tree->size());
}

void AttributeQuotation(const QuoteMark& open, const QuoteMark& close, ByteSpan speaker,
                        std::vector<AnalysedSentence>& sentences) {
  for (std::size_t s = open.sentence; s <= close.sentence; ++s) {
    AnalysedSentence& sentence = sentences[s];
    for (std::size_t c = 0; c < sentence.clauses.size(); ++c) {
      const int predicate = sentence.clauses[c].predicate;
      const bool after_open = s > open.sentence || predicate > open.word;
      const bool before_close = s < close.sentence || predicate < close.word;
      if (after_open && before_close && sentence.speakers[c].empty()) {
        sentence.speakers[c] = speaker;
      }
    }
  }
}

static_assert(std::is_sorted(kReportingVerbs.begin(), kReportingVerbs.end()));

}  // namespace

bool IsReportingVerb(std::string_view lemma) {
  return std::binary_search(kReportingVerbs.begin(), kReportingVerbs.end(), lemma);
}

std::vector<WordRange> AttributeClauses(const DependencyTree& tree,
                                        const std::vector<Clause>& clauses) {
  std::vector<Report> reports;
  for (const Clause& clause : clauses) {
    AddReportsOf(tree, clause, reports);
    AddAccordingTo(tree, clause, reports);
  }
  // Wider reports first, so the innermost one is assigned last and wins.
  std::stable_sort(reports.begin(), reports.end(), [](const Report& a, const Report& b) {
    return a.words.size() > b.words.size();
  });
  std::vector<WordRange> attributions(clauses.size());
  for (const Report& report : reports) {
    for (std::size_t c = 0; c < clauses.size(); ++c) {
      if (Contains(report.words, clauses[c].predicate)) attributions[c] = report.speaker;
    }
  }
  return attributions;
}

void AttributeQuotations(std::vector<AnalysedSentence>& sentences) {
  for (AnalysedSentence& sentence : sentences) {
    sentence.speakers.assign(sentence.clauses.size(), ByteSpan{});
    for (std::size_t c = 0; c < sentence.clauses.size(); ++c) {
      if (!sentence.attributions[c].empty()) {
        sentence.speakers[c] = sentence.tree->Span(sentence.attributions[c]);
      }
    }
  }
  const std::vector<QuoteMark> marks = QuoteMarks(sentences);
  for (std::size_t m = 0; m + 1 < marks.size(); ++m) {
    const QuoteMark& open = marks[m];
    const QuoteMark& close = marks[m + 1];
    if (!open.opening || close.opening) continue;
    const int end = sentences[close.sentence].tree->size();
    const DependencyTree& closing = *sentences[close.sentence].tree;
    std::optional<ByteSpan> speaker = SpeakerNear(sentences[close.sentence], close.word, end);
    if (!speaker) speaker = SurfaceSpeakerAfter(closing, close.word);
    if (!speaker) speaker = SpeakerNear(sentences[open.sentence], -1, open.word);
    // A quotation that opens its sentence continues the report of the sentence before it.
    if (!speaker && open.word == 0 && open.sentence > 0 && close.word + 2 >= closing.size()) {
      speaker = SpeakerOfSentence(sentences, open.sentence - 1);
    }
    if (speaker) AttributeQuotation(open, close, *speaker, sentences);
  }
}

}  // namespace kgraph
