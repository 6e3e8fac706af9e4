// The one error type of kgraph.
//
// Library code reports every failure by throwing kgraph::Error, which carries where it happened
// (a file or stream name, a 1-based line and/or a byte offset when known) and what was wrong.
// Only cli/ and tools/ turn it into a one-line message and an exit code; library code never
// prints and never exits.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace kgraph {

// Where in an input a problem was found. Every field is optional: a model file has a name and
// an offset, a CoNLL-U file a name and a line.
struct ErrorLocation {
  std::string source;                   // file name, "<stdin>", or empty
  std::optional<std::uint64_t> line;    // 1-based line number
  std::optional<std::uint64_t> offset;  // 0-based byte offset
};

class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, ErrorLocation location = {});

  // The message without the location prefix.
  const std::string& message() const { return message_; }
  const ErrorLocation& location() const { return location_; }

 private:
  std::string message_;
  ErrorLocation location_;
};

// Formats "source:line: message", "source: byte N: message" or just "message", the form used
// by Error::what() and by the CLI's one-line error.
std::string FormatError(const std::string& message, const ErrorLocation& location);

}  // namespace kgraph
