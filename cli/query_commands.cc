// kgraph neighbors / path / stats: questions asked of a saved graph. The answers come from
// graph/traversal.h; this file only finds the entities the user named and prints the results.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "cli/pipeline_options.h"
#include "core/error.h"
#include "graph/traversal.h"

namespace kgraph::cli {
namespace {

struct QueryOptions {
  std::string graph;
  std::vector<std::string> entities;
  int depth = 1;
  std::size_t top = 10;
  std::string aliases;  // extra alias file for looking entities up
};

// The saved graph, with the user's extra aliases so that any of them finds its entity.
KnowledgeGraph LoadGraphWithAliases(const QueryOptions& options) {
  KnowledgeGraph graph = LoadGraph(options.graph);
  if (!options.aliases.empty()) graph.AddAliases(AliasTable::ReadFile(options.aliases));
  return graph;
}

NodeId FindOrThrow(const KnowledgeGraph& graph, const std::string& name, const std::string& file) {
  std::optional<NodeId> node = graph.Find(name);
  if (!node) throw Error("no entity named '" + name + "' in the graph", {file, {}, {}});
  return *node;
}

std::string Confidence(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

// What a reader must know before taking a piece of evidence as a fact: who claims it, the modal
// it is hedged with, and the phrases as read when the nodes show only their heads.
std::string Qualifiers(const Evidence& evidence) {
  std::string text;
  auto add = [&text](std::string_view part) {
    if (!text.empty()) text += "; ";
    text += part;
  };
  if (!evidence.attributed_to.empty()) add("according to " + evidence.attributed_to);
  if (!evidence.modality.empty()) add("modality: " + evidence.modality);
  if (!evidence.subject_text.empty() && !evidence.object_text.empty()) {
    add("read as: " + evidence.subject_text + " — " + evidence.relation_text + " — " +
        evidence.object_text);
  }
  return text;
}

// "Subject — relation — Object  (confidence, sources)", one indented line per evidence and one
// more for its qualifiers.
void PrintFact(const KnowledgeGraph& graph, EdgeId edge, std::ostream& out) {
  const Relation& relation = graph.GetRelation(edge);
  out << graph.GetEntity(graph.Source(edge)).name << " — " << relation.label << " — "
      << graph.GetEntity(graph.Target(edge)).name << "  (confidence "
      << Confidence(relation.Confidence()) << ", " << relation.evidence.size()
      << (relation.evidence.size() == 1 ? " source)\n" : " sources)\n");
  for (const Evidence& evidence : relation.evidence) {
    out << "    " << evidence.document << " #" << evidence.sentence << ": "
        << evidence.sentence_text << "\n";
    if (std::string qualifiers = Qualifiers(evidence); !qualifiers.empty()) {
      out << "      " << qualifiers << "\n";
    }
  }
}

void PrintEntityHeader(const Entity& entity, std::ostream& out) {
  out << entity.name << " [" << (entity.type.empty() ? "Thing" : entity.type) << ", "
      << entity.mentions << (entity.mentions == 1 ? " mention" : " mentions");
  if (!entity.documents.empty()) {
    out << " in " << entity.documents.size()
        << (entity.documents.size() == 1 ? " document" : " documents");
  }
  out << "]";
  const char* separator = "  also: ";
  for (const auto& [form, count] : entity.surface_forms) {
    if (form == entity.name) continue;
    out << separator << form;
    separator = ", ";
  }
  separator = "  roles: ";
  for (const auto& [role, count] : entity.roles) {
    out << separator << role;
    separator = "; ";
  }
  out << "\n";
}

void RunNeighbors(const QueryOptions& options) {
  KnowledgeGraph graph = LoadGraphWithAliases(options);
  NodeId node = FindOrThrow(graph, options.entities.at(0), options.graph);
  PrintEntityHeader(graph.GetEntity(node), std::cout);
  for (EdgeId edge : Neighborhood(graph, node, options.depth)) PrintFact(graph, edge, std::cout);
}

int RunPath(const QueryOptions& options) {
  KnowledgeGraph graph = LoadGraphWithAliases(options);
  NodeId from = FindOrThrow(graph, options.entities.at(0), options.graph);
  NodeId to = FindOrThrow(graph, options.entities.at(1), options.graph);
  if (from == to) {
    PrintEntityHeader(graph.GetEntity(from), std::cout);
    return 0;
  }
  std::vector<EdgeId> path = ShortestPath(graph, from, to);
  if (path.empty()) {
    std::cerr << "kgraph: " << graph.GetEntity(from).name << " and " << graph.GetEntity(to).name
              << " are not connected\n";
    return 1;
  }
  for (EdgeId edge : path) PrintFact(graph, edge, std::cout);
  return 0;
}

void RunStats(const QueryOptions& options) {
  KnowledgeGraph graph = LoadGraphWithAliases(options);
  GraphStats stats = ComputeStats(graph, options.top);
  std::cout << "entities\t" << stats.nodes << "\nfacts\t" << stats.edges << "\nevidence\t"
            << stats.evidence << "\ncomponents\t" << stats.components << "\n";
  std::cout << "top entities by degree:\n";
  for (const auto& [node, degree] : stats.top_by_degree) {
    std::cout << "  " << degree << "\t" << graph.GetEntity(node).name << "\n";
  }
}

CLI::App* AddGraphArgument(CLI::App* command, QueryOptions& options) {
  command->add_option("graph", options.graph, "Graph file (.jsonld, .graphml) or -")->required();
  AddAliasesOption(*command, options.aliases);
  return command;
}

}  // namespace

void AddQueryCommands(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* neighbors = AddGraphArgument(
      app.add_subcommand("neighbors", "An entity's facts, with their source sentences"), *options);
  neighbors->add_option("entity", options->entities, "Entity name or any alias (any case)")
      ->required()
      ->expected(1);
  neighbors->add_option("-d,--depth", options->depth, "Hops to follow")
      ->capture_default_str()
      ->check(CLI::Range(1, 10));
  neighbors->callback([options, &status] {
    RunNeighbors(*options);
    status.exit_code = 0;
  });

  CLI::App* path = AddGraphArgument(
      app.add_subcommand("path", "The shortest chain of facts linking two entities"), *options);
  path->add_option("entities", options->entities, "Two entity names")->required()->expected(2);
  path->callback([options, &status] { status.exit_code = RunPath(*options); });

  CLI::App* stats = AddGraphArgument(
      app.add_subcommand("stats", "Counts, components and the most connected entities"), *options);
  stats->add_option("--top", options->top, "How many top entities to list")->capture_default_str();
  stats->callback([options, &status] {
    RunStats(*options);
    status.exit_code = 0;
  });
}

}  // namespace kgraph::cli
