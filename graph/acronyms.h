// Aliases an article defines itself: "Russia's Federal Security Service (FSB)", "the Islamic
// State (IS, previously known as ISIS and ISIL)". News writes a name in full once and its
// acronym afterwards; reading the definition lets both land on one node.
#pragma once

#include <string>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

struct AliasDefinition {
  std::string alias;  // "FSB", as written
  std::string name;   // "Federal Security Service", as written
  friend bool operator==(const AliasDefinition&, const AliasDefinition&) = default;
};

// The definitions in the tokenized sentences of `doc`, in text order. A definition is a
// capitalized name followed by a parenthesis that starts with an acronym sharing the name's
// first letter; further acronyms introduced by "as" in the same parenthesis ("previously known
// as ISIS and ISIL") are aliases of the name too.
std::vector<AliasDefinition> FindAliasDefinitions(const Document& doc);

}  // namespace kgraph
