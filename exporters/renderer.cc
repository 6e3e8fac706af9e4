#include "exporters/renderer.h"

#include <graphviz/gvc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <system_error>

#include "core/error.h"
#include "exporters/cgraph_builder.h"

namespace kgraph {
namespace {

namespace fs = std::filesystem;

struct ContextDeleter {
  void operator()(GVC_t* context) const { gvFreeContext(context); }
};
struct FileCloser {
  void operator()(FILE* file) const { std::fclose(file); }
};

// Graphviz reports through agerr, which prints to stderr by default; library code must not
// print. While alive, messages are kept by cgraph instead (its own process-wide setting, restored
// on exit), and LastMessage() returns the latest one.
class GraphvizMessages {
 public:
  GraphvizMessages() : previous_(agseterr(AGMAX)) { agreseterrors(); }
  ~GraphvizMessages() { agseterr(previous_); }
  GraphvizMessages(const GraphvizMessages&) = delete;
  GraphvizMessages& operator=(const GraphvizMessages&) = delete;

  static std::string LastMessage() {
    char* text = aglasterr();
    if (text == nullptr) return "no message from Graphviz";
    std::string message(text);
    std::free(text);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    return message.empty() ? "no message from Graphviz" : message;
  }

 private:
  agerrlevel_t previous_;
};

// Frees the layout before the graph it belongs to is closed.
class Layout {
 public:
  Layout(GVC_t* context, Agraph_t* graph) : context_(context), graph_(graph) {
    std::string engine = "dot";
    if (gvLayout(context_, graph_, engine.data()) != 0) {
      throw Error("Graphviz has no usable \"dot\" layout (" + GraphvizMessages::LastMessage() +
                  "); if its plugin configuration is missing, run `dot -c` as root");
    }
  }
  ~Layout() { gvFreeLayout(context_, graph_); }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

fs::path TemporaryPathFor(const fs::path& target) {
  return target.parent_path() /
         ("." + target.filename().string() + ".kgraph-" + std::to_string(getpid()) + ".tmp");
}

// Renders into a file of our own opening (gvRender to a FILE*, rather than gvRenderFilename), so
// an unwritable directory is reported by us with its reason.
void RenderTo(GVC_t* context, Agraph_t* graph, std::string format, const fs::path& file) {
  std::unique_ptr<FILE, FileCloser> out(std::fopen(file.c_str(), "wb"));
  if (!out) {
    throw Error(
        "cannot write diagram: " + std::error_code(errno, std::generic_category()).message(),
        {file.string(), {}, {}});
  }
  if (gvRender(context, graph, format.data(), out.get()) != 0) {
    throw Error("Graphviz could not render " + format + ": " + GraphvizMessages::LastMessage() +
                    " (is its plugin configuration missing? run `dot -c` as root)",
                {file.string(), {}, {}});
  }
  if (std::fclose(out.release()) != 0) {
    throw Error("cannot write diagram", {file.string(), {}, {}});
  }
}

}  // namespace

void RenderDiagram(const KnowledgeGraph& graph, const std::string& path, std::string_view format) {
  if (format != "svg" && format != "png") {
    throw Error("unknown diagram format \"" + std::string(format) + "\" (expected svg or png)");
  }
  AgraphPtr agraph = BuildAgraph(graph);
  GraphvizMessages messages;
  std::unique_ptr<GVC_t, ContextDeleter> context(gvContext());
  if (!context) throw Error("cannot create a Graphviz context");
  Layout layout(context.get(), agraph.get());
  fs::path target(path);
  fs::path temporary = TemporaryPathFor(target);
  try {
    RenderTo(context.get(), agraph.get(), std::string(format), temporary);
    fs::rename(temporary, target);
  } catch (const fs::filesystem_error& error) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw Error("cannot move the diagram into place: " + error.code().message(), {path, {}, {}});
  } catch (...) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw;
  }
}

}  // namespace kgraph
