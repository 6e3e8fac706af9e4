#include "graph/traversal.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/visitors.hpp>
#include <limits>
#include <optional>
#include <tuple>

namespace kgraph {
namespace {

struct UndirectedEdge {
  EdgeId id = 0;
};

// The knowledge graph with edge directions forgotten: every question here follows facts both
// ways. Edges are added in id order, so adjacency lists (and so BFS order) are deterministic.
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                         boost::no_property, UndirectedEdge>;

constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

Undirected MakeUndirected(const KnowledgeGraph& graph) {
  Undirected undirected(graph.NodeCount());
  for (EdgeId edge = 0; edge < graph.EdgeCount(); ++edge) {
    boost::add_edge(graph.Source(edge), graph.Target(edge), UndirectedEdge{edge}, undirected);
  }
  return undirected;
}

// Hop counts from `start` to every node; kUnreached where no path leads.
std::vector<std::size_t> Distances(const Undirected& undirected, NodeId start) {
  std::vector<std::size_t> distance(boost::num_vertices(undirected), kUnreached);
  distance[start] = 0;
  auto distance_map = boost::make_iterator_property_map(
      distance.begin(), boost::get(boost::vertex_index, undirected));
  boost::breadth_first_search(undirected, start,
                              boost::visitor(boost::make_bfs_visitor(
                                  boost::record_distances(distance_map, boost::on_tree_edge()))));
  return distance;
}

}  // namespace

std::vector<EdgeId> Neighborhood(const KnowledgeGraph& graph, NodeId node, int depth) {
  graph.GetEntity(node);  // throws kgraph::Error for an unknown node
  if (depth <= 0) return {};
  const std::vector<std::size_t> distance = Distances(MakeUndirected(graph), node);

  std::vector<std::pair<std::size_t, EdgeId>> found;  // (nearer endpoint's distance, edge)
  for (EdgeId edge = 0; edge < graph.EdgeCount(); ++edge) {
    const std::size_t nearer = std::min(distance[graph.Source(edge)], distance[graph.Target(edge)]);
    if (nearer < static_cast<std::size_t>(depth)) found.emplace_back(nearer, edge);
  }
  std::sort(found.begin(), found.end());
  std::vector<EdgeId> edges;
  edges.reserve(found.size());
  for (const auto& [nearer, edge] : found) edges.push_back(edge);
  return edges;
}

std::vector<EdgeId> ShortestPath(const KnowledgeGraph& graph, NodeId from, NodeId to) {
  graph.GetEntity(from);  // throws kgraph::Error for an unknown node
  graph.GetEntity(to);
  if (from == to) return {};
  const Undirected undirected = MakeUndirected(graph);
  // Distances to the goal let the walk from `from` pick, at every step, the lowest edge id among
  // the edges that still lie on some shortest path.
  const std::vector<std::size_t> distance = Distances(undirected, to);
  if (distance[from] == kUnreached) return {};

  std::vector<EdgeId> path;
  for (NodeId at = from; at != to;) {
    std::optional<std::pair<EdgeId, NodeId>> best;
    for (const auto& edge : boost::make_iterator_range(boost::out_edges(at, undirected))) {
      const auto next = static_cast<NodeId>(boost::target(edge, undirected));
      const EdgeId id = undirected[edge].id;
      if (distance[next] + 1 == distance[at] && (!best || id < best->first)) best.emplace(id, next);
    }
    path.push_back(best->first);
    at = best->second;
  }
  return path;
}

GraphStats ComputeStats(const KnowledgeGraph& graph, std::size_t top) {
  GraphStats stats;
  stats.nodes = graph.NodeCount();
  stats.edges = graph.EdgeCount();
  for (EdgeId edge = 0; edge < graph.EdgeCount(); ++edge) {
    stats.evidence += graph.GetRelation(edge).evidence.size();
  }
  const Undirected undirected = MakeUndirected(graph);
  std::vector<std::size_t> component(stats.nodes);
  stats.components =
      stats.nodes == 0
          ? 0
          : boost::connected_components(
                undirected, boost::make_iterator_property_map(
                                component.begin(), boost::get(boost::vertex_index, undirected)));

  std::vector<std::pair<NodeId, std::size_t>> degrees;
  degrees.reserve(stats.nodes);
  for (NodeId node = 0; node < stats.nodes; ++node) {
    degrees.emplace_back(node, graph.OutEdges(node).size() + graph.InEdges(node).size());
  }
  const std::size_t kept = std::min(top, degrees.size());
  std::partial_sort(degrees.begin(), degrees.begin() + static_cast<std::ptrdiff_t>(kept),
                    degrees.end(), [](const auto& a, const auto& b) {
                      return std::tie(b.second, a.first) < std::tie(a.second, b.first);
                    });
  degrees.resize(kept);
  stats.top_by_degree = std::move(degrees);
  return stats;
}

}  // namespace kgraph
