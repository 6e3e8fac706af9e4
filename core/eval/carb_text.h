// The string operations CaRB's Python scorer applies to its files (str.strip(), str.split(),
// line iteration over a text file), reproduced byte for byte so that kgraph's CaRB scorer reads
// every file exactly as carb.py does. Internal to core/eval/carb_*.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kgraph::carb {

// Python's str.isspace() for one code point: ASCII white space, the separators \x1c-\x1f, NEL,
// NBSP and the Unicode space separators (Zs), LINE and PARAGRAPH SEPARATOR.
bool IsPythonSpace(char32_t c);

// str.strip(): `text` without leading and trailing IsPythonSpace characters.
std::string_view Strip(std::string_view text);

// str.split() without arguments: the runs of non-space characters, in order.
std::vector<std::string_view> SplitWords(std::string_view text);

// str.split(separator): every field, empty ones included ("a\t\tb" -> "a", "", "b").
std::vector<std::string_view> SplitFields(std::string_view text, char separator);

// The lines of a file as Python's text mode yields them (universal newlines: "\n", "\r\n" and a
// lone "\r" each end a line), without their line breaks. A final line break ends the last line
// rather than starting an empty one.
std::vector<std::string_view> SplitLines(std::string_view text);

// str.replace(from, to): every non-overlapping occurrence of `from`, left to right.
std::string ReplaceAll(std::string_view text, std::string_view from, std::string_view to);

}  // namespace kgraph::carb
