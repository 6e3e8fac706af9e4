#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "core/error.h"
#include "exporters/dot_writer.h"
#include "exporters/exporter.h"
#include "tests/exporters/jsonld_sample_graphs.h"
#include "tests/exporters/tool_runner.h"

namespace kgraph {
namespace {

namespace fs = std::filesystem;
using testing::MakeEntity;
using testing::MakeEvidence;

std::string Write(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteDot(graph, out);
  return out.str();
}

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

// Labels that break naive DOT writers: quotes, backslashes (one at the very end, one before a
// quote, one that looks like Graphviz's \N escape), line breaks, control characters, Unicode.
KnowledgeGraph LabelGraph() {
  KnowledgeGraph graph;
  NodeId a = graph.AddEntity(MakeEntity("a", "ends with \\", "Person", {}));
  NodeId b = graph.AddEntity(MakeEntity("b", "say \\\"x\\\" \\N", "Organization", {}));
  NodeId c = graph.AddEntity(MakeEntity("c", "two\nlines\r\nthree\x01\x7f", "Place", {}));
  NodeId d = graph.AddEntity(MakeEntity("d", "Москва 🚀 <b>&amp;</b>", "", {}));
  graph.AddRelation(a, b, Relation{"hope \"for\"", {MakeEvidence("x", 0, {0, 1}, "s\\", 0.5)}});
  graph.AddRelation(b, c, Relation{"tab\there", {}});
  graph.AddRelation(c, d, Relation{"bad \xC3 byte", {}});
  return graph;
}

class DotFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::HasTool("dot")) GTEST_SKIP() << "Graphviz's dot is not on PATH";
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    file_ = fs::temp_directory_path() /
            ("kgraph_dot_" + std::to_string(getpid()) + "_" + info->name() + ".dot");
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove(file_, ignored);
  }

  // `dot -T<format>` over the written file; its output and exit code.
  testing::RunResult Render(const KnowledgeGraph& graph, const std::string& format) {
    {
      std::ofstream out(file_, std::ios::binary);
      WriteDot(graph, out);
    }
    return testing::RunCommand("dot -T" + format + " " + testing::ShellQuote(file_.string()));
  }

  fs::path file_;
};

TEST(DotTest, WritesADigraphWithLabelsAndShapes) {
  std::string text = Write(testing::PatrushevGraph());
  EXPECT_EQ(text.rfind("digraph kgraph {\n", 0), 0u) << text;
  EXPECT_NE(text.find("rankdir=LR"), std::string::npos);
  EXPECT_NE(text.find("n0\t[label=\"Nikolai Patrushev\",\n\t\tshape=ellipse"), std::string::npos)
      << text;
  EXPECT_NE(text.find("shape=hexagon"), std::string::npos);
  EXPECT_NE(text.find("n0 -> n1\t[key=e0,\n\t\tlabel=\"hope for\""), std::string::npos) << text;
  EXPECT_NE(text.find(std::string("tooltip=\"") + testing::kPatrushevSentence), std::string::npos);
}

TEST(DotTest, KeepsParallelEdgesAndIsDeterministic) {
  std::string text = Write(testing::NastyGraph());
  EXPECT_EQ(Count(text, "n0 -> n1\t"), 3u) << text;
  EXPECT_EQ(Count(text, "n1 -> n1\t"), 1u);
  EXPECT_EQ(text, Write(testing::NastyGraph()));
}

TEST(DotTest, EscapesLabelsForGraphviz) {
  std::string text = Write(LabelGraph());
  EXPECT_NE(text.find("label=\"ends with \\\\\""), std::string::npos) << text;
  EXPECT_NE(text.find("label=\"say \\\\\\\"x\\\\\\\" \\\\N\""), std::string::npos) << text;
  EXPECT_NE(text.find("label=\"two\\nlines\\nthree\xEF\xBF\xBD\xEF\xBF\xBD\""), std::string::npos)
      << text;
  EXPECT_NE(text.find("label=\"hope \\\"for\\\"\""), std::string::npos) << text;
  EXPECT_NE(text.find("label=\"tab here\""), std::string::npos) << text;
  EXPECT_NE(text.find("label=\"bad \xEF\xBF\xBD byte\""), std::string::npos) << text;
}

TEST(DotTest, NegatedFactsAreDashedAndReportedFactsSaySo) {
  std::string text = Write(testing::ClauseGraph());
  EXPECT_EQ(Count(text, "style=dashed"), 1u) << text;
  EXPECT_NE(text.find("label=\"not sign\\n(attributed to Patrushev)\",\n\t\tstyle=dashed"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("tooltip=\"attributed to Patrushev: Patrushev said that Russia may not"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("label=\"support\\n(attributed to Patrushev; Peskov)\""), std::string::npos)
      << text;
  EXPECT_NE(text.find("label=sign,"), std::string::npos) << text;
}

TEST(DotTest, GraphsWithoutNegationsDeclareNoStyle) {
  EXPECT_EQ(Write(testing::PatrushevGraph()).find("style"), std::string::npos);
}

TEST(DotTest, FactoryKnowsTheFormats) {
  std::ostringstream out;
  NewExporter("dot")->Write(testing::PatrushevGraph(), out);
  EXPECT_EQ(out.str(), Write(testing::PatrushevGraph()));
  EXPECT_NE(NewExporter("graphml"), nullptr);
  EXPECT_NE(NewExporter("jsonld"), nullptr);
  try {
    NewExporter("xml");
    ADD_FAILURE() << "no error for an unknown format";
  } catch (const Error& error) {
    EXPECT_NE(error.message().find("dot, graphml, jsonld"), std::string::npos) << error.what();
  }
}

TEST_F(DotFileTest, DotRendersTheEscapedLabelsExactly) {
  testing::RunResult result = Render(LabelGraph(), "svg");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  const std::string& svg = result.output;
  EXPECT_NE(svg.find(">ends with \\</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">say \\&quot;x\\&quot; \\N</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">two</text>"), std::string::npos);
  EXPECT_NE(svg.find(">lines</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Москва 🚀 &lt;b&gt;&amp;amp;&lt;/b&gt;</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">hope &quot;for&quot;</text>"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("Warning"), std::string::npos) << svg;
}

TEST_F(DotFileTest, DotRendersTheNastyGraph) {
  testing::RunResult result = Render(testing::NastyGraph(), "svg");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find(">Say &quot;hi&quot; C:\\path</text>"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find(">говорить &quot;о&quot;</text>"), std::string::npos);
}

TEST_F(DotFileTest, DotRendersNegatedAndReportedFacts) {
  testing::RunResult result = Render(testing::ClauseGraph(), "svg");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  const std::string& svg = result.output;
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">not sign</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">(attributed to Patrushev)</text>"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("Warning"), std::string::npos) << svg;
}

TEST_F(DotFileTest, DotRendersTheEmptyGraph) {
  testing::RunResult result = Render(KnowledgeGraph(), "svg");
  EXPECT_EQ(result.exit_code, 0) << result.output;
}

}  // namespace
}  // namespace kgraph
