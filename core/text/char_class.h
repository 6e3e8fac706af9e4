// Decoding and classifying the characters of UTF-8 text, for the tokenizer and the news reader.
// The Unicode tables are utf8proc's; this header only names the classes kgraph needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

// One decoded character: its code point and its length in bytes.
struct DecodedChar {
  char32_t code = 0;
  std::uint32_t size = 1;
};

// Decodes the character starting at byte `offset` (< text.size()). An invalid byte decodes as a
// one-byte U+FFFD, so a scan over any input always advances.
DecodedChar DecodeChar(std::string_view text, std::size_t offset);

// Decodes the character that ends just before byte `end` (> 0), stepping back over continuation
// bytes.
DecodedChar DecodeCharBefore(std::string_view text, std::size_t end);

// White space: Unicode separators (Zs, Zl, Zp), ASCII and C1 control characters, and the
// invisible format characters that separate nothing visible: the byte order mark (U+FEFF), the
// zero-width space (U+200B) and the soft hyphen (U+00AD) — a leading BOM must never start a token.
bool IsSpace(char32_t c);

// `text` with ASCII letters lowercased and every other byte as it is: for comparing words with
// the English word lists of the rule-based stages ("He" with "he").
std::string AsciiLowercase(std::string_view text);

// `text` without its white space (IsSpace: the separators the tokenizer splits at, a superset of
// the Unicode Zs that conll18_ud_eval.py removes): the characters two tokenizations of one text
// are aligned on, and the spelling of a name whatever its spaces.
std::string WithoutSpaces(std::string_view text);

// For every byte offset of `text` (and its end), the number of non-space bytes before it: the
// coordinates in which two tokenizations of one text are aligned, as CoNLL 2018 does.
std::vector<std::uint32_t> NonSpaceOffsets(std::string_view text);
bool IsLetter(char32_t c);      // letters (L*) and combining marks (M*)
bool IsDigit(char32_t c);       // decimal digits (Nd)
bool IsAlnum(char32_t c);       // letters, marks and every kind of number (N*)
bool IsUpper(char32_t c);       // upper and title case letters (Lu, Lt)
bool IsLower(char32_t c);       // lower case letters (Ll)
bool IsApostrophe(char32_t c);  // ' and the right single quotation mark ’ used as one
// Quotes, brackets and punctuation that close a sentence-final unit: ) ] } ” ’ » " '.
bool IsClosingPunct(char32_t c);
// Quotes and brackets that open one: ( [ { “ ‘ « " '.
bool IsOpeningPunct(char32_t c);

}  // namespace kgraph
