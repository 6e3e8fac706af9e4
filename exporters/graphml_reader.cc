#include "exporters/graphml_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <charconv>
#include <climits>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "exporters/graphml_format.h"

namespace kgraph {
namespace {

using rapidjson::Value;

struct ParserContextDeleter {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};
struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::string_view Name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool IsElement(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && Name(node) == name;
}

std::optional<std::string> Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

std::string_view View(const Value& value) {
  return std::string_view(value.GetString(), value.GetStringLength());
}

// One <data> value: its text and the element, for the line number of errors about it.
struct Field {
  std::string text;
  const xmlNode* element = nullptr;
};
using Fields = std::map<std::string, Field, std::less<>>;  // by attr.name

// A declared <key>: which elements it is for and the attribute it names.
struct KeyInfo {
  std::string domain;
  std::string name;
};

// Walks the parsed tree; every error carries the source and the line of the element at fault.
class GraphMlParser {
 public:
  explicit GraphMlParser(std::string source) : source_(std::move(source)) {}

  KnowledgeGraph Parse(const std::string& text) {
    if (text.size() > static_cast<std::size_t>(INT_MAX)) {
      throw Error("GraphML input is larger than 2 GiB", {source_, {}, {}});
    }
    std::unique_ptr<xmlParserCtxt, ParserContextDeleter> context(xmlNewParserCtxt());
    if (!context) throw Error("cannot create the XML parser", {source_, {}, {}});
    constexpr int kOptions =
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
    std::unique_ptr<xmlDoc, DocDeleter> doc(xmlCtxtReadMemory(context.get(), text.data(),
                                                              static_cast<int>(text.size()),
                                                              source_.c_str(), nullptr, kOptions));
    if (!doc) ThrowParseError(context.get());
    if (doc->intSubset != nullptr) {
      throw Error("a DTD (<!DOCTYPE ...>) is not allowed in GraphML", {source_, {}, {}});
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (root == nullptr) throw Error("the document has no root element", {source_, {}, {}});
    CheckRoot(root);
    return ReadGraph(FindGraph(root));
  }

 private:
  [[noreturn]] void Fail(const xmlNode* node, const std::string& message) const {
    long line = node == nullptr ? 0 : xmlGetLineNo(node);
    ErrorLocation location{source_, {}, {}};
    if (line > 0) location.line = static_cast<std::uint64_t>(line);
    throw Error(message, location);
  }

  [[noreturn]] void ThrowParseError(xmlParserCtxt* context) const {
    const xmlError* error = xmlCtxtGetLastError(context);
    std::string message = error != nullptr && error->message != nullptr
                              ? std::string(error->message)
                              : std::string("unknown error");
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    ErrorLocation location{source_, {}, {}};
    if (error != nullptr && error->line > 0) location.line = error->line;
    throw Error("malformed XML: " + message, location);
  }

  void CheckRoot(const xmlNode* root) const {
    std::string_view ns = root->ns == nullptr ? "" : reinterpret_cast<const char*>(root->ns->href);
    if (Name(root) != "graphml" || ns != graphml::kNamespace) {
      Fail(root, "the root element is <" + std::string(Name(root)) + "> in namespace \"" +
                     std::string(ns) + "\", not GraphML's <graphml>");
    }
  }

  // Records the <key>s and returns the one <graph>.
  const xmlNode* FindGraph(const xmlNode* root) {
    const xmlNode* graph = nullptr;
    for (const xmlNode* child = root->children; child != nullptr; child = child->next) {
      if (IsElement(child, "key")) DeclareKey(child);
      if (!IsElement(child, "graph")) continue;
      if (graph != nullptr) Fail(child, "more than one <graph>");
      graph = child;
    }
    if (graph == nullptr) Fail(root, "no <graph> element");
    for (std::string_view name : {graphml::kKey, graphml::kName, graphml::kType,
                                  graphml::kSurfaceForms, graphml::kMentions}) {
      RequireKey(root, "node", name);
    }
    for (std::string_view name : {graphml::kRelation, graphml::kEvidence}) {
      RequireKey(root, "edge", name);
    }
    return graph;
  }

  void DeclareKey(const xmlNode* key) {
    std::optional<std::string> id = Attribute(key, "id");
    if (!id) Fail(key, "<key> without an id");
    KeyInfo info{Attribute(key, "for").value_or("all"), Attribute(key, "attr.name").value_or(*id)};
    if (!keys_.emplace(*id, std::move(info)).second)
      Fail(key, "key \"" + *id + "\" declared twice");
  }

  void RequireKey(const xmlNode* root, std::string_view domain, std::string_view name) const {
    for (const auto& [id, key] : keys_) {
      if (key.name == name && (key.domain == domain || key.domain == "all")) return;
    }
    Fail(root, "no <key> declares the " + std::string(domain) + " attribute \"" +
                   std::string(name) + "\"");
  }

  KnowledgeGraph ReadGraph(const xmlNode* graph_element) {
    if (Attribute(graph_element, "edgedefault") != "directed") {
      Fail(graph_element, "the graph is not edgedefault=\"directed\"");
    }
    KnowledgeGraph graph;
    for (const xmlNode* child = graph_element->children; child; child = child->next) {
      if (IsElement(child, "node")) AddEntity(graph, child);
    }
    for (const xmlNode* child = graph_element->children; child; child = child->next) {
      if (IsElement(child, "edge")) AddRelation(graph, child);
    }
    return graph;
  }

  // The text of a <data> element: text and CDATA, comments skipped, nothing else allowed.
  std::string DataText(const xmlNode* data) const {
    std::string text;
    for (const xmlNode* child = data->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        text += reinterpret_cast<const char*>(child->content);
      } else if (child->type != XML_COMMENT_NODE && child->type != XML_PI_NODE) {
        Fail(child, "<data> may hold only text");
      }
    }
    return text;
  }

  Fields ReadFields(const xmlNode* element, std::string_view domain) const {
    Fields fields;
    for (const xmlNode* data = element->children; data != nullptr; data = data->next) {
      if (!IsElement(data, "data")) continue;
      std::string id = Attribute(data, "key").value_or("");
      auto key = keys_.find(id);
      if (key == keys_.end()) Fail(data, "<data> refers to undeclared key \"" + id + "\"");
      if (key->second.domain != domain && key->second.domain != "all") {
        Fail(data, "key \"" + id + "\" is not declared for <" + std::string(domain) + ">");
      }
      Field field{DataText(data), data};
      if (!fields.emplace(key->second.name, std::move(field)).second) {
        Fail(data, "attribute \"" + key->second.name + "\" is given twice");
      }
    }
    return fields;
  }

  const Field& Get(const Fields& fields, const xmlNode* element, std::string_view name) const {
    auto it = fields.find(name);
    if (it == fields.end()) {
      Fail(element,
           "<" + std::string(Name(element)) + "> has no \"" + std::string(name) + "\" data");
    }
    return it->second;
  }

  // An optional field: nullptr when the element has no such data.
  static const Field* Find(const Fields& fields, std::string_view name) {
    auto it = fields.find(name);
    return it == fields.end() ? nullptr : &it->second;
  }

  std::uint32_t Uint32(const Field& field, std::string_view name) const {
    std::uint32_t value = 0;
    const char* end = field.text.data() + field.text.size();
    auto [ptr, ec] = std::from_chars(field.text.data(), end, value);
    if (field.text.empty() || ec != std::errc() || ptr != end) {
      Fail(field.element,
           std::string(name) + " \"" + field.text + "\" is not an unsigned 32-bit integer");
    }
    return value;
  }

  rapidjson::Document Json(const Field& field, std::string_view name) const {
    rapidjson::Document doc;
    constexpr unsigned kFlags =
        rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag;
    doc.Parse<kFlags>(field.text.data(), field.text.size());
    if (doc.HasParseError()) {
      Fail(field.element, std::string(name) + ": malformed JSON at byte " +
                              std::to_string(doc.GetErrorOffset()) + ": " +
                              rapidjson::GetParseError_En(doc.GetParseError()));
    }
    return doc;
  }

  void AddEntity(KnowledgeGraph& graph, const xmlNode* node) {
    std::optional<std::string> id = Attribute(node, "id");
    if (!id) Fail(node, "<node> without an id");
    Fields fields = ReadFields(node, "node");
    Entity entity;
    entity.key = Get(fields, node, graphml::kKey).text;
    entity.name = Get(fields, node, graphml::kName).text;
    entity.type = Get(fields, node, graphml::kType).text;
    entity.mentions = Uint32(Get(fields, node, graphml::kMentions), graphml::kMentions);
    ReadCounts(Get(fields, node, graphml::kSurfaceForms), graphml::kSurfaceForms,
               entity.surface_forms);
    if (const Field* roles = Find(fields, graphml::kRoles)) {
      ReadCounts(*roles, graphml::kRoles, entity.roles);
    }
    if (const Field* documents = Find(fields, graphml::kDocuments)) {
      ReadCounts(*documents, graphml::kDocuments, entity.documents);
    }
    if (!node_of_id_.emplace(*id, static_cast<NodeId>(graph.NodeCount())).second) {
      Fail(node, "node id \"" + *id + "\" is used twice");
    }
    try {
      graph.AddEntity(std::move(entity));
    } catch (const Error& error) {
      Fail(node, error.message());
    }
  }

  // A JSON object of counts ({"Patrushev": 3}) into `counts`.
  void ReadCounts(const Field& field, std::string_view name,
                  std::map<std::string, std::uint32_t>& counts) const {
    const std::string what(name);
    rapidjson::Document doc = Json(field, name);
    if (!doc.IsObject()) Fail(field.element, what + " must be a JSON object");
    for (const auto& member : doc.GetObject()) {
      if (!member.value.IsUint()) {
        Fail(field.element, what + ": the count of \"" + std::string(View(member.name)) +
                                "\" is not an unsigned 32-bit integer");
      }
      if (!counts.emplace(View(member.name), member.value.GetUint()).second) {
        Fail(field.element, what + ": \"" + std::string(View(member.name)) + "\" is listed twice");
      }
    }
  }

  NodeId Endpoint(const xmlNode* edge, const char* attribute) const {
    std::optional<std::string> id = Attribute(edge, attribute);
    if (!id) Fail(edge, "<edge> without a " + std::string(attribute));
    auto it = node_of_id_.find(*id);
    if (it == node_of_id_.end()) {
      Fail(edge, "<edge> " + std::string(attribute) + " \"" + *id + "\" is no node of the graph");
    }
    return it->second;
  }

  void AddRelation(KnowledgeGraph& graph, const xmlNode* edge) {
    NodeId source = Endpoint(edge, "source");
    NodeId target = Endpoint(edge, "target");
    Fields fields = ReadFields(edge, "edge");
    Relation relation;
    relation.label = Get(fields, edge, graphml::kRelation).text;
    const Field& evidence = Get(fields, edge, graphml::kEvidence);
    rapidjson::Document doc = Json(evidence, graphml::kEvidence);
    if (!doc.IsArray()) Fail(evidence.element, "evidence must be a JSON array");
    for (const Value& item : doc.GetArray()) {
      relation.evidence.push_back(ReadEvidence(item, evidence.element));
      for (const std::string& key : relation.evidence.back().mentions) {
        if (!graph.FindKey(key)) {
          Fail(evidence.element, "evidence: mentioned entity \"" + key + "\" is no node key");
        }
      }
    }
    graph.AddRelation(source, target, std::move(relation));
  }

  Evidence ReadEvidence(const Value& item, const xmlNode* element) const {
    if (!item.IsObject()) Fail(element, "evidence: an entry is not a JSON object");
    auto find = [&](std::string_view name) -> const Value* {
      auto it = item.FindMember(Value(rapidjson::StringRef(name.data(), name.size())));
      return it == item.MemberEnd() ? nullptr : &it->value;
    };
    auto member = [&](std::string_view name) -> const Value& {
      const Value* value = find(name);
      if (value == nullptr) {
        Fail(element, "evidence: an entry has no \"" + std::string(name) + "\"");
      }
      return *value;
    };
    auto text = [&](const Value& value, std::string_view name) {
      if (!value.IsString()) Fail(element, "evidence: \"" + std::string(name) + "\" is no string");
      return std::string(View(value));
    };
    auto string = [&](std::string_view name) { return text(member(name), name); };
    // The fields added with the clause extractor are optional: older files have none of them.
    auto optional_string = [&](std::string_view name) {
      const Value* value = find(name);
      return value == nullptr ? std::string() : text(*value, name);
    };
    auto optional_strings = [&](std::string_view name) {
      std::vector<std::string> values;
      const Value* list = find(name);
      if (list == nullptr) return values;
      if (!list->IsArray()) Fail(element, "evidence: \"" + std::string(name) + "\" is no array");
      for (const Value& value : list->GetArray()) values.push_back(text(value, name));
      return values;
    };
    auto uint = [&](const Value& value, std::string_view name) {
      if (!value.IsUint()) {
        Fail(element, "evidence: \"" + std::string(name) + "\" is no unsigned 32-bit integer");
      }
      return value.GetUint();
    };
    Evidence evidence;
    evidence.document = string(graphml::kDocumentField);
    evidence.sentence = uint(member(graphml::kSentenceField), graphml::kSentenceField);
    const Value& span = member(graphml::kSpanField);
    if (!span.IsArray() || span.Size() != 2) {
      Fail(element, "evidence: \"span\" is not an array of two integers");
    }
    evidence.span.begin = uint(span[0], graphml::kSpanField);
    evidence.span.end = uint(span[1], graphml::kSpanField);
    evidence.sentence_text = string(graphml::kTextField);
    const Value& confidence = member(graphml::kConfidenceField);
    if (!confidence.IsNumber()) Fail(element, "evidence: \"confidence\" is no number");
    evidence.confidence = confidence.GetDouble();
    evidence.extractor = string(graphml::kExtractorField);
    evidence.subject_text = optional_string(graphml::kSubjectTextField);
    evidence.relation_text = optional_string(graphml::kRelationTextField);
    evidence.object_text = optional_string(graphml::kObjectTextField);
    evidence.extra_arguments = optional_strings(graphml::kExtraArgumentsField);
    evidence.attributed_to = optional_string(graphml::kAttributedToField);
    if (const Value* negated = find(graphml::kNegatedField)) {
      if (!negated->IsBool()) Fail(element, "evidence: \"negated\" is no boolean");
      evidence.negated = negated->GetBool();
    }
    evidence.modality = optional_string(graphml::kModalityField);
    evidence.mentions = optional_strings(graphml::kMentionsField);
    return evidence;
  }

  std::string source_;
  std::map<std::string, KeyInfo> keys_;  // by key id
  std::map<std::string, NodeId> node_of_id_;
};

}  // namespace

KnowledgeGraph ReadGraphMl(std::istream& in, const std::string& source) {
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error("cannot read GraphML input", {source, {}, {}});
  return GraphMlParser(source).Parse(text);
}

}  // namespace kgraph
