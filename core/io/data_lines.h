// The line format of kgraph's readable data files (models/aliases.tsv, models/gazetteer.tsv):
// one entry per line, tab-separated fields, lines starting with # and blank lines ignored, LF or
// CRLF line ends.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace kgraph {

// Calls `entry(line, number)` for every line of `text` that is neither blank nor a comment, with
// its 1-based line number and without its line end.
void ForEachDataLine(std::string_view text,
                     const std::function<void(std::string_view, std::uint64_t)>& entry);

// The tab-separated fields of a line ("a\tb" -> {"a", "b"}; "" -> {""}).
std::vector<std::string_view> SplitTabs(std::string_view line);

}  // namespace kgraph
