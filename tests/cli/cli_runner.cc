#include "tests/cli/cli_runner.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace kgraph::testing {

namespace {

CommandResult Run(const std::string& binary, const std::string& arguments,
                  const std::string& stdin_path) {
  TempDir capture;
  const std::string out_file = capture.File("stdout");
  const std::string err_file = capture.File("stderr");
  const std::string command = "'" + binary + "' " + arguments + " >'" + out_file + "' 2>'" +
                              err_file + "' <'" + stdin_path + "'";
  int raw = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  result.out = ReadFileOrEmpty(out_file);
  result.err = ReadFileOrEmpty(err_file);
  return result;
}

}  // namespace

CommandResult RunKgraph(const std::string& arguments, const std::string& stdin_path) {
  return Run(KGRAPH_BINARY, arguments, stdin_path);
}

CommandResult RunKgraphTrain(const std::string& arguments) {
  return Run(KGRAPH_TRAIN_BINARY, arguments, "/dev/null");
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kgraph-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) std::abort();
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::Write(const std::string& name, const std::string& content) const {
  std::string file = File(name);
  std::ofstream(file, std::ios::binary) << content;
  return file;
}

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace kgraph::testing
