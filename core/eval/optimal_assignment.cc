#include "core/eval/optimal_assignment.h"

#include <algorithm>
#include <cstddef>
#include <limits>

namespace kgraph {
namespace {

// The Hungarian method with row and column potentials, on a square n x n cost matrix (1-based
// inside, index 0 is the virtual start column): each row is added in turn and a shortest
// augmenting path, by Dijkstra over reduced costs, extends the matching. Returns the row matched
// to each column.
std::vector<std::size_t> MinCostMatching(const std::vector<std::vector<double>>& cost) {
  const std::size_t n = cost.size();
  const double kInfinity = std::numeric_limits<double>::infinity();
  std::vector<double> row_potential(n + 1, 0.0), column_potential(n + 1, 0.0);
  std::vector<std::size_t> row_of_column(n + 1, 0), previous(n + 1, 0);
  for (std::size_t row = 1; row <= n; ++row) {
    row_of_column[0] = row;
    std::size_t column = 0;
    std::vector<double> slack(n + 1, kInfinity);
    std::vector<bool> used(n + 1, false);
    do {
      used[column] = true;
      const std::size_t current_row = row_of_column[column];
      double delta = kInfinity;
      std::size_t next = 0;
      for (std::size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        const double reduced =
            cost[current_row - 1][j - 1] - row_potential[current_row] - column_potential[j];
        if (reduced < slack[j]) {
          slack[j] = reduced;
          previous[j] = column;
        }
        if (slack[j] < delta) {
          delta = slack[j];
          next = j;
        }
      }
      for (std::size_t j = 0; j <= n; ++j) {
        if (used[j]) {
          row_potential[row_of_column[j]] += delta;
          column_potential[j] -= delta;
        } else {
          slack[j] -= delta;
        }
      }
      column = next;
    } while (row_of_column[column] != 0);
    do {  // flip the augmenting path back to the start
      const std::size_t before = previous[column];
      row_of_column[column] = row_of_column[before];
      column = before;
    } while (column != 0);
  }
  return row_of_column;
}

}  // namespace

std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weight) {
  const std::size_t rows = weight.size();
  const std::size_t columns = rows == 0 ? 0 : weight[0].size();
  const std::size_t n = std::max(rows, columns);
  // Maximizing weight = minimizing (largest - weight); padding cells weigh 0.
  double largest = 0.0;
  for (const std::vector<double>& row : weight) {
    for (double w : row) largest = std::max(largest, w);
  }
  std::vector<std::vector<double>> cost(n, std::vector<double>(n, largest));
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < columns; ++j) cost[i][j] = largest - weight[i][j];
  }
  std::vector<std::size_t> row_of_column = MinCostMatching(cost);
  std::vector<int> column_of_row(rows, -1);
  for (std::size_t j = 1; j <= n; ++j) {
    const std::size_t row = row_of_column[j] - 1;
    if (row < rows && j - 1 < columns) column_of_row[row] = static_cast<int>(j - 1);
  }
  return column_of_row;
}

}  // namespace kgraph
