#include "extractors/clause_extractor.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extractors/argument_span.h"
#include "extractors/attribution.h"
#include "extractors/clause.h"
#include "extractors/clause_confidence.h"
#include "extractors/dependency_tree.h"

namespace kgraph {
namespace {

bool IsPronoun(const DependencyTree& tree, int word) { return tree.Tag(word) == Upos::kPron; }

// The object slot of a clause's triples, and the words that join the relation with it.
struct Frame {
  std::vector<int> relation;      // the verb group plus folded words, in sentence order
  std::vector<int> object_heads;  // one per conjunct; none = the clause has no object
  std::vector<WordRange> objects;
  bool clausal = false;
  bool from_oblique = false;
  std::vector<WordRange> extras;
};

class FrameBuilder {
 public:
  FrameBuilder(const DependencyTree& tree, const Clause& clause) : tree_(tree), clause_(clause) {}

  Frame Build() {
    frame_.relation = clause_.relation;
    if (!TakeObject() && !TakeComplement() && !TakeClause()) TakeOblique();
    for (std::size_t i = 0; i < clause_.arguments.size(); ++i) {
      if (used_.end() == std::find(used_.begin(), used_.end(), i)) {
        if (frame_.extras.empty()) first_extra_head_ = clause_.arguments[i].head;
        frame_.extras.push_back(ExtraRange(clause_.arguments[i]));
      }
    }
    if (frame_.objects.empty() && !frame_.extras.empty()) {
      // An adverbial without a preposition to fold ("point [to] X" with "to" parsed as a
      // particle): the first one is the object, as CaRB and OpenIE systems have it.
      frame_.objects.push_back(frame_.extras.front());
      frame_.object_heads.push_back(first_extra_head_);
      frame_.extras.erase(frame_.extras.begin());
    }
    std::sort(frame_.relation.begin(), frame_.relation.end());
    return std::move(frame_);
  }

 private:
  int Find(ArgumentRole role) const {
    for (std::size_t i = 0; i < clause_.arguments.size(); ++i) {
      if (clause_.arguments[i].role == role) return static_cast<int>(i);
    }
    return -1;
  }

  // The conjuncts of `head` as objects, each without its own preposition when `fold` is set.
  void AddConjuncts(int head, bool fold) {
    for (int conjunct : Conjuncts(tree_, head)) {
      const int marker = fold ? tree_.FirstChild(conjunct, "case") : -1;
      frame_.object_heads.push_back(conjunct);
      frame_.objects.push_back(ArgumentRange(tree_, conjunct, marker));
    }
  }

  bool TakeObject() {
    const int i = Find(ArgumentRole::kObject);
    if (i < 0) return false;
    used_.push_back(i);
    AddConjuncts(clause_.arguments[i].head, false);
    return true;
  }

  bool TakeComplement() {
    const int i = Find(ArgumentRole::kComplement);
    if (i < 0) return false;
    used_.push_back(i);
    const int head = clause_.arguments[i].head;
    if (!clause_.copular || head != clause_.predicate) {
      AddConjuncts(head, false);  // "seems [ready]", "became [president]"
      return true;
    }
    // "is interested [in] the fight": an adjective with a prepositional object.
    if (tree_.Tag(head) != Upos::kNoun && tree_.Tag(head) != Upos::kPropn &&
        tree_.Tag(head) != Upos::kPron) {
      const int oblique = FirstFoldableOblique(/*temporal_too=*/false);
      if (oblique >= 0) {
        frame_.relation.push_back(head);
        FoldOblique(oblique);
        return true;
      }
    }
    WordRange range = ComplementRange(tree_, head);
    const int marker = tree_.FirstChild(head, "case");
    if (marker >= 0 && marker == range.begin) {  // "is [in] Moscow"
      frame_.relation.push_back(marker);
      ++range.begin;
    }
    frame_.object_heads.push_back(head);
    frame_.objects.push_back(range);
    for (int conjunct : Conjuncts(tree_, head)) {
      if (conjunct == head) continue;
      frame_.object_heads.push_back(conjunct);
      frame_.objects.push_back(ArgumentRange(tree_, conjunct));
    }
    return true;
  }

  bool TakeClause() {
    int i = Find(ArgumentRole::kClause);
    if (i < 0 && FirstFoldableOblique(true) < 0) i = Find(ArgumentRole::kAdverbialClause);
    if (i < 0) return false;
    used_.push_back(i);
    const ClauseArgument& argument = clause_.arguments[i];
    if (argument.marker >= 0) frame_.relation.push_back(argument.marker);
    frame_.object_heads.push_back(argument.head);
    frame_.objects.push_back(ClauseRange(tree_, argument.head, argument.marker));
    frame_.clausal = true;
    return true;
  }

  int FirstFoldableOblique(bool temporal_too) const {
    for (std::size_t i = 0; i < clause_.arguments.size(); ++i) {
      const ClauseArgument& a = clause_.arguments[i];
      if ((a.role == ArgumentRole::kOblique || a.role == ArgumentRole::kAgent) && a.marker >= 0 &&
          (temporal_too || !a.temporal)) {
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  void FoldOblique(int i) {
    used_.push_back(i);
    frame_.relation.push_back(clause_.arguments[i].marker);
    frame_.from_oblique = true;
    AddConjuncts(clause_.arguments[i].head, true);
  }

  void TakeOblique() {
    int i = FirstFoldableOblique(false);
    if (i < 0) i = FirstFoldableOblique(true);
    if (i >= 0) FoldOblique(i);
  }

  WordRange ExtraRange(const ClauseArgument& argument) const {
    switch (argument.role) {
      case ArgumentRole::kClause:
      case ArgumentRole::kAdverbialClause:
        return ClauseRange(tree_, argument.head, -1);
      case ArgumentRole::kComplement:
        return argument.head == clause_.predicate ? ComplementRange(tree_, argument.head)
                                                  : ArgumentRange(tree_, argument.head);
      default:
        return ArgumentRange(tree_, argument.head);
    }
  }

  const DependencyTree& tree_;
  const Clause& clause_;
  Frame frame_;
  std::vector<std::size_t> used_;
  int first_extra_head_ = -1;
};

// The words of a relation as they read: adjacent words keep the document's spacing ("did
// n't" reads "didn't"), gaps become one space.
std::string RelationText(const DependencyTree& tree, const std::vector<int>& words) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      const bool adjacent = words[i] == words[i - 1] + 1;
      if (!adjacent || tree.TokenAt(words[i - 1]).span.end != tree.TokenAt(words[i]).span.begin) {
        text += ' ';
      }
    }
    text += tree.Text({words[i], words[i] + 1});
  }
  return text;
}

// The normalized label: content words of the relation by lemma, lower case, without
// auxiliaries, negation and complementizers; a passive is "be" + participle lemma.
std::string RelationLemma(const DependencyTree& tree, const Clause& clause,
                          const std::vector<int>& words) {
  std::string lemma = clause.passive ? "be" : "";
  for (int word : words) {
    const std::string_view relation = tree.Relation(word);
    if (IsRelation(relation, "aux") || IsRelation(relation, "advmod")) continue;
    if (IsRelation(relation, "mark") && tree.LowerForm(word) != "to") continue;
    std::string part = IsRelation(relation, "cop") ? std::string("be") : tree.LowerLemma(word);
    if (part.empty()) part = tree.LowerForm(word);
    if (!lemma.empty()) lemma += ' ';
    lemma += part;
  }
  return lemma;
}

int CountWords(const std::string& text) {
  return text.empty() ? 0 : 1 + static_cast<int>(std::count(text.begin(), text.end(), ' '));
}

class ClauseExtractor final : public Extractor {
 public:
  explicit ClauseExtractor(const ClauseExtractorOptions& options) : options_(options) {}

  std::vector<Triple> Extract(const Document& doc) const override {
    std::vector<Triple> triples;
    for (FeaturedTriple& featured : ExtractWithFeatures(doc)) {
      triples.push_back(std::move(featured.triple));
    }
    return triples;
  }

  std::vector<FeaturedTriple> ExtractWithFeatures(const Document& doc) const {
    std::vector<DependencyTree> trees;
    trees.reserve(doc.sentences.size());  // AnalysedSentence points into it: no reallocation
    std::vector<AnalysedSentence> analysed(doc.sentences.size());
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      const DependencyTree& tree = trees.emplace_back(doc, doc.sentences[s]);
      analysed[s].tree = &tree;
      analysed[s].clauses = FindClauses(tree);
      analysed[s].attributions = AttributeClauses(tree, analysed[s].clauses);
    }
    AttributeQuotations(analysed);
    std::vector<FeaturedTriple> triples;
    for (std::size_t s = 0; s < analysed.size(); ++s) {
      const std::size_t first = triples.size();
      const AnalysedSentence& sentence = analysed[s];
      for (std::size_t c = 0; c < sentence.clauses.size(); ++c) {
        AddClauseTriples(*sentence.tree, s, sentence.clauses[c], sentence.speakers[c], triples);
      }
      if (options_.noun_relations) AddNounRelations(*sentence.tree, s, triples);
      std::stable_sort(triples.begin() + first, triples.end(),
                       [](const FeaturedTriple& a, const FeaturedTriple& b) {
                         return a.triple.relation.begin < b.triple.relation.begin;
                       });
    }
    return triples;
  }

  std::string_view Name() const override { return "clause"; }

 private:
  void AddClauseTriples(const DependencyTree& tree, std::size_t sentence, const Clause& clause,
                        ByteSpan speaker, std::vector<FeaturedTriple>& out) const {
    const Frame frame = FrameBuilder(tree, clause).Build();
    if (frame.objects.empty() && !options_.keep_objectless) return;
    const Triple base = BaseTriple(tree, sentence, clause, frame, speaker);
    ClauseTripleFeatures features = ClauseFeatures(tree, clause, frame);
    features.attributed = !speaker.empty();
    features.relation_words = CountWords(base.relation_text);
    const int excluded =
        clause.subject_source == SubjectSource::kModifiedNoun ? clause.predicate : -1;
    for (int subject : clause.subjects) {
      // Without its own preposition: "[of] the better units based at ...", "[such as] Tok Pisin".
      const WordRange subject_range =
          ArgumentRange(tree, subject, tree.FirstChild(subject, "case"), excluded);
      Triple triple = base;
      SetSubject(tree, subject, subject_range, triple);
      features.subject_pronoun = IsPronoun(tree, subject);
      features.subject_words = subject_range.size();
      features.distributed = clause.subjects.size() > 1 || frame.objects.size() > 1;
      if (frame.objects.empty()) {
        Finish(triple, features, out);
        continue;
      }
      for (std::size_t o = 0; o < frame.objects.size(); ++o) {
        Triple with_object = triple;
        SetObject(tree, frame.object_heads[o], frame.objects[o], frame.clausal, with_object);
        features.object_pronoun = IsPronoun(tree, frame.object_heads[o]);
        features.object_words = frame.objects[o].size();
        Finish(with_object, features, out);
      }
    }
  }

  // What every triple of a clause shares: all but the subject and the object.
  static Triple BaseTriple(const DependencyTree& tree, std::size_t sentence, const Clause& clause,
                           const Frame& frame, ByteSpan speaker) {
    Triple base;
    base.sentence = sentence;
    base.relation = tree.Span({frame.relation.front(), frame.relation.back() + 1});
    base.relation_text = RelationText(tree, frame.relation);
    base.relation_lemma = RelationLemma(tree, clause, frame.relation);
    base.clausal_object = frame.clausal;
    base.negated = clause.negated;
    if (clause.modal >= 0) base.modality = tree.LowerLemma(clause.modal);
    base.attribution = speaker;
    for (WordRange extra : frame.extras) {
      if (!extra.empty()) base.extra_arguments.push_back(tree.Span(extra));
    }
    return base;
  }

  static ClauseTripleFeatures ClauseFeatures(const DependencyTree& tree, const Clause& clause,
                                             const Frame& frame) {
    ClauseTripleFeatures f;
    f.subject_from_coordination = clause.subject_source == SubjectSource::kCoordination;
    f.subject_from_modified_noun = clause.subject_source == SubjectSource::kModifiedNoun;
    f.subject_from_controller = clause.subject_source == SubjectSource::kController;
    f.no_object = frame.objects.empty();
    f.clausal_object = frame.clausal;
    f.object_from_oblique = frame.from_oblique;
    f.copular = clause.copular;
    f.passive = clause.passive;
    f.extra_arguments = static_cast<int>(frame.extras.size());
    f.sentence_words = tree.size();
    return f;
  }

  static void SetSubject(const DependencyTree& tree, int head, WordRange range, Triple& triple) {
    triple.subject = tree.Span(range);
    const WordRange name = HeadPhrase(tree, head);
    if (name != range) triple.subject_head = tree.Span(name);
    AddMentions(tree, range, head, triple);
  }

  static void SetObject(const DependencyTree& tree, int head, WordRange range, bool clausal,
                        Triple& triple) {
    triple.object = tree.Span(range);
    if (clausal) return;
    const WordRange name = HeadPhrase(tree, head);
    if (name != range) triple.object_head = tree.Span(name);
    AddMentions(tree, range, head, triple);
  }

  static void AddMentions(const DependencyTree& tree, WordRange range, int head, Triple& triple) {
    for (WordRange mention : NamedMentions(tree, range, head)) {
      triple.mentioned.push_back(tree.Span(mention));
    }
  }

  void Finish(Triple& triple, const ClauseTripleFeatures& features,
              std::vector<FeaturedTriple>& out) const {
    triple.confidence = ClauseTripleConfidence(features);
    if (triple.confidence >= options_.min_confidence) out.push_back({std::move(triple), features});
  }

  // "Bortnikov, [head of the FSB]" -> Bortnikov - be - head of the FSB; "[Russia]'s Security
  // Council" -> Russia - has - Security Council.
  void AddNounRelations(const DependencyTree& tree, std::size_t sentence,
                        std::vector<FeaturedTriple>& out) const {
    for (int word = 0; word < tree.size(); ++word) {
      const int head = tree.Head(word);
      if (head < 0) continue;
      if (IsRelation(tree.Relation(word), "appos") && !IsPronoun(tree, head)) {
        AddNounRelation(tree, sentence, head,
                        ArgumentRange(tree, head, tree.FirstChild(head, "case")), word,
                        ArgumentRange(tree, word), "be", out);
      } else if (IsRelation(tree.Relation(word), "nmod:poss") && tree.Tag(word) == Upos::kPropn) {
        WordRange possessed = HeadPhrase(tree, head);
        possessed.begin = std::max(possessed.begin, tree.Subtree(word).end);
        possessed = TrimPunctuation(tree, possessed);
        if (possessed.empty()) continue;
        AddNounRelation(tree, sentence, word, HeadPhrase(tree, word), head, possessed, "has", out);
      }
    }
  }

  void AddNounRelation(const DependencyTree& tree, std::size_t sentence, int subject,
                       WordRange subject_range, int object, WordRange object_range,
                       const char* relation, std::vector<FeaturedTriple>& out) const {
    Triple triple;
    triple.sentence = sentence;
    // No word of the text says "is" or "has": the relation is an empty span where the object
    // starts, so evidence spans stay inside the sentence. An apposition says nothing about
    // tense, so its relation is the bare "be" (which CaRB's matcher pairs with any form of it).
    const ByteSpan at = tree.Span(object_range);
    triple.relation = {at.begin, at.begin};
    triple.relation_text = relation;
    triple.relation_lemma = relation == std::string_view("has") ? "have" : relation;
    SetSubject(tree, subject, subject_range, triple);
    SetObject(tree, object, object_range, false, triple);
    ClauseTripleFeatures features;
    features.apposition = relation == std::string_view("be");
    features.possessive = !features.apposition;
    features.subject_words = subject_range.size();
    features.object_words = object_range.size();
    features.sentence_words = tree.size();
    Finish(triple, features, out);
  }

  ClauseExtractorOptions options_;
};

}  // namespace

std::unique_ptr<Extractor> NewClauseExtractor(const ClauseExtractorOptions& options) {
  return std::make_unique<ClauseExtractor>(options);
}

std::vector<FeaturedTriple> ExtractClauseTriplesWithFeatures(
    const Document& doc, const ClauseExtractorOptions& options) {
  return ClauseExtractor(options).ExtractWithFeatures(doc);
}

}  // namespace kgraph
