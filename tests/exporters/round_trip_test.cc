// Graph -> file -> graph through the exporter factory and ReadGraph, for both readable formats,
// and across formats: GraphML read back and written as JSON-LD equals the direct JSON-LD.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "exporters/exporter.h"
#include "exporters/graph_reader.h"
#include "tests/exporters/jsonld_sample_graphs.h"

namespace kgraph {
namespace {

namespace fs = std::filesystem;

std::string Export(const KnowledgeGraph& graph, const std::string& format) {
  std::ostringstream out;
  NewExporter(format)->Write(graph, out);
  return out.str();
}

KnowledgeGraph Import(const std::string& text, const std::string& format) {
  std::istringstream in(text);
  return ReadGraph(in, format, "graph." + format);
}

class RoundTripTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = info->name();
    for (char& c : name) c = c == '/' ? '_' : c;
    file_ = fs::temp_directory_path() /
            ("kgraph_round_trip_" + std::to_string(getpid()) + "_" + name + "." + GetParam());
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove(file_, ignored);
  }

  // graph -> file -> graph, checking equality and byte-identical re-export.
  void CheckRoundTrip(const KnowledgeGraph& graph) {
    {
      std::ofstream out(file_, std::ios::binary);
      NewExporter(GetParam())->Write(graph, out);
      ASSERT_TRUE(out.good());
    }
    std::ifstream in(file_, std::ios::binary);
    KnowledgeGraph restored = ReadGraph(in, GetParam(), file_.string());
    EXPECT_TRUE(restored == graph);
    EXPECT_EQ(restored.NodeCount(), graph.NodeCount());
    EXPECT_EQ(restored.EdgeCount(), graph.EdgeCount());
    EXPECT_EQ(Export(restored, GetParam()), Export(graph, GetParam()));
  }

  fs::path file_;
};

TEST_P(RoundTripTest, PatrushevGraph) { CheckRoundTrip(testing::PatrushevGraph()); }
TEST_P(RoundTripTest, NastyGraph) { CheckRoundTrip(testing::NastyGraph()); }
TEST_P(RoundTripTest, EmptyGraph) { CheckRoundTrip(KnowledgeGraph()); }
TEST_P(RoundTripTest, ClauseGraph) { CheckRoundTrip(testing::ClauseGraph()); }

TEST_P(RoundTripTest, KeepsRolesAndDocuments) {
  const KnowledgeGraph restored = Import(Export(testing::ClauseGraph(), GetParam()), GetParam());
  const Entity& patrushev = restored.GetEntity(*restored.FindKey("nikolai patrushev"));
  EXPECT_EQ(
      patrushev.roles,
      (std::map<std::string, std::uint32_t>{{"Secretary of the Russian Security Council", 1}}));
  EXPECT_EQ(patrushev.documents, (std::map<std::string, std::uint32_t>{{"tass-2.txt", 1}}));
  const Entity& russia = restored.GetEntity(*restored.FindKey("russia"));
  EXPECT_TRUE(russia.roles.empty());
  EXPECT_EQ(russia.documents,
            (std::map<std::string, std::uint32_t>{{"tass-2.txt", 3}, {"tass-3.txt", 1}}));
}

// Equality alone would pass if a field were dropped on both sides of the comparison; look at
// every field that the clause extractor added.
TEST_P(RoundTripTest, KeepsEveryReadingField) {
  const KnowledgeGraph restored = Import(Export(testing::ClauseGraph(), GetParam()), GetParam());
  ASSERT_EQ(restored.EdgeCount(), 4u);
  const Evidence& hope = restored.GetRelation(0).evidence.at(0);
  EXPECT_EQ(hope.subject_text, "Secretary of the Russian Security Council Nikolai Patrushev");
  EXPECT_EQ(hope.relation_text, "hopes for");
  EXPECT_EQ(hope.object_text, "progress in cooperation between Russia and the U.S.");
  EXPECT_EQ(hope.extra_arguments, (std::vector<std::string>{"in fighting terrorism", "in 2017"}));
  EXPECT_EQ(hope.mentions, (std::vector<std::string>{"russia", "united states"}));
  EXPECT_FALSE(hope.negated);
  EXPECT_EQ(hope.attributed_to, "");
  const Relation& refusal = restored.GetRelation(1);
  EXPECT_EQ(refusal.label, "not sign");
  EXPECT_TRUE(refusal.evidence.at(0).negated);
  EXPECT_EQ(refusal.evidence.at(0).attributed_to, "Patrushev");
  EXPECT_EQ(refusal.evidence.at(0).modality, "may");
  EXPECT_EQ(restored.GetRelation(3).AttributedTo(), "Patrushev; Peskov");
}

TEST_P(RoundTripTest, ChangedGraphIsNotEqual) {
  KnowledgeGraph changed;
  changed.AddEntity(testing::MakeEntity("x", "X", "Thing", {{"X", 1}}));
  KnowledgeGraph restored = Import(Export(changed, GetParam()), GetParam());
  EXPECT_FALSE(restored == testing::PatrushevGraph());
}

INSTANTIATE_TEST_SUITE_P(Formats, RoundTripTest, ::testing::Values("graphml", "jsonld"));

TEST(CrossFormatTest, GraphMlToJsonLdEqualsDirectJsonLd) {
  for (const KnowledgeGraph& graph :
       {testing::PatrushevGraph(), testing::NastyGraph(), testing::ClauseGraph()}) {
    KnowledgeGraph from_graphml = Import(Export(graph, "graphml"), "graphml");
    EXPECT_EQ(Export(from_graphml, "jsonld"), Export(graph, "jsonld"));
  }
}

TEST(CrossFormatTest, JsonLdToGraphMlEqualsDirectGraphMl) {
  for (const KnowledgeGraph& graph :
       {testing::PatrushevGraph(), testing::NastyGraph(), testing::ClauseGraph()}) {
    KnowledgeGraph from_jsonld = Import(Export(graph, "jsonld"), "jsonld");
    EXPECT_EQ(Export(from_jsonld, "graphml"), Export(graph, "graphml"));
  }
}

TEST(CrossFormatTest, UnknownReadFormatIsAnError) {
  std::istringstream in("digraph {}");
  try {
    ReadGraph(in, "dot", "graph.dot");
    ADD_FAILURE() << "no error";
  } catch (const Error& error) {
    EXPECT_NE(error.message().find("graphml or jsonld"), std::string::npos) << error.what();
    EXPECT_EQ(error.location().source, "graph.dot");
  }
}

TEST(CrossFormatTest, ReadGraphReportsTheSource) {
  std::istringstream in("<graphml");
  try {
    ReadGraph(in, "graphml", "saved.graphml");
    ADD_FAILURE() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.location().source, "saved.graphml");
    EXPECT_EQ(error.location().line, 1u);
  }
}

}  // namespace
}  // namespace kgraph
