#include "cli/input_files.h"

#include <algorithm>
#include <filesystem>

#include "core/error.h"

namespace kgraph::cli {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> TextFilesUnder(const std::string& directory) {
  std::vector<std::string> files;
  std::error_code ec;
  auto options = fs::directory_options::skip_permission_denied;
  for (fs::recursive_directory_iterator it(directory, options, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".txt") {
      files.push_back(it->path().string());
    }
  }
  if (ec) throw Error("cannot list directory: " + ec.message(), {directory, {}, {}});
  std::sort(files.begin(), files.end());
  if (files.empty()) throw Error("directory holds no .txt file", {directory, {}, {}});
  return files;
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs) {
  if (inputs.empty()) return {kStdinName};
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == kStdinName) {
      files.push_back(input);
    } else if (fs::is_directory(input, ec)) {
      std::vector<std::string> found = TextFilesUnder(input);
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(input, ec)) {
      files.push_back(input);
    } else {
      throw Error("no such file or directory", {input, {}, {}});
    }
  }
  return files;
}

}  // namespace kgraph::cli
