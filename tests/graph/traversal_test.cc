#include "graph/traversal.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace kgraph {
namespace {

// A chain a -> b -> c -> d with a shortcut-free detour a -> e <- c, and an island f -> g:
//   e0: a->b  e1: b->c  e2: c->d  e3: a->e  e4: c->e  e5: f->g
class TraversalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"}) {
      graph_.AddMention(name);
    }
    Connect(0, 1);
    Connect(1, 2);
    Connect(2, 3);
    Connect(0, 4);
    Connect(2, 4);
    Connect(5, 6);
  }

  void Connect(NodeId from, NodeId to) {
    Evidence evidence;
    evidence.document = "d";
    evidence.sentence = static_cast<std::uint32_t>(graph_.EdgeCount());
    graph_.AddFact(from, "link", to, evidence);
  }

  KnowledgeGraph graph_;
};

TEST_F(TraversalTest, NeighborhoodGrowsWithDepthAndFollowsBothDirections) {
  EXPECT_TRUE(Neighborhood(graph_, 0, 0).empty());
  EXPECT_EQ(Neighborhood(graph_, 0, 1), (std::vector<EdgeId>{0, 3}));
  // Depth 2: b and e are one hop away; c is reached over e1 and over the reversed e4.
  EXPECT_EQ(Neighborhood(graph_, 0, 2), (std::vector<EdgeId>{0, 3, 1, 4}));
  EXPECT_EQ(Neighborhood(graph_, 0, 3), (std::vector<EdgeId>{0, 3, 1, 4, 2}));
  EXPECT_EQ(Neighborhood(graph_, 0, 10), (std::vector<EdgeId>{0, 3, 1, 4, 2}));
  // From d, everything is reached against edge direction.
  EXPECT_EQ(Neighborhood(graph_, 3, 1), (std::vector<EdgeId>{2}));
  EXPECT_EQ(Neighborhood(graph_, 6, 5), (std::vector<EdgeId>{5}));
}

TEST_F(TraversalTest, ShortestPathFollowsEdgesEitherWay) {
  EXPECT_EQ(ShortestPath(graph_, 0, 3), (std::vector<EdgeId>{0, 1, 2}));
  EXPECT_EQ(ShortestPath(graph_, 3, 0), (std::vector<EdgeId>{2, 1, 0}));
  EXPECT_EQ(ShortestPath(graph_, 4, 1), (std::vector<EdgeId>{3, 0}));
  EXPECT_TRUE(ShortestPath(graph_, 0, 0).empty());
  EXPECT_TRUE(ShortestPath(graph_, 0, 6).empty());
}

TEST_F(TraversalTest, ShortestPathTiesGoToTheLowestEdgeIds) {
  // a to c: a-b-c (e0, e1) and a-e-c (e3, e4) are equally short.
  EXPECT_EQ(ShortestPath(graph_, 0, 2), (std::vector<EdgeId>{0, 1}));
  EXPECT_EQ(ShortestPath(graph_, 2, 0), (std::vector<EdgeId>{1, 0}));
  // A parallel edge with a lower id than the detour does not change a one-hop path.
  graph_.AddRelation(1, 0, Relation{"other", {}});  // e6: b->a
  EXPECT_EQ(ShortestPath(graph_, 0, 1), (std::vector<EdgeId>{0}));
}

TEST_F(TraversalTest, StatsCountComponentsEvidenceAndDegrees) {
  const GraphStats stats = ComputeStats(graph_, 3);
  EXPECT_EQ(stats.nodes, 7u);
  EXPECT_EQ(stats.edges, 6u);
  EXPECT_EQ(stats.evidence, 6u);
  EXPECT_EQ(stats.components, 2u);
  // c has degree 3; a, b, e have 2 (ties by node id); then d, f, g with 1.
  using Entry = std::pair<NodeId, std::size_t>;
  EXPECT_EQ(stats.top_by_degree, (std::vector<Entry>{{2, 3}, {0, 2}, {1, 2}}));
  EXPECT_EQ(ComputeStats(graph_, 100).top_by_degree.size(), 7u);
}

TEST(Traversal, EmptyGraphAndUnknownNodes) {
  KnowledgeGraph graph;
  const GraphStats stats = ComputeStats(graph, 5);
  EXPECT_EQ(stats.nodes, 0u);
  EXPECT_EQ(stats.components, 0u);
  EXPECT_TRUE(stats.top_by_degree.empty());
  EXPECT_THROW(Neighborhood(graph, 0, 1), Error);
  EXPECT_THROW(ShortestPath(graph, 0, 1), Error);
}

TEST(Traversal, SelfLoopsCountTwiceAndIsolatedNodesAreComponents) {
  KnowledgeGraph graph;
  const NodeId a = *graph.AddMention("Alpha");
  graph.AddMention("Bravo");
  graph.AddFact(a, "cite", a, Evidence{});
  const GraphStats stats = ComputeStats(graph, 1);
  EXPECT_EQ(stats.components, 2u);
  EXPECT_EQ(stats.top_by_degree, (std::vector<std::pair<NodeId, std::size_t>>{{a, 2}}));
  EXPECT_EQ(Neighborhood(graph, a, 1), (std::vector<EdgeId>{0}));
}

}  // namespace
}  // namespace kgraph
