#include "exporters/jsonld_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace kgraph {
namespace {

using rapidjson::Value;

constexpr std::string_view kSchemaPrefix = "schema:";

std::string_view View(const Value& value) {
  return std::string_view(value.GetString(), value.GetStringLength());
}

// Walks the parsed document; every error names the @graph entry and the field at fault.
class JsonLdParser {
 public:
  explicit JsonLdParser(std::string source) : source_(std::move(source)) {}

  KnowledgeGraph Parse(const std::string& text) {
    rapidjson::Document doc;
    constexpr unsigned kFlags =
        rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag;
    doc.Parse<kFlags>(text.data(), text.size());
    if (doc.HasParseError()) {
      std::size_t offset = doc.GetErrorOffset();
      std::uint64_t line = 1 + std::count(text.begin(), text.begin() + offset, '\n');
      throw Error(
          std::string("malformed JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()),
          {source_, line, offset});
    }
    if (!doc.IsObject()) Fail("the document is not a JSON object");
    const Value& nodes = Field(doc, "@graph");
    if (!nodes.IsArray()) Fail("\"@graph\" must be an array");
    KnowledgeGraph graph;
    ForEachNode(nodes, false, [&](const Value& node) { AddEntity(graph, node); });
    ForEachNode(nodes, true, [&](const Value& node) { AddRelation(graph, node); });
    return graph;
  }

 private:
  [[noreturn]] void Fail(const std::string& message) const {
    throw Error(where_.empty() ? message : where_ + ": " + message, {source_, {}, {}});
  }

  // Calls `read` on each entity node (statements = false) or statement node (true), in order.
  template <typename Read>
  void ForEachNode(const Value& nodes, bool statements, Read read) {
    for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
      where_ = "@graph[" + std::to_string(i) + "]";
      const Value& node = nodes[i];
      if (!node.IsObject()) Fail("not a JSON object");
      std::string_view type = String(node, "@type");
      bool is_statement = type == "rdf:Statement";
      if (!is_statement && !type.starts_with(kSchemaPrefix)) {
        Fail("unknown @type \"" + std::string(type) + "\"");
      }
      if (is_statement == statements) read(node);
    }
    where_.clear();
  }

  const Value& Field(const Value& object, std::string_view name) const {
    auto it = object.FindMember(Value(rapidjson::StringRef(name.data(), name.size())));
    if (it == object.MemberEnd()) Fail("missing field \"" + std::string(name) + "\"");
    return it->value;
  }

  std::string_view String(const Value& object, std::string_view name) const {
    const Value& value = Field(object, name);
    if (!value.IsString()) Fail("field \"" + std::string(name) + "\" must be a string");
    return View(value);
  }

  std::uint32_t Uint(const Value& object, std::string_view name) const {
    const Value& value = Field(object, name);
    if (!value.IsUint()) {
      Fail("field \"" + std::string(name) + "\" must be an unsigned 32-bit integer");
    }
    return value.GetUint();
  }

  double Number(const Value& object, std::string_view name) const {
    const Value& value = Field(object, name);
    if (!value.IsNumber()) Fail("field \"" + std::string(name) + "\" must be a number");
    return value.GetDouble();
  }

  const Value& Array(const Value& object, std::string_view name) const {
    const Value& value = Field(object, name);
    if (!value.IsArray()) Fail("field \"" + std::string(name) + "\" must be an array");
    return value;
  }

  const Value& Object(const Value& value, std::string_view what) const {
    if (!value.IsObject()) Fail(std::string(what) + " must be a JSON object");
    return value;
  }

  void AddEntity(KnowledgeGraph& graph, const Value& node) {
    std::string iri(String(node, "@id"));
    Entity entity;
    entity.key = String(node, "key");
    entity.name = String(node, "name");
    entity.mentions = Uint(node, "mentions");
    std::string_view type = String(node, "@type");
    entity.type = node.HasMember("entityType") ? String(node, "entityType")
                                               : type.substr(kSchemaPrefix.size());
    ReadCounts(node, "surfaceForm", "form", entity.surface_forms);
    // Optional: files written before roles and documents were kept have neither.
    if (node.HasMember("role")) ReadCounts(node, "role", "form", entity.roles);
    if (node.HasMember("mentionedIn")) {
      ReadCounts(node, "mentionedIn", "document", entity.documents);
    }
    if (!node_of_iri_.emplace(iri, static_cast<NodeId>(graph.NodeCount())).second) {
      Fail("@id \"" + iri + "\" is defined twice");
    }
    key_of_node_.push_back(entity.key);
    try {
      graph.AddEntity(std::move(entity));
    } catch (const Error& error) {
      Fail(error.message());
    }
  }

  // "term": [{"<field>": text, "count": n}, ...] into `counts`.
  void ReadCounts(const Value& node, std::string_view term, std::string_view field,
                  std::map<std::string, std::uint32_t>& counts) const {
    const std::string what = std::string(term) + " entry";
    for (const Value& entry : Array(node, term).GetArray()) {
      Object(entry, "a " + what);
      auto [it, inserted] = counts.emplace(String(entry, field), Uint(entry, "count"));
      if (!inserted) Fail(what + " \"" + it->first + "\" is listed twice");
    }
  }

  NodeId Resolve(const Value& node, std::string_view field) const {
    std::string iri(String(node, field));
    auto it = node_of_iri_.find(iri);
    if (it == node_of_iri_.end()) {
      Fail("field \"" + std::string(field) + "\" refers to \"" + iri +
           "\", which is no entity of this document");
    }
    return it->second;
  }

  void AddRelation(KnowledgeGraph& graph, const Value& node) {
    NodeId subject = Resolve(node, "subject");
    NodeId object = Resolve(node, "object");
    Relation relation;
    relation.label = String(node, "relation");
    for (const Value& item : Array(node, "evidence").GetArray()) {
      Object(item, "an evidence entry");
      Evidence evidence;
      evidence.document = String(item, "document");
      evidence.sentence = Uint(item, "sentence");
      evidence.span.begin = Uint(item, "spanStart");
      evidence.span.end = Uint(item, "spanEnd");
      evidence.sentence_text = String(item, "sentenceText");
      evidence.confidence = Number(item, "confidence");
      evidence.extractor = String(item, "extractor");
      ReadReading(item, evidence);
      relation.evidence.push_back(std::move(evidence));
    }
    graph.AddRelation(subject, object, std::move(relation));
  }

  // The fields added with the clause extractor; all optional, as older files have none of them.
  void ReadReading(const Value& item, Evidence& evidence) const {
    evidence.subject_text = OptionalString(item, "subjectText");
    evidence.relation_text = OptionalString(item, "relationText");
    evidence.object_text = OptionalString(item, "objectText");
    ForEachString(item, "extraArguments", [&](std::string_view argument) {
      evidence.extra_arguments.emplace_back(argument);
    });
    evidence.attributed_to = OptionalString(item, "attributedTo");
    if (const Value* negated = Find(item, "negated")) {
      if (!negated->IsBool()) Fail("field \"negated\" must be a boolean");
      evidence.negated = negated->GetBool();
    }
    evidence.modality = OptionalString(item, "modality");
    ForEachString(item, "mentioned",
                  [&](std::string_view iri) { evidence.mentions.push_back(KeyOf(iri)); });
  }

  const Value* Find(const Value& object, std::string_view name) const {
    auto it = object.FindMember(Value(rapidjson::StringRef(name.data(), name.size())));
    return it == object.MemberEnd() ? nullptr : &it->value;
  }

  std::string OptionalString(const Value& object, std::string_view name) const {
    return Find(object, name) ? std::string(String(object, name)) : std::string();
  }

  // Calls `visit` on each string of the optional array `name`.
  template <typename Visit>
  void ForEachString(const Value& object, std::string_view name, Visit visit) const {
    if (!Find(object, name)) return;
    for (const Value& value : Array(object, name).GetArray()) {
      if (!value.IsString()) Fail("field \"" + std::string(name) + "\" must hold strings");
      visit(View(value));
    }
  }

  // The key of the entity a "mentioned" IRI refers to.
  std::string KeyOf(std::string_view iri) const {
    auto it = node_of_iri_.find(std::string(iri));
    if (it == node_of_iri_.end()) {
      Fail("field \"mentioned\" refers to \"" + std::string(iri) +
           "\", which is no entity of this document");
    }
    return key_of_node_[it->second];
  }

  std::string source_;
  std::string where_;
  std::vector<std::string> key_of_node_;  // by NodeId
  std::map<std::string, NodeId> node_of_iri_;
};

}  // namespace

KnowledgeGraph ReadJsonLd(std::istream& in, const std::string& source) {
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error("cannot read JSON-LD input", {source, {}, {}});
  return JsonLdParser(source).Parse(text);
}

}  // namespace kgraph
