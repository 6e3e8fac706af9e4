// Reading raw text into a Document, with the checks that keep binary or broken input out of the
// pipeline: NUL bytes, invalid UTF-8 and oversized files are errors naming the byte offset.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "core/text/document.h"

namespace kgraph {

// Byte spans are 32-bit, so one document holds at most this many bytes.
inline constexpr std::uint64_t kMaxDocumentBytes = std::uint64_t{1} << 31;

// Reads all of `in` as the text of a Document with id `id`. Throws kgraph::Error naming `source`
// and the byte offset of the first NUL byte or invalid UTF-8 sequence, or when the text is larger
// than kMaxDocumentBytes. A leading UTF-8 byte order mark is kept in the text but is white space
// to every later stage.
Document ReadTextDocument(std::istream& in, const std::string& source, std::string id);

// Opens `path` and reads it as above; the document id is `path`. Throws kgraph::Error when the
// file cannot be opened or read (a directory, missing, no permission).
Document ReadTextFile(const std::string& path);

// Throws kgraph::Error (naming `source` and the offset) unless `text` is NUL-free valid UTF-8.
void CheckText(const std::string& text, const std::string& source);

}  // namespace kgraph
