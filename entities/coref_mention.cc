#include "entities/coref_mention.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/text/char_class.h"
#include "entities/gazetteer.h"
#include "entities/mention_detection.h"

namespace kgraph::coref {
namespace {

// A personal pronoun's person, number, gender and animacy.
struct PronounFeatures {
  std::string_view form;
  int person;
  Number number;
  Gender gender;
  Animacy animacy;
};

constexpr std::array<PronounFeatures, 33> kPronouns = {{
    {"he", 3, Number::kSingular, Gender::kMale, Animacy::kAnimate},
    {"him", 3, Number::kSingular, Gender::kMale, Animacy::kAnimate},
    {"his", 3, Number::kSingular, Gender::kMale, Animacy::kAnimate},
    {"himself", 3, Number::kSingular, Gender::kMale, Animacy::kAnimate},
    {"she", 3, Number::kSingular, Gender::kFemale, Animacy::kAnimate},
    {"her", 3, Number::kSingular, Gender::kFemale, Animacy::kAnimate},
    {"hers", 3, Number::kSingular, Gender::kFemale, Animacy::kAnimate},
    {"herself", 3, Number::kSingular, Gender::kFemale, Animacy::kAnimate},
    {"it", 3, Number::kSingular, Gender::kNeuter, Animacy::kInanimate},
    {"its", 3, Number::kSingular, Gender::kNeuter, Animacy::kInanimate},
    {"itself", 3, Number::kSingular, Gender::kNeuter, Animacy::kInanimate},
    {"they", 3, Number::kPlural, Gender::kUnknown, Animacy::kUnknown},
    {"them", 3, Number::kPlural, Gender::kUnknown, Animacy::kUnknown},
    {"their", 3, Number::kPlural, Gender::kUnknown, Animacy::kUnknown},
    {"theirs", 3, Number::kPlural, Gender::kUnknown, Animacy::kUnknown},
    {"themselves", 3, Number::kPlural, Gender::kUnknown, Animacy::kUnknown},
    {"i", 1, Number::kSingular, Gender::kUnknown, Animacy::kAnimate},
    {"me", 1, Number::kSingular, Gender::kUnknown, Animacy::kAnimate},
    {"my", 1, Number::kSingular, Gender::kUnknown, Animacy::kAnimate},
    {"mine", 1, Number::kSingular, Gender::kUnknown, Animacy::kAnimate},
    {"myself", 1, Number::kSingular, Gender::kUnknown, Animacy::kAnimate},
    {"we", 1, Number::kPlural, Gender::kUnknown, Animacy::kAnimate},
    {"us", 1, Number::kPlural, Gender::kUnknown, Animacy::kAnimate},
    {"our", 1, Number::kPlural, Gender::kUnknown, Animacy::kAnimate},
    {"ours", 1, Number::kPlural, Gender::kUnknown, Animacy::kAnimate},
    {"ourselves", 1, Number::kPlural, Gender::kUnknown, Animacy::kAnimate},
    {"you", 2, Number::kUnknown, Gender::kUnknown, Animacy::kAnimate},
    {"your", 2, Number::kUnknown, Gender::kUnknown, Animacy::kAnimate},
    {"yours", 2, Number::kUnknown, Gender::kUnknown, Animacy::kAnimate},
    {"yourself", 2, Number::kSingular, Gender::kUnknown, Animacy::kAnimate},
    {"yourselves", 2, Number::kPlural, Gender::kUnknown, Animacy::kAnimate},
    {"themself", 3, Number::kSingular, Gender::kUnknown, Animacy::kAnimate},
    {"'em", 3, Number::kPlural, Gender::kUnknown, Animacy::kUnknown},
}};

// Common nouns that name people, so that "he" and "she" may take them and "it" may not. A short
// list of the frequent ones in news and GUM; other nouns count as things.
constexpr std::array<std::string_view, 56> kPersonNouns = {
    "man",         "woman",   "person",     "people",    "child",      "kid",       "boy",
    "girl",        "guy",     "president",  "minister",  "secretary",  "director",  "spokesman",
    "spokeswoman", "leader",  "author",     "writer",    "king",       "queen",     "father",
    "mother",      "son",     "daughter",   "brother",   "sister",     "wife",      "husband",
    "friend",      "officer", "official",   "student",   "teacher",    "doctor",    "player",
    "chairman",    "member",  "artist",     "scientist", "researcher", "professor", "soldier",
    "head",        "chief",   "ambassador", "senator",   "governor",   "mayor",     "parent",
    "baby",        "actor",   "actress",    "singer",    "lady",       "gentleman", "prince"};

constexpr std::array<std::string_view, 12> kMaleNouns = {
    "man",     "boy", "king",      "father", "son",   "brother",
    "husband", "guy", "gentleman", "prince", "actor", "spokesman"};
constexpr std::array<std::string_view, 9> kFemaleNouns = {
    "woman", "girl", "queen", "mother", "daughter", "sister", "wife", "lady", "actress"};

// Singular nouns for groups, which "they" may refer to ("the government ... they").
constexpr std::array<std::string_view, 14> kCollectiveNouns = {
    "government", "company", "team", "group", "party",        "council",        "committee",
    "family",     "police",  "army", "band",  "organization", "administration", "staff"};

const PronounFeatures* FindPronoun(std::string_view lower) {
  for (const PronounFeatures& p : kPronouns) {
    if (p.form == lower) return &p;
  }
  return nullptr;
}

void SetPronounFeatures(const PronounFeatures& p, Mention& m) {
  m.kind = Kind::kPronoun;
  m.person = p.person;
  m.number = p.number;
  m.gender = p.gender;
  m.animacy = p.animacy;
  m.resolvable = true;
}

// A name's last word stands for it ("Nikolai Patrushev" is matched by "Patrushev"), whichever
// word of the run of proper nouns the parser made the head.
std::string NameHead(const Document& doc, const Sentence& sentence, const MentionRef& ref) {
  int last = ref.head;
  while (last + 1 < ref.end &&
         sentence.tokens[static_cast<std::size_t>(last + 1)].upos == Upos::kPropn) {
    ++last;
  }
  return AsciiLowercase(doc.Form(sentence.tokens[static_cast<std::size_t>(last)]));
}

// A person's name has the gender of its given name ("Angela Merkel"): the first proper noun of
// the mention, when the gazetteer lists it; other names keep `otherwise`.
Gender GenderOfName(const Document& doc, const Sentence& sentence, const MentionRef& ref,
                    Gender otherwise) {
  for (int i = ref.begin; i <= ref.head; ++i) {
    const Token& token = sentence.tokens[static_cast<std::size_t>(i)];
    if (token.upos != Upos::kPropn) continue;
    const auto gender = Gazetteer::BuiltIn().GenderOf(doc.Form(token));
    if (!gender) return otherwise;
    return *gender == NameGender::kMale ? Gender::kMale : Gender::kFemale;
  }
  return otherwise;
}

// Persons are animate, other names and common nouns not known to name people inanimate; a name
// the recognizer missed is unknown.
Animacy NounAnimacy(const Mention& m, const EntityMention* named) {
  if (named != nullptr) {
    return named->type == EntityType::kPerson ? Animacy::kAnimate : Animacy::kInanimate;
  }
  if (OneOf(m.lemma, kPersonNouns)) return Animacy::kAnimate;
  return m.kind == Kind::kNominal ? Animacy::kInanimate : Animacy::kUnknown;
}

void SetNounFeatures(const Document& doc, const Sentence& sentence, const Token& head, Mention& m) {
  m.kind = head.upos == Upos::kPropn ? Kind::kProper : Kind::kNominal;
  if (m.kind == Kind::kProper) m.head = NameHead(doc, sentence, m.ref);
  if (head.xpos == "NNS" || head.xpos == "NNPS") m.number = Number::kPlural;
  if (head.xpos == "NN" || head.xpos == "NNP") m.number = Number::kSingular;
  const EntityMention* named = NamedEntityAt(sentence, m.ref.head);
  m.animacy = NounAnimacy(m, named);
  // Organizations and groups are "it" and "they" alike.
  if ((named != nullptr && named->type == EntityType::kOrganization) ||
      OneOf(m.lemma, kCollectiveNouns)) {
    m.number = Number::kUnknown;
  }
  if (OneOf(m.lemma, kMaleNouns)) m.gender = Gender::kMale;
  if (OneOf(m.lemma, kFemaleNouns)) m.gender = Gender::kFemale;
  if (m.kind == Kind::kProper && (named == nullptr || named->type == EntityType::kPerson)) {
    m.gender = GenderOfName(doc, sentence, m.ref, m.gender);
  }
}

Mention Describe(const Document& doc, int s, const DetectedMention& detected) {
  const Sentence& sentence = doc.sentences[static_cast<std::size_t>(s)];
  Mention m;
  m.ref = {s, detected.begin, detected.end, detected.head};
  const Token& head = sentence.tokens[static_cast<std::size_t>(detected.head)];
  m.head = AsciiLowercase(doc.Form(head));
  m.lemma = AsciiLowercase(head.lemma.empty() ? doc.Form(head) : head.lemma);
  m.subject = head.deprel.starts_with("nsubj");
  m.object = head.deprel == "obj" || head.deprel == "iobj";
  for (int i = detected.begin; i < detected.end; ++i) {
    const Token& token = sentence.tokens[static_cast<std::size_t>(i)];
    const std::string word = AsciiLowercase(doc.Form(token));
    if (!m.text.empty()) m.text += ' ';
    m.text += word;
    if (token.upos != Upos::kDet && token.upos != Upos::kPunct && token.xpos != "POS") {
      m.words.push_back(word);
    }
  }
  m.indefinite = m.text.starts_with("a ") || m.text.starts_with("an ");
  const PronounFeatures* pronoun = FindPronoun(m.head);
  if (pronoun != nullptr && detected.end - detected.begin == 1) {
    SetPronounFeatures(*pronoun, m);
  } else if (head.upos == Upos::kPron) {
    m.kind = Kind::kPronoun;  // "this", "someone", "one": never resolved
  } else {
    SetNounFeatures(doc, sentence, head, m);
  }
  return m;
}

}  // namespace

const EntityMention* NamedEntityAt(const Sentence& sentence, int head) {
  for (const EntityMention& e : sentence.entities) {
    if (e.begin <= head && head < e.end) return &e;
  }
  return nullptr;
}

std::vector<Mention> DocumentMentions(const Document& doc) {
  std::vector<Mention> mentions;
  for (int s = 0; s < static_cast<int>(doc.sentences.size()); ++s) {
    for (const DetectedMention& d : DetectMentions(doc.sentences[static_cast<std::size_t>(s)])) {
      mentions.push_back(Describe(doc, s, d));
    }
  }
  return mentions;
}

bool Nested(const Mention& a, const Mention& b) {
  if (a.ref.sentence != b.ref.sentence) return false;
  return (a.ref.begin <= b.ref.begin && b.ref.end <= a.ref.end) ||
         (b.ref.begin <= a.ref.begin && a.ref.end <= b.ref.end);
}

bool Agrees(const Mention& pronoun, const Mention& other) {
  auto clash = [](auto a, auto b, auto unknown) { return a != unknown && b != unknown && a != b; };
  if (clash(pronoun.number, other.number, Number::kUnknown)) return false;
  if (clash(pronoun.animacy, other.animacy, Animacy::kUnknown)) return false;
  if (other.kind == Kind::kPronoun && pronoun.person != other.person) return false;
  // "it" is neuter; a thing has no gender of its own, so only pronouns and gendered nouns clash.
  return !clash(pronoun.gender, other.gender, Gender::kUnknown);
}

}  // namespace kgraph::coref
