#include "core/parser/parse_features.h"

#include <algorithm>

#include "core/text/ptb_escapes.h"

namespace kgraph {
namespace {

// Collects features: each is the template number combined with up to three values. The
// template numbers are part of the model format: append new ones, never renumber.
class FeatureList {
 public:
  explicit FeatureList(std::vector<FeatureHash>& out) : out_(out) { out_.clear(); }
  void Add(std::uint64_t t, FeatureHash a) { out_.push_back(MixHashes(t, a)); }
  void Add(std::uint64_t t, FeatureHash a, FeatureHash b) {
    out_.push_back(MixHashes(MixHashes(t, a), b));
  }
  void Add(std::uint64_t t, FeatureHash a, FeatureHash b, FeatureHash c) {
    out_.push_back(MixHashes(MixHashes(MixHashes(t, a), b), c));
  }

 private:
  std::vector<FeatureHash>& out_;
};

// Distance between two words, in buckets: 1, 2, 3, 4, 5-9, 10+.
FeatureHash Distance(int from, int to) {
  if (from < 0 || to < 0) return 0;
  int d = std::abs(to - from);
  return d < 5 ? d : d < 10 ? 5 : 6;
}

FeatureHash LabelOf(const ParserState& state, int w) {
  return w < 0 ? 0 : static_cast<FeatureHash>(state.Label(w) + 1);
}

// The stack and buffer words, dependents and their facts that the templates combine.
struct Neighbourhood {
  const ParseContext::Word *s0, *s1, *s2, *b0, *b1, *b2;
  const ParseContext::Word *s0l, *s0r, *s0l2, *s0r2, *s1l, *s1r, *s1r2, *b0l, *b0l2;
  const ParseContext::Word *s0_before, *s0_after, *b0_before, *b3;
  int s0_index, s1_index, b0_index;
};

Neighbourhood Gather(const ParseContext& context, const ParserState& state) {
  const int s0 = state.Stack(0), s1 = state.Stack(1), b0 = state.Buffer(0);
  return {&context.Of(s0),
          &context.Of(s1),
          &context.Of(state.Stack(2)),
          &context.Of(b0),
          &context.Of(state.Buffer(1)),
          &context.Of(state.Buffer(2)),
          &context.Of(state.Leftmost(s0, 0)),
          &context.Of(state.Rightmost(s0, 0)),
          &context.Of(state.Leftmost(s0, 1)),
          &context.Of(state.Rightmost(s0, 1)),
          &context.Of(state.Leftmost(s1, 0)),
          &context.Of(state.Rightmost(s1, 0)),
          &context.Of(state.Rightmost(s1, 1)),
          &context.Of(state.Leftmost(b0, 0)),
          &context.Of(state.Leftmost(b0, 1)),
          &context.Of(s0 < 0 ? -1 : s0 - 1),
          &context.Of(s0 < 0 ? -1 : s0 + 1),
          &context.Of(b0 - 1),
          &context.Of(state.Buffer(3)),
          s0,
          s1,
          b0};
}

// Single words and pairs/triples of the stack top and buffer front (Zhang & Nivre's baseline).
void AddWordFeatures(const Neighbourhood& n, FeatureList& f) {
  f.Add(1, n.s0->form_tag), f.Add(2, n.s0->form), f.Add(3, n.s0->tag);
  f.Add(4, n.b0->form_tag), f.Add(5, n.b0->form), f.Add(6, n.b0->tag);
  f.Add(7, n.b1->form_tag), f.Add(8, n.b1->form), f.Add(9, n.b1->tag);
  f.Add(10, n.b2->form_tag), f.Add(11, n.b2->form), f.Add(12, n.b2->tag);
  f.Add(13, n.s1->form_tag), f.Add(14, n.s1->form), f.Add(15, n.s1->tag);
  f.Add(16, n.s2->tag), f.Add(17, n.s2->form);
  // s0 with b0: the LEFT decision.
  f.Add(20, n.s0->form_tag, n.b0->form_tag), f.Add(21, n.s0->form_tag, n.b0->form);
  f.Add(22, n.s0->form, n.b0->form_tag), f.Add(23, n.s0->form_tag, n.b0->tag);
  f.Add(24, n.s0->tag, n.b0->form_tag), f.Add(25, n.s0->form, n.b0->form);
  f.Add(26, n.s0->tag, n.b0->tag), f.Add(27, n.b0->tag, n.b1->tag);
  // s1 with s0: the RIGHT decision.
  f.Add(30, n.s1->form_tag, n.s0->form_tag), f.Add(31, n.s1->form_tag, n.s0->tag);
  f.Add(32, n.s1->tag, n.s0->form_tag), f.Add(33, n.s1->form, n.s0->form);
  f.Add(34, n.s1->tag, n.s0->tag), f.Add(35, n.s1->form_tag, n.s0->form);
  f.Add(36, n.s1->form, n.s0->form_tag);
  // Triples of tags.
  f.Add(40, n.b0->tag, n.b1->tag, n.b2->tag), f.Add(41, n.s0->tag, n.b0->tag, n.b1->tag);
  f.Add(42, n.s1->tag, n.s0->tag, n.b0->tag), f.Add(43, n.s2->tag, n.s1->tag, n.s0->tag);
  f.Add(44, n.s1->tag, n.s0->tag, n.b1->tag), f.Add(45, n.s1->upos, n.s0->upos, n.b0->upos);
  f.Add(46, n.s0->upos, n.b0->upos), f.Add(47, n.s1->upos, n.s0->upos);
  f.Add(48, n.s1->form, n.s0->tag, n.b0->tag), f.Add(49, n.s1->tag, n.s0->form, n.b0->tag);
  f.Add(50, n.s1->tag, n.s0->tag, n.b0->form), f.Add(51, n.s0->form, n.b0->tag, n.b1->tag);
  f.Add(52, n.s0->tag, n.b0->form, n.b1->tag);
}

// Dependents found so far: words, tags and relations of the outermost ones.
void AddDependentFeatures(const Neighbourhood& n, const ParserState& state, FeatureList& f) {
  const int s0 = n.s0_index, s1 = n.s1_index, b0 = n.b0_index;
  const FeatureHash s0l = LabelOf(state, state.Leftmost(s0, 0));
  const FeatureHash s0r = LabelOf(state, state.Rightmost(s0, 0));
  const FeatureHash s1r = LabelOf(state, state.Rightmost(s1, 0));
  const FeatureHash b0l = LabelOf(state, state.Leftmost(b0, 0));
  f.Add(60, n.s0l->form), f.Add(61, n.s0l->tag), f.Add(62, s0l);
  f.Add(63, n.s0r->form), f.Add(64, n.s0r->tag), f.Add(65, s0r);
  f.Add(66, n.b0l->form), f.Add(67, n.b0l->tag), f.Add(68, b0l);
  f.Add(69, n.s1r->form), f.Add(70, n.s1r->tag), f.Add(71, s1r);
  f.Add(72, n.s1l->tag), f.Add(73, LabelOf(state, state.Leftmost(s1, 0)));
  f.Add(74, n.s0->tag, n.s0l->tag, n.b0->tag), f.Add(75, n.s0->tag, n.s0r->tag, n.b0->tag);
  f.Add(76, n.s0->tag, n.b0->tag, n.b0l->tag), f.Add(77, n.s1->tag, n.s1r->tag, n.s0->tag);
  f.Add(78, n.s1->tag, n.s0->tag, n.s0l->tag), f.Add(79, n.s1->tag, n.s0->tag, n.s0r->tag);
  // Second-outermost dependents (third-order features).
  f.Add(80, n.s0l2->form), f.Add(81, n.s0l2->tag), f.Add(82, LabelOf(state, state.Leftmost(s0, 1)));
  f.Add(83, n.s0r2->form), f.Add(84, n.s0r2->tag),
      f.Add(85, LabelOf(state, state.Rightmost(s0, 1)));
  f.Add(86, n.b0l2->form), f.Add(87, n.b0l2->tag), f.Add(88, LabelOf(state, state.Leftmost(b0, 1)));
  f.Add(89, n.s0->tag, n.s0l->tag, n.s0l2->tag), f.Add(90, n.s0->tag, n.s0r->tag, n.s0r2->tag);
  f.Add(91, n.b0->tag, n.b0l->tag, n.b0l2->tag), f.Add(92, n.s1->tag, n.s1r->tag, n.s1r2->tag);
  f.Add(93, n.s0->form_tag, s0l, s0r), f.Add(94, n.b0->form_tag, b0l);
  f.Add(95, n.s1->form_tag, s1r, n.s0->tag);
}

// Distance, valency (how many dependents each side has) and the sets of relations attached.
void AddStructureFeatures(const Neighbourhood& n, const ParserState& state, FeatureList& f) {
  const int s0 = n.s0_index, s1 = n.s1_index, b0 = n.b0_index;
  const FeatureHash d = Distance(s0, b0), d1 = Distance(s1, s0);
  f.Add(100, n.s0->form, d), f.Add(101, n.s0->tag, d), f.Add(102, n.b0->form, d);
  f.Add(103, n.b0->tag, d), f.Add(104, n.s0->form, n.b0->form, d);
  f.Add(105, n.s0->tag, n.b0->tag, d), f.Add(106, n.s1->tag, n.s0->tag, d1);
  f.Add(107, n.s1->form, n.s0->form, d1);
  const FeatureHash s0vl = state.LeftCount(s0), s0vr = state.RightCount(s0);
  const FeatureHash b0vl = state.LeftCount(b0), s1vr = state.RightCount(s1);
  f.Add(110, n.s0->form, s0vr), f.Add(111, n.s0->tag, s0vr), f.Add(112, n.s0->form, s0vl);
  f.Add(113, n.s0->tag, s0vl), f.Add(114, n.b0->form, b0vl), f.Add(115, n.b0->tag, b0vl);
  f.Add(116, n.s1->tag, s1vr);
  f.Add(120, n.s0->form, state.RightLabels(s0)), f.Add(121, n.s0->tag, state.RightLabels(s0));
  f.Add(122, n.s0->form, state.LeftLabels(s0)), f.Add(123, n.s0->tag, state.LeftLabels(s0));
  f.Add(124, n.b0->form, state.LeftLabels(b0)), f.Add(125, n.b0->tag, state.LeftLabels(b0));
  f.Add(126, n.s1->tag, state.RightLabels(s1));
  f.Add(127, n.s1->tag, state.LeftLabels(s1), state.RightLabels(s1));
  f.Add(128, static_cast<FeatureHash>(std::min(state.stack_size(), 4)), n.b0->tag);
}

// Words next to s0 and b0 in the sentence (not in the stack or buffer), suffixes of unknown
// words and the punctuation between the candidates for an arc: context the greedy parser cannot
// see in the stack alone.
void AddSurfaceFeatures(const ParseContext& context, const Neighbourhood& n, FeatureList& f) {
  f.Add(130, n.b3->tag), f.Add(131, n.s0_before->tag, n.s0->tag);
  f.Add(132, n.s0->tag, n.s0_after->tag), f.Add(133, n.b0_before->tag, n.b0->tag);
  f.Add(134, n.s0->tag, n.s0_after->tag, n.b0->tag);
  f.Add(135, n.s0->tag, n.b0_before->tag, n.b0->tag);
  f.Add(136, n.s0->suffix, n.s0->tag), f.Add(137, n.b0->suffix, n.b0->tag);
  f.Add(138, n.s1->suffix, n.s1->tag);
  const FeatureHash s1_s0 = context.PunctuationBetween(n.s1_index, n.s0_index);
  const FeatureHash s0_b0 = context.PunctuationBetween(n.s0_index, n.b0_index);
  f.Add(139, n.s1->tag, n.s0->tag, s1_s0), f.Add(140, n.s0->tag, n.b0->tag, s0_b0);
  f.Add(141, n.s0->upos, n.b0->upos, n.b1->upos), f.Add(142, n.s0->form, n.b0->upos);
  f.Add(143, n.b0->form, n.b1->form), f.Add(144, n.s1->upos, n.s0->upos, s1_s0);
}

// Prepositional and clausal attachment: the function word heading off s0's phrase (its
// leftmost dependent: "in" of "in Moscow", "to" of "to cooperate") against the two candidate
// heads, s1 (a RIGHT arc) and b0 (a LEFT arc).
void AddAttachmentFeatures(const Neighbourhood& n, const ParserState& state, FeatureList& f) {
  const FeatureHash s0l = LabelOf(state, state.Leftmost(n.s0_index, 0));
  f.Add(150, n.s0l->form, n.s0->tag, n.s1->tag), f.Add(151, n.s0l->form, n.s1->form);
  f.Add(152, n.s0l->form, n.s0->form, n.s1->tag), f.Add(153, n.s0l->form, n.b0->tag);
  f.Add(154, n.s0l->form, n.s0->tag, n.b0->tag), f.Add(155, s0l, n.s0->tag, n.s1->tag);
  f.Add(156, n.s1l->form, n.s1->tag, n.s0->tag), f.Add(157, n.b0l->form, n.b0->tag, n.s0->tag);
  f.Add(158, n.s0l->form, n.s0->tag, n.s1r->tag);
}

}  // namespace

FeatureHash ParseContext::PunctuationBetween(int a, int b) const {
  if (a < 0 || b < 0) return 3;
  const int between = punctuation_before_[b] - punctuation_before_[a + 1];
  return static_cast<FeatureHash>(std::min(between, 2));
}

ParseContext::ParseContext(const std::vector<ParseWord>& words) {
  words_.reserve(words.size() + 1);
  punctuation_before_.reserve(words.size() + 2);
  punctuation_before_.push_back(0);
  for (const ParseWord& word : words) {
    punctuation_before_.push_back(punctuation_before_.back() + (word.upos == Upos::kPunct));
    Word facts;
    const std::string lower = LowercaseWord(FeatureForm(word.form));  // "-LRB-" as "("
    facts.form = HashBytes(lower, 1);
    facts.suffix = HashBytes(
        std::string_view(lower).substr(lower.size() - std::min<std::size_t>(lower.size(), 3)), 3);
    facts.tag = HashBytes(word.xpos, 2);
    facts.upos = static_cast<FeatureHash>(word.upos) + 1;
    facts.form_tag = MixHashes(facts.form, facts.tag);
    words_.push_back(facts);
  }
  Word root;
  root.form = HashBytes("<root>", 1);
  root.tag = HashBytes("<root>", 2);
  root.upos = 100;
  root.form_tag = MixHashes(root.form, root.tag);
  words_.push_back(root);
  punctuation_before_.push_back(punctuation_before_.back());
}

void ParseFeatures(const ParseContext& context, const ParserState& state,
                   std::vector<FeatureHash>& out) {
  FeatureList features(out);
  features.Add(0, 1);  // bias
  const Neighbourhood neighbourhood = Gather(context, state);
  AddWordFeatures(neighbourhood, features);
  AddDependentFeatures(neighbourhood, state, features);
  AddStructureFeatures(neighbourhood, state, features);
  AddSurfaceFeatures(context, neighbourhood, features);
  AddAttachmentFeatures(neighbourhood, state, features);
}

}  // namespace kgraph
