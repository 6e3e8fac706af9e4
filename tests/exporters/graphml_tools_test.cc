// Checks kgraph's GraphML with real tools: xmllint must validate it against the official GraphML
// 1.0 XSD (from KGRAPH_SHARED_DIR, offline), and networkx must load it with the right counts and
// attributes. Skips, saying why, when the schema or a tool is missing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "exporters/graphml_writer.h"
#include "tests/exporters/jsonld_sample_graphs.h"
#include "tests/exporters/tool_runner.h"

namespace kgraph {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;
using testing::RunResult;
using testing::ShellQuote;

const fs::path kSchema = fs::path(KGRAPH_SHARED_DIR) / "schemas" / "graphml" / "graphml.xsd";

// Prints "nodes N", "edges M", then per edge "key source target label relation" and per node
// "id name mentions(type)" in file order, for networkx's own view of the file.
constexpr char kNetworkxScript[] = R"(
import sys
import networkx
g = networkx.read_graphml(sys.argv[1])
print("multigraph", g.is_multigraph(), "directed", g.is_directed())
print("nodes", g.number_of_nodes())
print("edges", g.number_of_edges())
for node, data in g.nodes(data=True):
    print("node", node, data["labels"], data["name"], type(data["mentions"]).__name__)
if g.is_multigraph():
    edges = g.edges(keys=True, data=True)
else:
    edges = ((source, target, data["id"], data) for source, target, data in g.edges(data=True))
for source, target, key, data in edges:
    print("edge", key, source, target, data["label"], data["relation"],
          type(data["confidence"]).__name__)
)";

class GraphMlToolsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    base_ = fs::temp_directory_path() /
            ("kgraph_graphml_" + std::to_string(getpid()) + "_" + info->name());
  }

  void TearDown() override {
    std::error_code ignored;
    fs::remove(File(), ignored);
    fs::remove(Script(), ignored);
  }

  fs::path File() const { return base_.string() + ".graphml"; }
  fs::path Script() const { return base_.string() + ".py"; }

  void WriteFile(const KnowledgeGraph& graph) {
    std::ofstream out(File(), std::ios::binary);
    WriteGraphMl(graph, out);
    ASSERT_TRUE(out.good());
  }

  void WriteText(const std::string& text) {
    std::ofstream out(File(), std::ios::binary);
    out << text;
  }

  void RequireSchema() {
    if (!fs::exists(kSchema)) {
      GTEST_SKIP() << "GraphML schema not found at " << kSchema
                   << ": the shared data directory (../shared beside the repository, or "
                      "-DKGRAPH_SHARED_DIR=...) is missing";
    }
    if (!testing::HasTool("xmllint")) GTEST_SKIP() << "xmllint is not on PATH (libxml2-utils)";
  }

  RunResult Validate() {
    return RunCommand("xmllint --nonet --noout --schema " + ShellQuote(kSchema.string()) + " " +
                      ShellQuote(File().string()));
  }

  RunResult Networkx() {
    if (RunCommand("python3 -c 'import networkx'").exit_code != 0) {
      ADD_FAILURE() << "python3 with networkx is needed (python3-networkx)";
      return {};
    }
    std::ofstream(Script()) << kNetworkxScript;
    return RunCommand("python3 " + ShellQuote(Script().string()) + " " +
                      ShellQuote(File().string()));
  }

  fs::path base_;
};

TEST_F(GraphMlToolsTest, PatrushevGraphValidatesAgainstTheXsd) {
  RequireSchema();
  WriteFile(testing::PatrushevGraph());
  RunResult result = Validate();
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("validates"), std::string::npos) << result.output;
}

TEST_F(GraphMlToolsTest, NastyGraphValidatesAgainstTheXsd) {
  RequireSchema();
  WriteFile(testing::NastyGraph());
  RunResult result = Validate();
  EXPECT_EQ(result.exit_code, 0) << result.output;
}

TEST_F(GraphMlToolsTest, ClauseGraphValidatesAgainstTheXsd) {
  RequireSchema();
  WriteFile(testing::ClauseGraph());
  RunResult result = Validate();
  EXPECT_EQ(result.exit_code, 0) << result.output;
}

TEST_F(GraphMlToolsTest, EmptyGraphValidatesAgainstTheXsd) {
  RequireSchema();
  WriteFile(KnowledgeGraph());
  RunResult result = Validate();
  EXPECT_EQ(result.exit_code, 0) << result.output;
}

// The validation above means something only if an attribute the XSD forbids is caught.
TEST_F(GraphMlToolsTest, ValidatorRejectsAnExtraAttribute) {
  RequireSchema();
  std::ostringstream out;
  WriteGraphMl(testing::PatrushevGraph(), out);
  std::string text = out.str();
  std::string from = "<data key=\"name\">";
  text.replace(text.find(from), from.size(), "<data key=\"name\" weight=\"1\">");
  WriteText(text);
  RunResult result = Validate();
  EXPECT_NE(result.exit_code, 0) << result.output;
}

TEST_F(GraphMlToolsTest, NetworkxReadsNodesEdgesAndLabels) {
  WriteFile(testing::PatrushevGraph());
  RunResult result = Networkx();
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output,
            "multigraph False directed True\n"
            "nodes 3\n"
            "edges 2\n"
            "node n0 :Person Nikolai Patrushev int\n"
            "node n1 :Thing progress in cooperation int\n"
            "node n2 :Place Russia int\n"
            "edge e0 n0 n1 HOPE_FOR hope for float\n"
            "edge e1 n1 n2 COOPERATE_WITH cooperate with float\n");
}

TEST_F(GraphMlToolsTest, NetworkxKeepsParallelEdgesOfTheNastyGraph) {
  KnowledgeGraph graph = testing::NastyGraph();
  WriteFile(graph);
  RunResult result = Networkx();
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("multigraph True directed True\n"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("nodes " + std::to_string(graph.NodeCount()) + "\n"),
            std::string::npos);
  EXPECT_NE(result.output.find("edges " + std::to_string(graph.EdgeCount()) + "\n"),
            std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("edge e3 n1 n1 ГОВОРИТЬ_О говорить \"о\" float\n"),
            std::string::npos)
      << result.output;
}

TEST_F(GraphMlToolsTest, NetworkxReadsTheNegationAndAttributionSummaries) {
  WriteFile(testing::ClauseGraph());
  std::ofstream(Script()) << R"(
import sys
import networkx
g = networkx.read_graphml(sys.argv[1])
for source, target, data in g.edges(data=True):
    print(data["label"], repr(data["negated"]), data.get("attributed_to"))
)";
  RunResult result =
      RunCommand("python3 " + ShellQuote(Script().string()) + " " + ShellQuote(File().string()));
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output,
            "HOPE_FOR False None\n"
            "NOT_SIGN True Patrushev\n"
            "SIGN False None\n"
            "SUPPORT False Patrushev; Peskov\n");
}

}  // namespace
}  // namespace kgraph
