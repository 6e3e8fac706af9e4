// Checks kgraph's JSON-LD with real RDF tools: jsonld.js (the reference JSON-LD processor) must
// turn it into N-Quads, and Oxigraph must answer SPARQL queries over it. The node scripts live in
// tests/tools; the test skips when node or tests/tools/node_modules is missing
// (install with `npm ci --prefix tests/tools`).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "exporters/jsonld_writer.h"
#include "tests/exporters/jsonld_sample_graphs.h"

namespace kgraph {
namespace {

namespace fs = std::filesystem;

const fs::path kToolsDir = fs::path(KGRAPH_SOURCE_DIR) / "tests" / "tools";

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

RunResult RunCommand(const std::string& command) {
  RunResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer;
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.output.append(buffer.data(), n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

class JsonLdToolsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (RunCommand("node --version").exit_code != 0) GTEST_SKIP() << "node is not on PATH";
    if (!fs::exists(kToolsDir / "node_modules" / "jsonld") ||
        !fs::exists(kToolsDir / "node_modules" / "oxigraph")) {
      GTEST_SKIP() << "tests/tools/node_modules is missing: run `npm ci --prefix tests/tools`";
    }
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    file_ = fs::temp_directory_path() /
            ("kgraph_jsonld_" + std::to_string(getpid()) + "_" + info->name() + ".jsonld");
  }

  void TearDown() override {
    if (!file_.empty()) fs::remove(file_);
  }

  void WriteFile(const KnowledgeGraph& graph) {
    std::ofstream out(file_, std::ios::binary);
    WriteJsonLd(graph, out);
    ASSERT_TRUE(out.good());
  }

  RunResult Node(const std::string& script, const std::string& argument = "") {
    std::string command =
        "node " + ShellQuote((kToolsDir / script).string()) + " " + ShellQuote(file_.string());
    if (!argument.empty()) command += " " + ShellQuote(argument);
    return RunCommand(command);
  }

  fs::path file_;
};

constexpr char kPrefixes[] =
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
    "PREFIX schema: <https://schema.org/>\n"
    "PREFIX kg: <https://kgraph.dev/ns#>\n"
    "PREFIX kgr: <https://kgraph.dev/ns/rel/>\n";

TEST_F(JsonLdToolsTest, ReferenceProcessorConvertsToNQuads) {
  WriteFile(testing::PatrushevGraph());
  RunResult result = Node("check_jsonld.mjs");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("nodes: 5\n"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("triples: "), std::string::npos) << result.output;
}

TEST_F(JsonLdToolsTest, ReferenceProcessorAcceptsNastyContent) {
  WriteFile(testing::NastyGraph());
  RunResult result = Node("check_jsonld.mjs");
  EXPECT_EQ(result.exit_code, 0) << result.output;
}

TEST_F(JsonLdToolsTest, CheckerFailsOnAnEmptyGraph) {
  WriteFile(KnowledgeGraph());
  RunResult result = Node("check_jsonld.mjs");
  EXPECT_NE(result.exit_code, 0) << result.output;
}

TEST_F(JsonLdToolsTest, SparqlFindsTheDirectTriple) {
  WriteFile(testing::PatrushevGraph());
  std::string query = std::string(kPrefixes) +
                      "SELECT ?object WHERE {\n"
                      "  ?s a schema:Person ; schema:name \"Nikolai Patrushev\" ;\n"
                      "     kgr:hope_for ?o .\n"
                      "  ?o schema:name ?object .\n"
                      "}";
  RunResult result = Node("sparql_query.mjs", query);
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "?object\n\"progress in cooperation\"\n");
}

TEST_F(JsonLdToolsTest, SparqlFindsTheStatementWithEvidence) {
  WriteFile(testing::PatrushevGraph());
  std::string query = std::string(kPrefixes) +
                      "SELECT ?text ?sentence WHERE {\n"
                      "  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate kgr:hope_for ;\n"
                      "      rdf:object ?o ; kg:relation \"hope for\" ; kg:confidence ?c ;\n"
                      "      kg:evidence ?ev .\n"
                      "  ?s schema:name \"Nikolai Patrushev\" .\n"
                      "  ?o schema:name \"progress in cooperation\" .\n"
                      "  ?ev kg:document \"tass-1.txt\" ; kg:extractor \"pattern\" ;\n"
                      "      kg:sentence ?sentence ; kg:sentenceText ?text ; kg:confidence ?ec .\n"
                      "  FILTER(datatype(?c) = xsd:double && ?c = 0.8)\n"
                      "  FILTER(datatype(?sentence) = xsd:integer)\n"
                      "}";
  RunResult result = Node("sparql_query.mjs", query);
  ASSERT_EQ(result.exit_code, 0) << result.output;
  std::string expected =
      std::string("?text\t?sentence\n\"") + testing::kPatrushevSentence + "\"\t4\n";
  EXPECT_EQ(result.output, expected);
}

TEST_F(JsonLdToolsTest, SparqlCountsOneStatementPerEdge) {
  KnowledgeGraph graph = testing::NastyGraph();
  WriteFile(graph);
  std::string query =
      std::string(kPrefixes) + "SELECT (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement }";
  RunResult result = Node("sparql_query.mjs", query);
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "?n\n" + std::to_string(graph.EdgeCount()) + "\n");
}

TEST_F(JsonLdToolsTest, ReferenceProcessorAcceptsTheReadingFields) {
  WriteFile(testing::ClauseGraph());
  RunResult result = Node("check_jsonld.mjs");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("nodes: 9\n"), std::string::npos) << result.output;
}

TEST_F(JsonLdToolsTest, SparqlTellsReportedNegatedClaimsFromNarratedFacts) {
  WriteFile(testing::ClauseGraph());
  std::string query = std::string(kPrefixes) +
                      "SELECT ?rel ?negated ?who ?modality WHERE {\n"
                      "  ?st a rdf:Statement ; kg:relation ?rel ; kg:evidence ?ev .\n"
                      "  ?ev kg:negated ?negated .\n"
                      "  OPTIONAL { ?ev kg:attributedTo ?who }\n"
                      "  OPTIONAL { ?ev kg:modality ?modality }\n"
                      "  FILTER(datatype(?negated) = xsd:boolean)\n"
                      "} ORDER BY ?rel ?who";
  RunResult result = Node("sparql_query.mjs", query);
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output,
            "?rel\t?negated\t?who\t?modality\n"
            "\"hope for\"\tfalse\t\t\n"
            "\"not sign\"\ttrue\t\"Patrushev\"\t\"may\"\n"
            "\"sign\"\tfalse\t\t\n"
            "\"support\"\tfalse\t\"Patrushev\"\t\n"
            "\"support\"\tfalse\t\"Peskov\"\t\n");
}

TEST_F(JsonLdToolsTest, SparqlJoinsMentionedEntitiesAndOrderedArguments) {
  WriteFile(testing::ClauseGraph());
  std::string query = std::string(kPrefixes) +
                      "SELECT ?name ?type ?first WHERE {\n"
                      "  ?st kg:relation \"hope for\" ; kg:evidence ?ev .\n"
                      "  ?ev schema:mentions ?entity ; kg:extraArguments/rdf:first ?first .\n"
                      "  ?entity schema:name ?name ; a ?type .\n"
                      "} ORDER BY ?name";
  RunResult result = Node("sparql_query.mjs", query);
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output,
            "?name\t?type\t?first\n"
            "\"Russia\"\t<https://schema.org/Place>\t\"in fighting terrorism\"\n"
            "\"the U.S.\"\t<https://schema.org/Place>\t\"in fighting terrorism\"\n");
}

}  // namespace
}  // namespace kgraph
