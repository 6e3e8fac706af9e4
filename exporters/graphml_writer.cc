#include "exporters/graphml_writer.h"

#include <libxml/xmlwriter.h>
#include <rapidjson/encodings.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "exporters/graphml_format.h"

namespace kgraph {
namespace {

constexpr std::array<std::string_view, 4> kNeo4jLabels = {"Person", "Organization", "Place",
                                                          "Thing"};
constexpr std::int32_t kInvalidUtf8 = -1;
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// The Char production of XML 1.0: everything else cannot appear, not even as &#N;.
bool IsXmlChar(std::int32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Calls `visit(code_point, bytes)` for each character; kInvalidUtf8 and one byte for a byte that
// starts no valid sequence.
template <typename Visit>
void ForEachCodePoint(std::string_view text, Visit visit) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &code_point);
    if (length <= 0) {
      code_point = kInvalidUtf8;
      length = 1;
    }
    visit(code_point, std::string_view(reinterpret_cast<const char*>(bytes), length));
    bytes += length;
    remaining -= length;
  }
}

// The first character XML cannot hold (kInvalidUtf8 for bad UTF-8), or nullopt.
std::optional<std::int32_t> FindNonXmlChar(std::string_view text) {
  std::optional<std::int32_t> found;
  ForEachCodePoint(text, [&](std::int32_t c, std::string_view) {
    if (!found && !IsXmlChar(c)) found = c;
  });
  return found;
}

// Derived, human-facing text only: what XML cannot hold becomes U+FFFD.
std::string SanitizeForXml(std::string_view text) {
  std::string out;
  ForEachCodePoint(text, [&](std::int32_t c, std::string_view bytes) {
    out += IsXmlChar(c) ? bytes : kReplacementCharacter;
  });
  return out;
}

std::string FormatDouble(double value) {
  std::array<char, 32> buffer;
  auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), end);
}

// Serializes with `emit(writer)` as compact JSON. Non-ASCII stays readable UTF-8 unless the
// result would hold a character XML forbids (U+FFFE...), then every non-ASCII character is
// written as a \u escape, which is still lossless. nullopt when a string is not valid UTF-8.
template <typename Emit>
std::optional<std::string> XmlSafeJson(Emit emit) {
  constexpr unsigned kFlags = rapidjson::kWriteValidateEncodingFlag;
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                    rapidjson::CrtAllocator, kFlags>
      writer(buffer);
  if (!emit(writer)) return std::nullopt;
  std::string json(buffer.GetString(), buffer.GetSize());
  if (!FindNonXmlChar(json)) return json;
  rapidjson::StringBuffer ascii_buffer;
  rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::ASCII<>,
                    rapidjson::CrtAllocator, kFlags>
      ascii_writer(ascii_buffer);
  emit(ascii_writer);
  return std::string(ascii_buffer.GetString(), ascii_buffer.GetSize());
}

template <typename Writer>
bool JsonString(Writer& writer, std::string_view text) {
  return writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

// "field": "value", left out when the value is empty.
template <typename Writer>
bool OptionalString(Writer& writer, std::string_view field, std::string_view value) {
  return value.empty() || (JsonString(writer, field) && JsonString(writer, value));
}

// "field": ["value", ...], left out when there are none.
template <typename Writer>
bool OptionalStrings(Writer& writer, std::string_view field,
                     const std::vector<std::string>& values) {
  if (values.empty()) return true;
  bool ok = JsonString(writer, field) && writer.StartArray();
  for (const std::string& value : values) ok = ok && JsonString(writer, value);
  return ok && writer.EndArray();
}

// One evidence object, fields in graphml_format.h order.
template <typename Writer>
bool EvidenceObject(Writer& writer, const Evidence& evidence) {
  using namespace graphml;
  return writer.StartObject() && JsonString(writer, kDocumentField) &&
         JsonString(writer, evidence.document) && JsonString(writer, kSentenceField) &&
         writer.Uint(evidence.sentence) && JsonString(writer, kSpanField) && writer.StartArray() &&
         writer.Uint(evidence.span.begin) && writer.Uint(evidence.span.end) && writer.EndArray() &&
         JsonString(writer, kTextField) && JsonString(writer, evidence.sentence_text) &&
         JsonString(writer, kConfidenceField) && writer.Double(evidence.confidence) &&
         JsonString(writer, kExtractorField) && JsonString(writer, evidence.extractor) &&
         OptionalString(writer, kSubjectTextField, evidence.subject_text) &&
         OptionalString(writer, kRelationTextField, evidence.relation_text) &&
         OptionalString(writer, kObjectTextField, evidence.object_text) &&
         OptionalStrings(writer, kExtraArgumentsField, evidence.extra_arguments) &&
         OptionalString(writer, kAttributedToField, evidence.attributed_to) &&
         JsonString(writer, kNegatedField) && writer.Bool(evidence.negated) &&
         OptionalString(writer, kModalityField, evidence.modality) &&
         OptionalStrings(writer, kMentionsField, evidence.mentions) && writer.EndObject();
}

struct TextWriterDeleter {
  void operator()(xmlTextWriter* writer) const { xmlFreeTextWriter(writer); }
};
struct BufferDeleter {
  void operator()(xmlBuffer* buffer) const { xmlBufferFree(buffer); }
};

// Streams one graph through an xmlTextWriter into memory; every failure becomes a kgraph::Error
// naming the entity or relation being written.
class GraphMlEmitter {
 public:
  explicit GraphMlEmitter(const KnowledgeGraph& graph) : graph_(graph) {}

  std::string Emit() {
    buffer_.reset(xmlBufferCreate());
    if (!buffer_) Fail("out of memory");
    writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
    if (!writer_) Fail("cannot create the XML writer");
    Check(xmlTextWriterSetIndent(writer_.get(), 1));
    Check(xmlTextWriterSetIndentString(writer_.get(), Xml("  ")));
    Check(xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr));
    WriteRoot();
    Check(xmlTextWriterEndDocument(writer_.get()));
    writer_.reset();  // flushes into `buffer_`
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                       static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
  }

 private:
  static const xmlChar* Xml(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

  [[noreturn]] void Fail(const std::string& message) const {
    throw Error("GraphML export: " + (where_.empty() ? message : where_ + ": " + message));
  }

  void Check(int result) const {
    if (result < 0) Fail("libxml2 could not write the document");
  }

  void StartElement(const char* name) {
    Check(xmlTextWriterStartElement(writer_.get(), Xml(name)));
  }
  void EndElement() { Check(xmlTextWriterEndElement(writer_.get())); }

  void Attribute(std::string_view name, std::string_view value) {
    std::string name_z(name);
    std::string value_z(value);
    Check(xmlTextWriterWriteAttribute(writer_.get(), Xml(name_z.c_str()), Xml(value_z.c_str())));
  }

  // <data key="key">text</data>; `text` must already be XML-safe.
  void Data(std::string_view key, const std::string& text) {
    StartElement("data");
    Attribute("key", key);
    Check(xmlTextWriterWriteString(writer_.get(), Xml(text.c_str())));
    EndElement();
  }

  // A field read back verbatim: it must survive XML exactly, or the export fails.
  void ExactData(std::string_view key, const std::string& text) {
    if (std::optional<std::int32_t> c = FindNonXmlChar(text)) {
      if (*c == kInvalidUtf8) Fail(std::string(key) + " is not valid UTF-8");
      std::array<char, 16> code;
      std::snprintf(code.data(), code.size(), "U+%04X", static_cast<unsigned>(*c));
      Fail(std::string(key) + " contains " + code.data() + ", which XML 1.0 cannot represent");
    }
    Data(key, text);
  }

  void WriteRoot() {
    StartElement("graphml");
    Attribute("xmlns", graphml::kNamespace);
    Attribute("xmlns:xsi", graphml::kXsiNamespace);
    Attribute("xsi:schemaLocation", graphml::kSchemaLocation);
    for (const graphml::KeyDeclaration& key : graphml::kKeys) {
      StartElement("key");
      Attribute("id", key.id);
      Attribute("for", key.domain);
      Attribute("attr.name", key.id);
      Attribute("attr.type", key.type);
      EndElement();
    }
    StartElement("graph");
    Attribute("id", "G");
    Attribute("edgedefault", "directed");
    for (NodeId node = 0; node < graph_.NodeCount(); ++node) WriteNode(node);
    for (EdgeId edge = 0; edge < graph_.EdgeCount(); ++edge) WriteEdge(edge);
    EndElement();
    EndElement();
  }

  void WriteNode(NodeId node) {
    const Entity& entity = graph_.GetEntity(node);
    where_ = "entity " + std::to_string(node);
    StartElement("node");
    Attribute("id", "n" + std::to_string(node));
    bool known =
        std::find(kNeo4jLabels.begin(), kNeo4jLabels.end(), entity.type) != kNeo4jLabels.end();
    Data(graphml::kLabels, ":" + (known ? entity.type : std::string("Thing")));
    ExactData(graphml::kKey, entity.key);
    ExactData(graphml::kName, entity.name);
    ExactData(graphml::kType, entity.type);
    Data(graphml::kSurfaceForms, CountsJson(entity.surface_forms, "a surface form"));
    Data(graphml::kMentions, std::to_string(entity.mentions));
    if (!entity.roles.empty()) Data(graphml::kRoles, CountsJson(entity.roles, "a role"));
    if (!entity.documents.empty()) {
      Data(graphml::kDocuments, CountsJson(entity.documents, "a document name"));
    }
    EndElement();
  }

  // {"text": count, ...} for surface forms, roles and documents.
  std::string CountsJson(const std::map<std::string, std::uint32_t>& counts, const char* what) {
    std::optional<std::string> json = XmlSafeJson([&](auto& writer) {
      bool ok = writer.StartObject();
      for (const auto& [text, count] : counts) {
        ok = ok && JsonString(writer, text) && writer.Uint(count);
      }
      return ok && writer.EndObject();
    });
    if (!json) Fail(std::string(what) + " is not valid UTF-8");
    return *json;
  }

  void WriteEdge(EdgeId edge) {
    const Relation& relation = graph_.GetRelation(edge);
    where_ = "relation " + std::to_string(edge);
    std::string evidence = EvidenceJson(relation);
    double confidence = relation.Confidence();
    if (!std::isfinite(confidence)) Fail("confidence is not a finite number");
    StartElement("edge");
    Attribute("id", "e" + std::to_string(edge));
    Attribute("source", "n" + std::to_string(graph_.Source(edge)));
    Attribute("target", "n" + std::to_string(graph_.Target(edge)));
    Data(graphml::kLabel, SanitizeForXml(GraphMlRelationshipType(relation.label)));
    ExactData(graphml::kRelation, relation.label);
    Data(graphml::kConfidence, FormatDouble(confidence));
    Data(graphml::kEvidenceCount, std::to_string(relation.evidence.size()));
    Data(graphml::kEvidence, evidence);
    if (!relation.evidence.empty()) {
      Data(graphml::kSentence, SanitizeForXml(relation.evidence.front().sentence_text));
    }
    Data(graphml::kNegated, relation.Negated() ? "true" : "false");
    if (std::string source = relation.AttributedTo(); !source.empty()) {
      Data(graphml::kAttributedTo, SanitizeForXml(source));
    }
    EndElement();
  }

  std::string EvidenceJson(const Relation& relation) {
    for (const Evidence& evidence : relation.evidence) {
      if (!std::isfinite(evidence.confidence)) Fail("an evidence confidence is not finite");
      // The reader resolves mentioned keys to nodes; a file it would refuse is never written.
      for (const std::string& key : evidence.mentions) {
        if (!graph_.FindKey(key)) Fail("evidence mentions \"" + key + "\", which is no entity key");
      }
    }
    std::optional<std::string> json = XmlSafeJson([&](auto& writer) {
      bool ok = writer.StartArray();
      for (const Evidence& evidence : relation.evidence)
        ok = ok && EvidenceObject(writer, evidence);
      return ok && writer.EndArray();
    });
    if (!json) Fail("an evidence string is not valid UTF-8");
    return *json;
  }

  const KnowledgeGraph& graph_;
  // Declared before writer_, so it outlives the writer's final flush even when an error unwinds.
  std::unique_ptr<xmlBuffer, BufferDeleter> buffer_;
  std::unique_ptr<xmlTextWriter, TextWriterDeleter> writer_;
  std::string where_;
};

class GraphMlExporter : public Exporter {
 public:
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    WriteGraphMl(graph, out);
  }
};

}  // namespace

std::string GraphMlRelationshipType(std::string_view label) {
  std::string type;
  bool pending_separator = false;
  ForEachCodePoint(label, [&](std::int32_t c, std::string_view) {
    utf8proc_category_t category = c == kInvalidUtf8 ? UTF8PROC_CATEGORY_CN : utf8proc_category(c);
    bool word = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO;
    if (!word) {
      pending_separator = true;
      return;
    }
    if (pending_separator && !type.empty()) type += '_';
    pending_separator = false;
    std::array<utf8proc_uint8_t, 4> bytes;
    utf8proc_ssize_t length = utf8proc_encode_char(utf8proc_toupper(c), bytes.data());
    type.append(reinterpret_cast<const char*>(bytes.data()), static_cast<std::size_t>(length));
  });
  return type.empty() ? "RELATED_TO" : type;
}

void WriteGraphMl(const KnowledgeGraph& graph, std::ostream& out) {
  std::string document = GraphMlEmitter(graph).Emit();
  out.write(document.data(), static_cast<std::streamsize>(document.size()));
}

std::unique_ptr<Exporter> NewGraphMlExporter() { return std::make_unique<GraphMlExporter>(); }

}  // namespace kgraph
