#include "core/text/document.h"

namespace kgraph {

std::string NormalizedText(const Document& doc, ByteSpan span) {
  std::string out;
  out.reserve(span.size());
  bool pending_space = false;
  for (char c : doc.Text(span)) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace kgraph
