// Runs the kgraph binary in a shell for end-to-end tests and captures what it printed.
#pragma once

#include <filesystem>
#include <string>

namespace kgraph::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `KGRAPH_BINARY <arguments>` through /bin/sh (arguments are passed as written, so quote
// them) with standard input from `stdin_path`, and returns its exit code and both output streams.
CommandResult RunKgraph(const std::string& arguments, const std::string& stdin_path = "/dev/null");
// The same for kgraph-train, the training binary that links libtorch.
CommandResult RunKgraphTrain(const std::string& arguments);

// A fresh directory under the system temp dir, removed when the object goes out of scope.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  // Writes `content` to `name` inside the directory and returns its path.
  std::string Write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFileOrEmpty(const std::string& path);

}  // namespace kgraph::testing
