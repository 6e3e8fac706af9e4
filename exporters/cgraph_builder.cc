#include "exporters/cgraph_builder.h"

#include <utf8proc.h>

#include <vector>

#include "core/error.h"

namespace kgraph {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

bool IsDisplayable(utf8proc_int32_t c) {
  return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0xFFFE && c != 0xFFFF;
}

std::string ShapeOf(const std::string& type) {
  if (type == "Person") return "ellipse";
  if (type == "Organization") return "box";
  if (type == "Place") return "hexagon";
  return "note";
}

// cgraph takes non-const char*; it copies every name and value it keeps.
void Set(void* object, const char* name, std::string value) {
  std::string name_copy(name);
  std::string empty;
  if (agsafeset(object, name_copy.data(), value.data(), empty.data()) != 0) {
    throw Error("Graphviz could not set attribute \"" + name_copy + "\"");
  }
}

void SetGraphAttribute(Agraph_t* graph, const char* name, std::string value) {
  std::string name_copy(name);
  if (agattr(graph, AGRAPH, name_copy.data(), value.data()) == nullptr) {
    throw Error("Graphviz could not set graph attribute \"" + name_copy + "\"");
  }
}

// The role written with the name most often (the first such on ties), or "".
std::string MainRole(const Entity& entity) {
  std::string role;
  std::uint32_t best = 0;
  for (const auto& [text, count] : entity.roles) {
    if (count > best) role = text, best = count;
  }
  return role;
}

std::string NodeTooltip(const Entity& entity) {
  std::string type = entity.type.empty() ? "untyped" : entity.type;
  std::string text = entity.key + " (" + type + ", " + std::to_string(entity.mentions) +
                     " mentions in " + std::to_string(entity.documents.size()) + " documents)";
  for (const auto& [role, count] : entity.roles) text += "\n" + role;
  return text;
}

// A person's main role under the name: "Dmitry Peskov\n(Kremlin spokesman)".
std::string NodeLabel(const Entity& entity) {
  const std::string role = MainRole(entity);
  return role.empty() ? entity.name : entity.name + "\n(" + role + ")";
}

std::string EdgeTooltip(const Relation& relation, const std::string& source) {
  std::string text =
      relation.evidence.empty() ? relation.label : relation.evidence.front().sentence_text;
  return source.empty() ? text : "attributed to " + source + ": " + text;
}

// A fact that is only reported says so under its label, so the drawing never shows a claim as
// a narrated fact.
std::string EdgeLabel(const Relation& relation, const std::string& source) {
  return source.empty() ? relation.label : relation.label + "\n(attributed to " + source + ")";
}

}  // namespace

std::string GraphvizLabel(std::string_view text) {
  std::string out;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &c);
    if (length <= 0) {
      out += kReplacementCharacter;
      length = 1;
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      if (remaining == 1 || bytes[1] != '\n') out += "\\n";  // "\r\n" is one break
    } else if (c == '\t') {
      out += ' ';
    } else if (!IsDisplayable(c)) {
      out += kReplacementCharacter;
    } else {
      out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    }
    bytes += length;
    remaining -= length;
  }
  return out;
}

AgraphPtr BuildAgraph(const KnowledgeGraph& graph) {
  std::string name = "kgraph";
  AgraphPtr agraph(agopen(name.data(), Agdirected, nullptr));
  if (!agraph) throw Error("Graphviz could not create a graph");
  SetGraphAttribute(agraph.get(), "rankdir", "LR");
  std::vector<Agnode_t*> nodes;
  nodes.reserve(graph.NodeCount());
  for (NodeId id = 0; id < graph.NodeCount(); ++id) {
    std::string node_name = "n" + std::to_string(id);
    Agnode_t* node = agnode(agraph.get(), node_name.data(), 1);
    if (node == nullptr) throw Error("Graphviz could not create node " + node_name);
    const Entity& entity = graph.GetEntity(id);
    Set(node, "label", GraphvizLabel(NodeLabel(entity)));
    Set(node, "shape", ShapeOf(entity.type));
    Set(node, "tooltip", GraphvizLabel(NodeTooltip(entity)));
    nodes.push_back(node);
  }
  for (EdgeId id = 0; id < graph.EdgeCount(); ++id) {
    std::string edge_name = "e" + std::to_string(id);
    Agedge_t* edge =
        agedge(agraph.get(), nodes[graph.Source(id)], nodes[graph.Target(id)], edge_name.data(), 1);
    if (edge == nullptr) throw Error("Graphviz could not create edge " + edge_name);
    const Relation& relation = graph.GetRelation(id);
    const std::string source = relation.AttributedTo();
    Set(edge, "label", GraphvizLabel(EdgeLabel(relation, source)));
    Set(edge, "tooltip", GraphvizLabel(EdgeTooltip(relation, source)));
    // Set only where needed, so graphs without negations keep their exact DOT text.
    if (relation.Negated()) Set(edge, "style", "dashed");
  }
  return agraph;
}

}  // namespace kgraph
