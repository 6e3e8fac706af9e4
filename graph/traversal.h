// Read-only questions about a knowledge graph, answered with Boost.Graph algorithms.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kgraph {

// Every fact within `depth` hops of `node`, edges followed in either direction. Sorted by
// (distance of the nearer endpoint, edge id); deterministic.
std::vector<EdgeId> Neighborhood(const KnowledgeGraph& graph, NodeId node, int depth);

// The facts on a shortest path from `from` to `to`, edges followed in either direction, in path
// order. Empty when from == to or no path exists. Among equal-length paths the one through the
// lowest edge ids wins.
std::vector<EdgeId> ShortestPath(const KnowledgeGraph& graph, NodeId from, NodeId to);

struct GraphStats {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t evidence = 0;    // pieces of evidence over all edges
  std::size_t components = 0;  // weakly connected components
  // The `top` entities of highest degree (in + out), ties by node id.
  std::vector<std::pair<NodeId, std::size_t>> top_by_degree;
};

GraphStats ComputeStats(const KnowledgeGraph& graph, std::size_t top);

}  // namespace kgraph
