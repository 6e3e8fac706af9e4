// A small heuristic that guesses the schema.org class of an entity mention from its words and its
// sentence context. Good enough to colour a news graph; a trained classifier can replace it
// behind the same signature.
#pragma once

#include <optional>
#include <string_view>

#include "core/text/document.h"
#include "graph/alias_table.h"

namespace kgraph {

// "Place" for the gazetteer's places (after alias resolution: "U.S." is a place),
// "Organization" for its organizations and
// for names with organization words ("Security Council", "Islamic State", "FSB"),
// "Person" for mentions after a title ("President Putin", "Mr. Lavrov") or written as two or three
// capitalized proper nouns ("Nikolai Patrushev"); failing all these, the type the entity
// recognizer gave the name (Sentence::entities: PERSON, ORGANIZATION, PLACE), else "Thing". `span`
// is the mention's bytes in `doc`, inside `sentence`.
std::string_view GuessEntityType(const Document& doc, const Sentence& sentence, ByteSpan span,
                                 const AliasTable& aliases);
// The same for a caller that already has the mention's key, EntityKey(NormalizedText(doc, span)).
std::string_view GuessEntityType(const Document& doc, const Sentence& sentence, ByteSpan span,
                                 std::string_view key);

// The schema.org class of the recognized name that ends `span` (see GuessEntityType), if any.
std::optional<std::string_view> RecognizedType(const Sentence& sentence, ByteSpan span);

// A mention split into the person's name and the title or role written before it
// (issue #5, item 2): "Secretary of the Russian Security Council Nikolai Patrushev" -> name
// "Nikolai Patrushev", role "Secretary of the Russian Security Council"; "the Kremlin spokesman
// Dmitry Peskov" -> "Dmitry Peskov", "Kremlin spokesman". The name is the run of proper nouns
// after the last title, organization or place word ("the President of Russia Vladimir Putin"
// -> "Vladimir Putin", "President of Russia"), when the mention contains a title (a gazetteer
// title such as "president" or "spokesman") and ends in such a run; the role is what comes
// before it, without leading determiners. Other mentions, and names the gazetteer lists whole
// ("Prince Edward Island"), are all name: `name` is `span` and `role` is empty.
struct TitledName {
  ByteSpan name;
  ByteSpan role;
};
TitledName SplitTitle(const Document& doc, const Sentence& sentence, ByteSpan span);

// Whether a folded word is a title that may precede a person's name ("president", "mr").
bool IsTitleWord(std::string_view folded_word);

}  // namespace kgraph
