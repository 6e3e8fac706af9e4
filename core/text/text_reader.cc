#include "core/text/text_reader.h"

#include <utf8proc.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/error.h"

namespace kgraph {

void CheckText(const std::string& text, const std::string& source) {
  if (text.size() >= kMaxDocumentBytes) {
    throw Error("file is too large (" + std::to_string(text.size()) + " bytes; at most " +
                    std::to_string(kMaxDocumentBytes - 1) + ")",
                {source, std::nullopt, std::nullopt});
  }
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t offset = 0;
  while (offset < text.size()) {
    if (bytes[offset] < 0x80) {  // ASCII fast path
      if (bytes[offset] == 0) {
        throw Error("NUL byte in text (a binary file?)", {source, std::nullopt, offset});
      }
      ++offset;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t length = utf8proc_iterate(
        bytes + offset, static_cast<utf8proc_ssize_t>(text.size() - offset), &code_point);
    if (length < 0) throw Error("invalid UTF-8", {source, std::nullopt, offset});
    offset += static_cast<std::size_t>(length);
  }
}

Document ReadTextDocument(std::istream& in, const std::string& source, std::string id) {
  Document doc;
  doc.id = std::move(id);
  doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error("read error", {source, std::nullopt, std::nullopt});
  CheckText(doc.text, source);
  return doc;
}

Document ReadTextFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error("is a directory, not a text file", {path, std::nullopt, std::nullopt});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(std::string("cannot open: ") + std::strerror(errno),
                {path, std::nullopt, std::nullopt});
  }
  return ReadTextDocument(in, path, path);
}

}  // namespace kgraph
