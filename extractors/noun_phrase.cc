#include "extractors/noun_phrase.h"

namespace kgraph {
namespace {

constexpr int kMaxOfPhrases = 2;

using Words = std::vector<WordInfo>;

int Size(const Words& words) { return static_cast<int>(words.size()); }

bool IsDeterminer(WordClass cls) { return cls == WordClass::kDet || cls == WordClass::kPossDet; }

bool IsTemporal(const WordInfo& word) { return word.cls == WordClass::kNum || word.time_name; }

// Whether `i` (inside the phrase scanned from `start`) may continue a noun phrase to the right.
bool ContinuesRight(const Words& words, int start, int i) {
  WordClass cls = words[i].cls;
  // "took Fallujah Wednesday": a weekday or month after a name starts a date, not the name.
  if (words[i].time_name) return i == start || !IsNominal(words[i - 1].cls);
  if (IsNominal(cls) || cls == WordClass::kAdj) return true;
  bool has_next = i + 1 < Size(words);
  WordClass next = has_next ? words[i + 1].cls : WordClass::kOther;
  switch (cls) {
    case WordClass::kPossMarker:
      return i > start && IsNominal(words[i - 1].cls);
    case WordClass::kHyphen:
      return i > start && (IsNominal(next) || next == WordClass::kAdj);
    case WordClass::kAdv:
      return next == WordClass::kAdj;  // "a very important aspect"
    case WordClass::kVerb:             // "the existing exchange", "a united front"
      return !words[i].finite && i > start && IsDeterminer(words[i - 1].cls) &&
             (IsNominal(next) || next == WordClass::kAdj);
    default:
      return false;
  }
}

// The bare noun phrase starting at `start`: determiners, modifiers, head; no attachments.
std::optional<Phrase> CoreRight(const Words& words, int start) {
  int n = Size(words);
  if (start >= n) return std::nullopt;
  if (words[start].cls == WordClass::kPron) return Phrase{start, start + 1, start};
  int i = start;
  while (i < n && i - start < 2 && IsDeterminer(words[i].cls)) ++i;
  int last_nominal = -1;
  for (; i < n && ContinuesRight(words, start, i); ++i) {
    if (IsNominal(words[i].cls)) last_nominal = i;
  }
  if (last_nominal < 0) return std::nullopt;
  return Phrase{start, last_nominal + 1, last_nominal};
}

// Whether the word before index `b` may extend a noun phrase that now begins at `b`.
bool ContinuesLeft(const Words& words, int b) {
  WordClass cls = words[b - 1].cls;
  if (IsNominal(cls) || cls == WordClass::kAdj) return true;
  WordClass before = b >= 2 ? words[b - 2].cls : WordClass::kOther;
  switch (cls) {
    case WordClass::kPossMarker:
      return IsNominal(before);
    case WordClass::kHyphen:
      return IsNominal(before) || before == WordClass::kAdj;
    case WordClass::kAdv:
      return words[b].cls == WordClass::kAdj && IsDeterminer(before);
    case WordClass::kVerb:
      return !words[b - 1].finite && IsDeterminer(before);
    default:
      return false;
  }
}

// The bare noun phrase whose head is `last`.
std::optional<Phrase> CoreLeft(const Words& words, int last) {
  if (last < 0) return std::nullopt;
  WordClass cls = words[last].cls;
  if (cls == WordClass::kPron) return Phrase{last, last + 1, last};
  if (!IsNominal(cls)) return std::nullopt;
  int b = last;
  while (b > 0 && ContinuesLeft(words, b)) --b;
  if (b > 0 && IsDeterminer(words[b - 1].cls)) --b;
  if (b > 0 && words[b - 1].cls == WordClass::kDet) --b;  // "all the"
  return Phrase{b, last + 1, last};
}

// Appends up to kMaxOfPhrases "of" phrases to `phrase`.
void AttachOfRight(const Words& words, Phrase& phrase) {
  for (int k = 0; k < kMaxOfPhrases; ++k) {
    if (phrase.end + 1 >= Size(words) || !words[phrase.end].lemma_of) return;
    std::optional<Phrase> tail = CoreRight(words, phrase.end + 1);
    if (!tail) return;
    phrase.end = tail->end;
  }
}

// A bare noun phrase ending at `last` with up to kMaxOfPhrases "of" phrases before it.
std::optional<Phrase> OfChainLeft(const Words& words, int last) {
  std::optional<Phrase> phrase = CoreLeft(words, last);
  if (!phrase || words[phrase->head].cls == WordClass::kPron) return phrase;
  for (int k = 0; k < kMaxOfPhrases; ++k) {
    int of = phrase->begin - 1;
    if (of < 1 || !words[of].lemma_of) break;
    std::optional<Phrase> owner = CoreLeft(words, of - 1);
    if (!owner || words[owner->head].cls == WordClass::kPron) break;
    phrase->begin = owner->begin;
    phrase->head = owner->head;
  }
  return phrase;
}

bool StartsClause(const Words& words, int i) {
  if (i >= Size(words)) return false;
  const WordInfo& word = words[i];
  return word.cls == WordClass::kAux || (word.cls == WordClass::kVerb && word.finite);
}

// "A, B, <verb>": the appositive pair before a comma; prefers the proper name.
std::optional<Phrase> Apposition(const Words& words, int comma) {
  std::optional<Phrase> second = SubjectEndingAt(words, comma - 1);
  if (!second) return std::nullopt;
  int first_comma = second->begin - 1;
  if (first_comma < 1 || words[first_comma].cls != WordClass::kComma) return std::nullopt;
  std::optional<Phrase> first = SubjectEndingAt(words, first_comma - 1);
  if (!first) return std::nullopt;
  bool second_is_name = words[second->head].cls == WordClass::kPropn;
  bool first_is_name = words[first->head].cls == WordClass::kPropn;
  return second_is_name && !first_is_name ? second : first;
}

}  // namespace

std::optional<Phrase> ObjectAt(const Words& words, int start, bool attach_pp) {
  std::optional<Phrase> object = CoreRight(words, start);
  if (!object || words[object->head].time_name) return std::nullopt;
  if (words[object->head].cls != WordClass::kPron) AttachOfRight(words, *object);
  if (StartsClause(words, object->end)) return std::nullopt;
  int prep = object->end;
  if (!attach_pp || words[object->head].cls != WordClass::kNoun || prep + 1 >= Size(words) ||
      !words[prep].attaching_prep) {
    return object;
  }
  std::optional<Phrase> tail = CoreRight(words, prep + 1);
  if (!tail || IsTemporal(words[tail->head])) return object;
  AttachOfRight(words, *tail);
  object->end = tail->end;
  object->has_pp = true;
  return object;
}

std::optional<Phrase> SubjectEndingAt(const Words& words, int last) {
  std::optional<Phrase> subject = OfChainLeft(words, last);
  if (!subject) return std::nullopt;
  int prep = subject->begin - 1;
  if (prep >= 1 && words[prep].cls == WordClass::kPrep && words[prep].attaching_prep) {
    std::optional<Phrase> owner = OfChainLeft(words, prep - 1);
    WordClass owner_head = owner ? words[owner->head].cls : WordClass::kOther;
    if (owner_head == WordClass::kNoun || owner_head == WordClass::kPropn) {
      // "President Bush on Tuesday": the date is dropped; "the situation in Iraq" is kept.
      if (IsTemporal(words[subject->head])) return owner;
      owner->end = subject->end;
      owner->has_pp = true;
      subject = owner;
    }
  }
  if (subject->begin > 0 && words[subject->begin - 1].cls == WordClass::kPrep) return std::nullopt;
  return subject;
}

std::optional<Phrase> SubjectBefore(const Words& words, int group_begin, int* gap) {
  int p = group_begin - 1;
  int adverbs = 0;
  while (p >= 0 && (words[p].cls == WordClass::kAdv || words[p].cls == WordClass::kNegation)) {
    --p;
    ++adverbs;
  }
  if (p < 0) return std::nullopt;
  std::optional<Phrase> subject;
  if (words[p].cls == WordClass::kRelPron) {
    --p;
    if (p >= 0 && words[p].cls == WordClass::kComma) --p;
    subject = SubjectEndingAt(words, p);
  } else if (words[p].cls == WordClass::kComma) {
    subject = Apposition(words, p);
  } else {
    subject = SubjectEndingAt(words, p);
  }
  if (subject) *gap = group_begin - subject->end - adverbs;
  return subject;
}

}  // namespace kgraph
