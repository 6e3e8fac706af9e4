// The text of models/aliases.tsv, compiled into kgraph so that the built-in alias table needs no
// file at run time while the file stays the one place to read and edit it.
#pragma once

#include <string_view>

namespace kgraph {

// The built-in alias file, byte for byte.
std::string_view BuiltInAliasesText();

// Where that text comes from, for error messages.
inline constexpr char kBuiltInAliasesSource[] = "models/aliases.tsv";

}  // namespace kgraph
