#include "extractors/pattern_extractor.h"

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/noun_phrase.h"
#include "extractors/relation_phrase.h"
#include "extractors/triple_confidence.h"
#include "extractors/word_class.h"

namespace kgraph {
namespace {

using Words = std::vector<WordInfo>;

ByteSpan SpanOf(const Sentence& sentence, int begin, int end) {
  return {sentence.tokens[begin].span.begin, sentence.tokens[end - 1].span.end};
}

int CountWords(std::string_view lemma) {
  return 1 + static_cast<int>(std::count(lemma.begin(), lemma.end(), ' '));
}

// "... and can later infiltrate": a verb group right after a coordinating conjunction.
bool FollowsConjunction(const Words& words, int group_begin) {
  int p = group_begin - 1;
  while (p >= 0 && (words[p].cls == WordClass::kAdv || words[p].cls == WordClass::kNegation)) --p;
  return p >= 0 && words[p].cls == WordClass::kCconj;
}

// An active verb of saying, cut right after its verb group or after a preposition other than
// "for", "about", "of".
bool IsReportingWithoutTopic(const Words& words, const RelationMatch& match, int end) {
  const VerbGroup& first = match.groups[0];
  if (!words[first.main].reporting_verb || first.passive) return false;  // "were added to"
  bool one_group = match.group_count == 1 || match.groups[1].begin >= end;
  return one_group && (end == first.end || !words[end - 1].topic_prep);
}

// A relation phrase cut to the length that has an object, with that object.
struct RelationCut {
  int end = 0;
  Phrase object;
};

struct Arguments {
  Phrase subject;
  int gap = 0;
  bool inherited = false;
};

TripleFeatures FeaturesOf(const Words& words, const Arguments& args, const RelationCut& cut,
                          int relation_words) {
  TripleFeatures f;
  const Phrase& subject = args.subject;
  f.subject_tokens = subject.end - subject.begin;
  f.object_tokens = cut.object.end - cut.object.begin;
  f.relation_words = relation_words;
  f.gap = args.gap;
  f.sentence_tokens = static_cast<int>(words.size());
  f.subject_pronoun = words[subject.head].cls == WordClass::kPron;
  f.object_pronoun = words[cut.object.head].cls == WordClass::kPron;
  f.subject_proper = words[subject.head].cls == WordClass::kPropn;
  f.object_proper = words[cut.object.head].cls == WordClass::kPropn;
  f.subject_inherited = args.inherited;
  f.subject_conjunct = subject.begin > 0 && words[subject.begin - 1].cls == WordClass::kCconj;
  f.object_has_pp = cut.object.has_pp;
  f.subject_at_start = subject.begin == 0;
  WordClass last = words[cut.end - 1].cls;
  f.relation_ends_with_prep = last == WordClass::kPrep || last == WordClass::kParticle;
  return f;
}

class PatternExtractor final : public Extractor {
 public:
  explicit PatternExtractor(const PatternExtractorOptions& options) : options_(options) {}

  std::vector<Triple> Extract(const Document& doc) const override {
    std::vector<Triple> triples;
    std::vector<WordInfo> words;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      if (doc.sentences[s].tokens.empty()) continue;
      ClassifyWords(doc, doc.sentences[s], &words);
      ExtractSentence(doc, s, words, &triples);
    }
    return triples;
  }

  std::string_view Name() const override { return "pattern"; }

 private:
  void ExtractSentence(const Document& doc, std::size_t index, const Words& words,
                       std::vector<Triple>* out) const {
    std::optional<Phrase> previous_subject;
    int n = static_cast<int>(words.size());
    for (int i = 0; i < n;) {
      if (!StartsVerbGroup(words, i)) {
        ++i;
        continue;
      }
      RelationMatch match = MatchRelation(words, i, options_.max_light_words);
      if (match.group_count == 0) {
        ++i;
        continue;
      }
      i = match.groups[0].end;
      std::optional<Arguments> args = SubjectOf(words, match.begin(), previous_subject);
      if (!args) continue;
      previous_subject = args->subject;
      std::optional<RelationCut> cut = CutWithObject(words, match);
      if (!cut) continue;
      AddTriple(doc, index, words, match, *args, *cut, out);
    }
  }

  std::optional<Arguments> SubjectOf(const Words& words, int group_begin,
                                     const std::optional<Phrase>& previous) const {
    Arguments args;
    if (std::optional<Phrase> subject = SubjectBefore(words, group_begin, &args.gap)) {
      args.subject = *subject;
      return args;
    }
    if (!options_.inherit_coordinated_subject || !previous ||
        !FollowsConjunction(words, group_begin)) {
      return std::nullopt;
    }
    args.subject = *previous;
    args.gap = group_begin - previous->end;
    args.inherited = true;
    return args;
  }

  // The longest cut of `match` followed by an object. A verb of saying keeps only a topic
  // ("hopes for progress", "spoke about the issue"): its bare object ("told reporters") and its
  // circumstances ("said in an interview") are no facts.
  std::optional<RelationCut> CutWithObject(const Words& words, const RelationMatch& match) const {
    for (int e = match.end_count - 1; e >= 0; --e) {
      int end = match.ends[e];
      std::optional<Phrase> object = ObjectAt(words, end, options_.attach_object_pp);
      if (!object) continue;
      if (IsReportingWithoutTopic(words, match, end)) return std::nullopt;
      return RelationCut{end, *object};
    }
    return std::nullopt;
  }

  void AddTriple(const Document& doc, std::size_t index, const Words& words,
                 const RelationMatch& match, const Arguments& args, const RelationCut& cut,
                 std::vector<Triple>* out) const {
    const Sentence& sentence = doc.sentences[index];
    Triple triple;
    triple.sentence = index;
    triple.subject = SpanOf(sentence, args.subject.begin, args.subject.end);
    triple.relation = SpanOf(sentence, match.begin(), cut.end);
    triple.object = SpanOf(sentence, cut.object.begin, cut.object.end);
    triple.relation_lemma = RelationLemma(doc, sentence, words, match, cut.end);
    int relation_words = CountWords(triple.relation_lemma);
    triple.confidence = TripleConfidence(FeaturesOf(words, args, cut, relation_words));
    if (triple.confidence < options_.min_confidence) return;
    out->push_back(std::move(triple));
  }

  PatternExtractorOptions options_;
};

}  // namespace

std::unique_ptr<Extractor> NewPatternExtractor(const PatternExtractorOptions& options) {
  return std::make_unique<PatternExtractor>(options);
}

}  // namespace kgraph
