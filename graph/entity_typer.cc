#include "graph/entity_typer.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kgraph {
namespace {

// Folded keys of places news text names most often: countries (after alias resolution) and
// capitals. A place missing here is typed by the rules below, usually as "Thing".
constexpr std::string_view kPlaces[] = {
    "afghanistan",    "africa",        "algeria",      "argentina",   "armenia",
    "asia",           "australia",     "austria",      "azerbaijan",  "baghdad",
    "beijing",        "belarus",       "belgium",      "berlin",      "brazil",
    "brussels",       "canada",        "chechnya",     "chile",       "china",
    "colombia",       "crimea",        "cuba",         "damascus",    "denmark",
    "donbas",         "donetsk",       "egypt",        "estonia",     "europe",
    "finland",        "france",        "gaza",         "georgia",     "germany",
    "greece",         "hungary",       "india",        "indonesia",   "iran",
    "iraq",           "ireland",       "israel",       "italy",       "japan",
    "jerusalem",      "jordan",        "kazakhstan",   "kiev",        "kyiv",
    "latvia",         "lebanon",       "libya",        "lithuania",   "london",
    "luhansk",        "mexico",        "minsk",        "moldova",     "moscow",
    "netherlands",    "new york",      "nigeria",      "north korea", "norway",
    "pakistan",       "palestine",     "paris",        "poland",      "qatar",
    "romania",        "russia",        "saudi arabia", "serbia",      "somalia",
    "south africa",   "south korea",   "soviet union", "spain",       "st petersburg",
    "sudan",          "sweden",        "switzerland",  "syria",       "taiwan",
    "tehran",         "tokyo",         "turkey",       "ukraine",     "united arab emirates",
    "united kingdom", "united states", "venezuela",    "vietnam",     "washington",
    "yemen",
};

// A name containing one of these words names an organization ("Security Council", "FSB").
constexpr std::string_view kOrganizationWords[] = {
    "agency",       "army",       "assembly",   "bank",        "board",      "bureau",
    "cia",          "commission", "committee",  "company",     "congress",   "corporation",
    "council",      "court",      "department", "directorate", "duma",       "eu",
    "fbi",          "federation", "forces",     "fsb",         "government", "gru",
    "inc",          "institute",  "kgb",        "kremlin",     "ltd",        "ministry",
    "nations",      "nato",       "navy",       "office",      "opec",       "organisation",
    "organization", "parliament", "party",      "pentagon",    "police",     "senate",
    "service",      "state",      "svr",        "taliban",     "un",         "union",
    "university",
};

// Words that introduce a person: the mention after them, or a mention that starts with one.
constexpr std::string_view kTitles[] = {
    "ambassador", "chairman",  "chairwoman",   "chancellor",  "col",       "colonel",
    "director",   "dr",        "gen",          "governor",    "king",      "lt",
    "mayor",      "minister",  "mr",           "mrs",         "ms",        "pope",
    "premier",    "president", "prince",       "queen",       "secretary", "sen",
    "senator",    "spokesman", "spokesperson", "spokeswoman",
};

template <std::size_t N>
bool Contains(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

std::vector<std::string> SplitWords(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t begin = 0;
  while (begin < folded.size()) {
    std::size_t end = folded.find(' ', begin);
    if (end == std::string::npos) end = folded.size();
    words.emplace_back(folded.substr(begin, end - begin));
    begin = end + 1;
  }
  return words;
}

// The word before the mention is a title: "President Putin", "Mr. Lavrov", "spokesman Peskov".
bool FollowsTitle(const Document& doc, const Sentence& sentence, ByteSpan span) {
  const std::vector<Token>& tokens = sentence.tokens;
  const auto after = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& token) {
    return token.span.end <= span.begin;
  });
  const auto before = static_cast<std::size_t>(after - tokens.begin());
  if (before == 0) return false;
  const Token* previous = &tokens[before - 1];
  const Token* before_previous = before >= 2 ? &tokens[before - 2] : nullptr;
  // "Mr" "." "Lavrov": a tokenizer may split the abbreviation's period off.
  if (doc.Form(*previous) == "." && before_previous != nullptr) previous = before_previous;
  return IsTitleWord(FoldName(doc.Form(*previous)));
}

// Two or three capitalized proper nouns, possibly with a possessive: "Nikolai Patrushev’s".
bool IsProperName(const Document& doc, const Sentence& sentence, ByteSpan span) {
  int names = 0;
  for (const Token& token : TokensWithin(sentence, span)) {
    if (token.upos == Upos::kPart || token.upos == Upos::kPunct) continue;
    const std::string_view form = doc.Form(token);
    if (token.upos != Upos::kPropn || form.empty() || (form[0] >= 'a' && form[0] <= 'z')) {
      return false;
    }
    ++names;
  }
  return names == 2 || names == 3;
}

// Whether the tokens of `span` before token `name` are only determiners, punctuation and
// possessors ("the", "Russia 's").
bool OnlyDeterminersOrPossessorsBefore(const Sentence& sentence, ByteSpan span, int name) {
  for (int t = name - 1; t >= 0 && sentence.tokens[t].span.begin >= span.begin; --t) {
    const Upos upos = sentence.tokens[t].upos;
    const bool possessor = t + 1 < name && sentence.tokens[t + 1].upos == Upos::kPart;
    if (upos != Upos::kDet && upos != Upos::kPart && upos != Upos::kPunct && !possessor) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool IsTitleWord(std::string_view folded_word) { return Contains(kTitles, folded_word); }

ByteSpan NameSpan(const Document& doc, const Sentence& sentence, ByteSpan span) {
  const std::span<const Token> tokens = TokensWithin(sentence, span);
  bool titled = false;
  std::size_t name_begin = 0;  // index of the first token after the last title/organization word
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string word = FoldName(doc.Form(tokens[i]));
    const bool title = IsTitleWord(word);
    titled = titled || title;
    if (title || Contains(kOrganizationWords, word)) name_begin = i + 1;
  }
  if (!titled || name_begin == 0 || name_begin >= tokens.size()) return span;
  for (std::size_t i = name_begin; i < tokens.size(); ++i) {
    if (tokens[i].upos != Upos::kPropn) return span;
  }
  return ByteSpan{tokens[name_begin].span.begin, tokens.back().span.end};
}

std::optional<std::string_view> RecognizedType(const Sentence& sentence, ByteSpan span) {
  for (const EntityMention& mention : sentence.entities) {
    const ByteSpan found{sentence.tokens[mention.begin].span.begin,
                         sentence.tokens[mention.end - 1].span.end};
    // The recognized name is the whole mention but for a determiner or a possessor: "the
    // FSB director" and "the issue of cooperation of Russia" are no such names, "Russia's Federal
    // Security Service" is one.
    if (found.begin < span.begin || found.end != span.end) continue;
    if (!OnlyDeterminersOrPossessorsBefore(sentence, span, mention.begin)) continue;
    switch (mention.type) {
      case EntityType::kPerson:
        return "Person";
      case EntityType::kOrganization:
        return "Organization";
      case EntityType::kPlace:
        return "Place";
      default:
        return std::nullopt;
    }
  }
  return std::nullopt;
}

std::string_view GuessEntityType(const Document& doc, const Sentence& sentence, ByteSpan span,
                                 const AliasTable& aliases) {
  return GuessEntityType(doc, sentence, span, EntityKey(NormalizedText(doc, span), aliases));
}

std::string_view GuessEntityType(const Document& doc, const Sentence& sentence, ByteSpan span,
                                 std::string_view key) {
  if (key.empty()) return "Thing";
  if (Contains(kPlaces, key)) return "Place";

  // Names are capitalized in English: "the strained relations between nations" names no
  // organization even though "nations" is an organization word.
  const std::string surface = NormalizedText(doc, span);
  if (std::none_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return "Thing";
  }
  const std::vector<std::string> words = SplitWords(key);
  // "President Vladimir Putin", "Secretary of State Antony Blinken": a title starts the name.
  if (words.size() >= 2 && IsTitleWord(words.front())) return "Person";
  for (const std::string& word : words) {
    if (Contains(kOrganizationWords, word)) return "Organization";
  }
  if (FollowsTitle(doc, sentence, span) || IsProperName(doc, sentence, span)) return "Person";
  // Last, the entity recognizer: on news it is less reliable than the rules above (56 F1 on GUM
  // dev), but better than nothing for names they do not cover ("Bortnikov", "Lugansk", "TASS").
  return RecognizedType(sentence, span).value_or("Thing");
}

}  // namespace kgraph
