// Unicode case folding for name comparison, shared by FoldName and KnowledgeGraph::Find.
#pragma once

#include <string>
#include <string_view>

namespace kgraph {

// `text` case folded (NFC). With `loose`, accents are stripped too and look-alike punctuation is
// lumped (’ -> ', – -> -), the form entity keys are made of. Input that is not valid UTF-8 is
// lowercased byte by byte instead, so user queries never make a lookup throw.
std::string CaseFold(std::string_view text, bool loose);

}  // namespace kgraph
