#include "cli/output_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "core/error.h"

namespace kgraph::cli {
namespace {

namespace fs = std::filesystem;

// A unique name in the target's directory, so the final rename never crosses file systems.
std::string TemporaryPathFor(const std::string& path) {
  return path + ".tmp." + std::to_string(::getpid());
}

}  // namespace

void WriteOutput(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    return;
  }
  const std::string temporary = TemporaryPathFor(path);
  try {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(std::string("cannot create: ") + std::strerror(errno), {path, {}, {}});
    write(out);
    out.close();
    if (!out) throw Error("write failed (disk full?)", {path, {}, {}});
    std::error_code ec;
    fs::rename(temporary, path, ec);
    if (ec) throw Error("cannot replace file: " + ec.message(), {path, {}, {}});
  } catch (...) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw;
  }
}

}  // namespace kgraph::cli
