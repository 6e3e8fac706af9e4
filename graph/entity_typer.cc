#include "graph/entity_typer.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "entities/gazetteer.h"

namespace kgraph {
namespace {

// The folded names of one kind of the built-in gazetteer ("united states", "st petersburg",
// "spokesman"), built on first use and immutable afterwards.
const std::set<std::string>& FoldedNames(GazetteerKind kind) {
  static const auto folded = [] {
    std::array<std::set<std::string>, kGazetteerKindCount> sets;
    for (int k = 0; k < kGazetteerKindCount; ++k) {
      for (const std::string& name : Gazetteer::BuiltIn().Names(static_cast<GazetteerKind>(k))) {
        if (std::string key = FoldName(name); !key.empty()) sets[k].insert(std::move(key));
      }
    }
    return sets;
  }();
  return folded[static_cast<int>(kind)];
}

// A name containing one of these words names an organization ("Security Council", "FSB").
bool IsOrganizationWord(std::string_view folded_word) {
  return FoldedNames(GazetteerKind::kOrganizationWord).contains(std::string(folded_word));
}

// A place the gazetteer lists ("Russia", "Moscow").
bool IsPlaceName(const std::string& folded_name) {
  return FoldedNames(GazetteerKind::kPlace).contains(folded_name);
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

// `span` without a place name before a recognized person's full name: "Russia Vladimir Putin",
// what is left of "the President of Russia Vladimir Putin" when a parse chains the three names
// into one, is Vladimir Putin. Other spans, and names not recognized as a person's ("Moscow State
// University"), are returned as they are.
ByteSpan WithoutLeadingPlace(const Document& doc, const Sentence& sentence, ByteSpan span) {
  const std::span<const Token> tokens = TokensWithin(sentence, span);
  if (tokens.size() < 3 || !IsPlaceName(FoldName(doc.Form(tokens[0])))) return span;
  for (const Token& token : tokens) {
    if (token.upos != Upos::kPropn) return span;
  }
  const auto last = static_cast<int>(&tokens.back() - sentence.tokens.data());
  const bool person = std::any_of(
      sentence.entities.begin(), sentence.entities.end(), [&](const EntityMention& mention) {
        return mention.type == EntityType::kPerson && mention.begin <= last && last < mention.end;
      });
  return person ? ByteSpan{tokens[1].span.begin, span.end} : span;
}

}  // namespace

bool IsTitleWord(std::string_view folded_word) {
  return FoldedNames(GazetteerKind::kTitle).contains(std::string(folded_word));
}

TitledName SplitTitle(const Document& doc, const Sentence& sentence, ByteSpan span) {
  const TitledName untitled{span, {}};
  const std::span<const Token> tokens = TokensWithin(sentence, span);
  const auto first = static_cast<int>(tokens.data() - sentence.tokens.data());
  auto word = [&](std::size_t i) { return FoldName(doc.Form(tokens[i])); };
  auto is_name_word = [&](std::size_t i) {
    return tokens[i].upos == Upos::kPropn && !IsTitleWord(word(i)) && !IsOrganizationWord(word(i));
  };
  // The name: the proper nouns at the end (before a possessive "'s") that the tree joins into
  // one name ("Nikolai" <-flat- "Patrushev", or a word attached inside the run), not a title or
  // organization word.
  std::size_t name_end = tokens.size();
  while (name_end > 0 && tokens[name_end - 1].upos == Upos::kPart) --name_end;
  if (name_end == 0 || !is_name_word(name_end - 1)) return untitled;
  std::size_t name_begin = name_end - 1;
  // A place does not begin a person's name: "the President of Russia Vladimir Putin", which a
  // parser may read as one chain of compounds, is Vladimir Putin, President of Russia.
  while (name_begin > 0 && is_name_word(name_begin - 1) && !IsPlaceName(word(name_begin - 1))) {
    const int previous = first + static_cast<int>(name_begin) - 1;
    const Token& next = tokens[name_begin];
    const int head = tokens[name_begin - 1].head;
    // Without a tree (no relations at all) a run of proper nouns is one name.
    const bool flat = next.deprel.empty() || (next.head == previous &&
                                              (next.deprel == "flat" || next.deprel == "compound"));
    const bool inside =
        head >= first + static_cast<int>(name_begin) && head < first + static_cast<int>(name_end);
    if (!flat && !inside) break;
    --name_begin;
  }
  // The role: what comes before, without leading determiners and trailing punctuation, when it
  // holds a title.
  std::size_t role_begin = 0;
  while (role_begin < name_begin && tokens[role_begin].upos == Upos::kDet) ++role_begin;
  std::size_t role_end = name_begin;
  while (role_end > role_begin && tokens[role_end - 1].upos == Upos::kPunct) --role_end;
  bool titled = false;
  for (std::size_t i = role_begin; i < role_end; ++i) titled = titled || IsTitleWord(word(i));
  if (!titled) return {WithoutLeadingPlace(doc, sentence, span), {}};
  const std::string whole = FoldName(NormalizedText(doc, span));
  if (IsPlaceName(whole) || FoldedNames(GazetteerKind::kOrganization).contains(whole)) {
    return untitled;
  }
  return {{tokens[name_begin].span.begin, tokens[name_end - 1].span.end},
          {tokens[role_begin].span.begin, tokens[role_end - 1].span.end}};
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
  if (FoldedNames(GazetteerKind::kPlace).contains(std::string(key))) return "Place";
  if (FoldedNames(GazetteerKind::kOrganization).contains(std::string(key))) return "Organization";

  // Names are capitalized in English: "the strained relations between nations" names no
  // organization even though "nations" is an organization word.
  const std::string surface = NormalizedText(doc, span);
  if (std::none_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return "Thing";
  }
  const std::vector<std::string> words = KeyWords(key);
  // "President Vladimir Putin", "Secretary of State Antony Blinken": a title starts the name.
  if (words.size() >= 2 && IsTitleWord(words.front())) return "Person";
  for (const std::string& word : words) {
    if (IsOrganizationWord(word)) return "Organization";
  }
  if (FollowsTitle(doc, sentence, span) || IsProperName(doc, sentence, span)) return "Person";
  // Last, the entity recognizer: on news it is less reliable than the rules above (56 F1 on GUM
  // dev), but better than nothing for names they do not cover ("Bortnikov", "Lugansk", "TASS").
  return RecognizedType(sentence, span).value_or("Thing");
}

}  // namespace kgraph
