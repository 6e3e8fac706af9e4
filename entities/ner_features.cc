#include "entities/ner_features.h"

#include <string>

#include "entities/bilou.h"

namespace kgraph {
namespace {

// Feature templates. The numbers are part of the model format: never renumber, only append.
enum Template : FeatureHash {
  kBias = 1001,
  kForm,
  kLower,
  kShape,
  kLemma,
  kPrefix,                // + 0..2
  kSuffix = kPrefix + 3,  // + 0..3
  kUpos = kSuffix + 4,
  kXpos,
  kDeprel,
  kHead,
  kHeadUpos,
  kCase,
  kFlags,
  kRunPosition,
  kRunFirst,
  kRunLast,
  kRunLength,
  kRunRole,
  kPrevLower,
  kPrev2Lower,
  kNextLower,
  kNext2Lower,
  kPrevShape,
  kNextShape,
  kPrevUpos,
  kPrev2Upos,
  kNextUpos,
  kNext2Upos,
  kPrevLabel,
  kPrevLabels,
  kPrevLabelLower,
  kPrevLabelUpos,
  kPrevLabelShape,
  kPrevLowerLower,
  kLowerNextLower,
  kUposPair,
  kUposNextPair,
  kDeprelHead,
  kRunLastRole,
  kRunLastPosition,
  kRunFirstPosition,
  kFlagsUpos,
  kPrevLabelRunPosition,
  kSuffixUpos,
  kCaseRunLast,
  kGazetteer,  // + kind
  kGazetteerRun = kGazetteer + kGazetteerKindCount,
  kPrevGazetteerKinds,
  kNextGazetteerKinds,
  kGazetteerKindsUpos,
  kRunOrganizationWord,
  kPrev2GazetteerKinds,
  kNext2GazetteerKinds,
  // Padding words and value markers.
  kPad,
  kValue,
  kDocumentEvidence,
  kRunPlaceWord,
};

FeatureHash F(Template t, FeatureHash a) { return MixHashes(t, a); }
FeatureHash F(Template t, FeatureHash a, FeatureHash b) { return MixHashes(MixHashes(t, a), b); }
FeatureHash H(std::string_view value) { return HashBytes(value, kValue); }

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// "Patrushev" -> "Xx", "U.S." -> "X.X.", "2,000" -> "d,d", any non-ASCII letter -> "*".
std::string Shape(std::string_view form) {
  std::string shape;
  for (char c : form) {
    if (IsContinuation(c)) continue;
    char cls = c >= 'A' && c <= 'Z'   ? 'X'
               : c >= 'a' && c <= 'z' ? 'x'
               : c >= '0' && c <= '9' ? 'd'
               : (c & 0x80) != 0      ? '*'
                                      : c;
    if (shape.empty() || shape.back() != cls) shape += cls;
  }
  return shape;
}

std::string_view Affix(std::string_view word, int n, bool suffix) {
  std::size_t at = suffix ? word.size() : 0;
  for (int i = 0; i < n; ++i) {
    if (suffix) {
      if (at == 0) break;
      do --at;
      while (at > 0 && IsContinuation(word[at]));
    } else {
      if (at >= word.size()) break;
      ++at;
      while (at < word.size() && IsContinuation(word[at])) ++at;
    }
  }
  return suffix ? word.substr(at) : word.substr(0, at);
}

FeatureHash Flags(std::string_view form, int position) {
  bool upper = false, lower = false, digit = false;
  for (char c : form) {
    upper |= c >= 'A' && c <= 'Z';
    lower |= c >= 'a' && c <= 'z';
    digit |= c >= '0' && c <= '9';
  }
  const bool first_upper = !form.empty() && form.front() >= 'A' && form.front() <= 'Z';
  return 1 + (first_upper ? 1 : 0) + (upper && !lower ? 2 : 0) + (digit ? 4 : 0) +
         (position == 0 ? 8 : 0);
}

NerWord Padding(std::string_view marker) {
  NerWord word;
  const FeatureHash pad = HashBytes(marker, kPad);
  word.form = word.lower = word.shape = word.lemma = word.upos = word.xpos = word.deprel = pad;
  word.head_lower = word.head_upos = word.case_lemma = word.flags = pad;
  for (FeatureHash& p : word.prefix) p = pad;
  for (FeatureHash& s : word.suffix) s = pad;
  word.run_position = word.run_first = word.run_last = word.run_length = word.run_role = pad;
  word.gazetteer_kinds = word.run_organization_word = word.run_place_word = pad;
  return word;
}

bool IsName(const Token& token) { return token.upos == Upos::kPropn; }

// "of", "&", "-" and "de" join proper nouns into one name ("Bank of England", "AT&T").
bool JoinsNames(const Document& doc, const Token& token) {
  std::string_view form = doc.Form(token);
  return form == "of" || form == "&" || form == "-" || form == "de" || form == "for";
}

// Fills the run features of words [begin, end), one run of names.
void SetRun(const Sentence& sentence, int begin, int end, std::vector<NerWord>& words) {
  const int head = RangeHead(sentence, begin, end);  // the word of the run attached outside it
  const FeatureHash first = words[begin].lower, last = words[end - 1].lower;
  const FeatureHash role = MixHashes(H(sentence.tokens[head].deprel), words[head].case_lemma);
  const FeatureHash length = H(std::to_string(std::min(end - begin, 5)));
  // "Office of Undergraduate Education": a word of the run makes it an organization's name.
  constexpr int kOrganizationWord = static_cast<int>(GazetteerKind::kOrganizationWord);
  constexpr int kPlaceWord = static_cast<int>(GazetteerKind::kPlaceWord);
  bool organization_word = false, place_word = false;
  for (int w = begin; w < end; ++w) {
    organization_word = organization_word || words[w].gazetteer[kOrganizationWord] != 0;
    place_word = place_word || words[w].gazetteer[kPlaceWord] != 0;
  }
  for (int w = begin; w < end; ++w) {
    const char* position = end - begin == 1 ? "U" : w == begin ? "B" : w + 1 == end ? "L" : "I";
    words[w].run_position = H(position);
    words[w].run_first = first;
    words[w].run_last = last;
    words[w].run_length = length;
    words[w].run_role = role;
    words[w].run_organization_word = H(organization_word ? "yes" : "no");
    words[w].run_place_word = H(place_word ? "yes" : "no");
  }
}

void FindRuns(const Document& doc, const Sentence& sentence, std::vector<NerWord>& words) {
  const int n = static_cast<int>(sentence.tokens.size());
  for (int w = 0; w < n;) {
    if (!IsName(sentence.tokens[w])) {
      ++w;
      continue;
    }
    int end = w + 1;
    while (end < n &&
           (IsName(sentence.tokens[end]) || (end + 1 < n && JoinsNames(doc, sentence.tokens[end]) &&
                                             IsName(sentence.tokens[end + 1])))) {
      ++end;
    }
    SetRun(sentence, w, end, words);
    w = end;
  }
}

// Marks each word with its position in the longest gazetteer entry of each kind covering it.
void SetGazetteer(const std::vector<GazetteerMatch>& matches, std::vector<NerWord>& words) {
  std::vector<std::uint8_t> kinds(words.size(), 0);
  for (const GazetteerMatch& match : matches) {
    const int k = static_cast<int>(match.kind);
    for (int w = match.begin; w < match.end; ++w) {
      if (words[w].gazetteer[k] != 0) continue;  // a longer entry of this kind covers it
      const char* position = match.end - match.begin == 1 ? "U"
                             : w == match.begin           ? "B"
                             : w + 1 == match.end         ? "L"
                                                          : "I";
      words[w].gazetteer[k] = H(position);
      kinds[w] |= static_cast<std::uint8_t>(1u << k);
    }
  }
  for (std::size_t w = 0; w < words.size(); ++w) {
    words[w].gazetteer_kinds = H(std::to_string(kinds[w]));
  }
}

}  // namespace

NerContext::NerContext(const Document& doc, std::size_t sentence_index,
                       const NerDocumentEvidence& evidence)
    : before_(Padding("<s>")), after_(Padding("</s>")) {
  const Sentence& sentence = doc.sentences[sentence_index];
  const int n = static_cast<int>(sentence.tokens.size());
  words_.resize(n);
  std::vector<std::string> lowers(n);
  for (int w = 0; w < n; ++w) {
    const Token& token = sentence.tokens[w];
    std::string_view form = doc.Form(token);
    lowers[w] = LowercaseWord(form);
    NerWord& word = words_[w];
    word.form = HashBytes(form, kForm);
    word.lower = HashBytes(lowers[w], kLower);
    word.shape = HashBytes(Shape(form), kShape);
    word.lemma = HashBytes(token.lemma, kLemma);
    for (int k = 0; k < 3; ++k) word.prefix[k] = H(Affix(lowers[w], k + 1, false));
    for (int k = 0; k < 4; ++k) word.suffix[k] = H(Affix(lowers[w], k + 1, true));
    word.upos = H(UposName(token.upos));
    word.xpos = H(token.xpos);
    word.deprel = H(token.deprel);
    word.flags = Flags(form, w);
    word.document_evidence = evidence.Of(sentence_index, static_cast<std::size_t>(w));
  }
  const std::vector<int> case_dependents = FirstCaseDependents(sentence);
  for (int w = 0; w < n; ++w) {
    const Token& token = sentence.tokens[w];
    NerWord& word = words_[w];
    const bool root = token.head < 0 || token.head >= n;
    word.head_lower = root ? H("<root>") : words_[token.head].lower;
    word.head_upos = root ? H("<root>") : words_[token.head].upos;
    word.case_lemma = case_dependents[w] >= 0 ? H(lowers[case_dependents[w]]) : H("<none>");
    word.run_position = H("-");
    word.run_first = word.run_last = word.run_length = word.run_role = H("-");
    word.run_organization_word = word.run_place_word = H("-");
  }
  SetGazetteer(evidence.GazetteerMatches(sentence_index), words_);  // the runs read it
  FindRuns(doc, sentence, words_);
}

const NerWord& NerContext::Word(int i) const {
  if (i < 0) return before_;
  if (i >= size()) return after_;
  return words_[i];
}

void NerFeatures(const NerContext& context, int i, int previous_label, int previous_label2,
                 std::vector<FeatureHash>& out) {
  const NerWord& w = context.Word(i);
  const NerWord& p1 = context.Word(i - 1);
  const NerWord& p2 = context.Word(i - 2);
  const NerWord& n1 = context.Word(i + 1);
  const NerWord& n2 = context.Word(i + 2);
  const FeatureHash l1 = static_cast<FeatureHash>(previous_label + 1);
  const FeatureHash l2 = static_cast<FeatureHash>(previous_label2 + 1);
  out.clear();
  out.push_back(F(kBias, 0));
  out.push_back(F(kForm, w.form));
  out.push_back(F(kLower, w.lower));
  out.push_back(F(kShape, w.shape));
  out.push_back(F(kLemma, w.lemma));
  for (int k = 0; k < 3; ++k) out.push_back(F(Template(kPrefix + k), w.prefix[k]));
  for (int k = 0; k < 4; ++k) out.push_back(F(Template(kSuffix + k), w.suffix[k]));
  out.push_back(F(kUpos, w.upos));
  out.push_back(F(kXpos, w.xpos));
  out.push_back(F(kDeprel, w.deprel));
  out.push_back(F(kHead, w.head_lower));
  out.push_back(F(kHeadUpos, w.head_upos));
  out.push_back(F(kCase, w.case_lemma));
  out.push_back(F(kFlags, w.flags));
  out.push_back(F(kRunPosition, w.run_position));
  out.push_back(F(kRunFirst, w.run_first));
  out.push_back(F(kRunLast, w.run_last));
  out.push_back(F(kRunLength, w.run_length));
  out.push_back(F(kRunRole, w.run_role));
  out.push_back(F(kPrevLower, p1.lower));
  out.push_back(F(kPrev2Lower, p2.lower));
  out.push_back(F(kNextLower, n1.lower));
  out.push_back(F(kNext2Lower, n2.lower));
  out.push_back(F(kPrevShape, p1.shape));
  out.push_back(F(kNextShape, n1.shape));
  out.push_back(F(kPrevUpos, p1.upos));
  out.push_back(F(kPrev2Upos, p2.upos));
  out.push_back(F(kNextUpos, n1.upos));
  out.push_back(F(kNext2Upos, n2.upos));
  out.push_back(F(kPrevLabel, l1));
  out.push_back(F(kPrevLabels, l1, l2));
  out.push_back(F(kPrevLabelLower, l1, w.lower));
  out.push_back(F(kPrevLabelUpos, l1, w.upos));
  out.push_back(F(kPrevLabelShape, l1, w.shape));
  out.push_back(F(kPrevLowerLower, p1.lower, w.lower));
  out.push_back(F(kLowerNextLower, w.lower, n1.lower));
  out.push_back(F(kUposPair, p1.upos, w.upos));
  out.push_back(F(kUposNextPair, w.upos, n1.upos));
  out.push_back(F(kDeprelHead, w.deprel, w.head_lower));
  out.push_back(F(kRunLastRole, w.run_last, w.run_role));
  out.push_back(F(kRunLastPosition, w.run_last, w.run_position));
  out.push_back(F(kRunFirstPosition, w.run_first, w.run_position));
  out.push_back(F(kFlagsUpos, w.flags, w.upos));
  out.push_back(F(kPrevLabelRunPosition, l1, w.run_position));
  out.push_back(F(kSuffixUpos, w.suffix[2], w.upos));
  out.push_back(F(kCaseRunLast, w.case_lemma, w.run_last));
  for (int k = 0; k < kGazetteerKindCount; ++k) {
    if (w.gazetteer[k] == 0) continue;
    out.push_back(F(Template(kGazetteer + k), w.gazetteer[k]));
    out.push_back(F(kGazetteerRun, MixHashes(k, w.gazetteer[k]), w.run_position));
  }
  out.push_back(F(kPrevGazetteerKinds, p1.gazetteer_kinds));
  out.push_back(F(kNextGazetteerKinds, n1.gazetteer_kinds));
  out.push_back(F(kGazetteerKindsUpos, w.gazetteer_kinds, w.upos));
  out.push_back(F(kRunOrganizationWord, w.run_organization_word, w.run_position));
  out.push_back(F(kPrev2GazetteerKinds, p2.gazetteer_kinds));
  out.push_back(F(kNext2GazetteerKinds, n2.gazetteer_kinds));
  for (FeatureHash item : w.document_evidence) out.push_back(F(kDocumentEvidence, item));
  out.push_back(F(kRunPlaceWord, w.run_place_word, w.run_position));
}

}  // namespace kgraph
