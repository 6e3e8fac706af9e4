#include "core/error.h"

#include <utility>

namespace kgraph {

std::string FormatError(const std::string& message, const ErrorLocation& location) {
  std::string out;
  if (!location.source.empty()) {
    out += location.source;
    if (location.line) out += ":" + std::to_string(*location.line);
    if (location.offset) out += ": byte " + std::to_string(*location.offset);
    out += ": ";
  } else if (location.line || location.offset) {
    if (location.line) out += "line " + std::to_string(*location.line) + ": ";
    if (location.offset) out += "byte " + std::to_string(*location.offset) + ": ";
  }
  return out + message;
}

Error::Error(std::string message, ErrorLocation location)
    : std::runtime_error(FormatError(message, location)),
      message_(std::move(message)),
      location_(std::move(location)) {}

}  // namespace kgraph
