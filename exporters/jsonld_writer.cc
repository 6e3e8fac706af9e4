#include "exporters/jsonld_writer.h"

#include <rapidjson/prettywriter.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "core/error.h"

namespace kgraph {
namespace {

// A RapidJSON output stream that writes to a std::ostream through a fixed buffer, so a large
// graph is streamed out rather than built up as one string in memory.
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out) {}
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;

  void Put(char c) {
    if (size_ == buffer_.size()) Flush();
    buffer_[size_++] = c;
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(size_));
    size_ = 0;
  }

 private:
  std::ostream& out_;
  std::array<char, 1 << 16> buffer_;
  std::size_t size_ = 0;
};

using JsonWriter = rapidjson::PrettyWriter<BufferedOStream>;

// Takes every call a JsonWriter takes and writes nothing: the emitter's dry run, which checks the
// whole graph before the first byte is written.
class NullJsonWriter {
 public:
  bool StartObject() { return true; }
  bool EndObject() { return true; }
  bool StartArray() { return true; }
  bool EndArray() { return true; }
  bool Key(const char*, rapidjson::SizeType) { return true; }
  bool String(const char*, rapidjson::SizeType) { return true; }
  bool Uint64(std::uint64_t) { return true; }
  bool Bool(bool) { return true; }
  bool Double(double) { return true; }
};

constexpr std::array<std::string_view, 4> kSchemaTypes = {"Person", "Organization", "Place",
                                                          "Thing"};

// Prefix and term definitions, in output order: {term, IRI, datatype or "" or "@id", container}.
struct TermDefinition {
  std::string_view term;
  std::string_view iri;
  std::string_view type;
  std::string_view container = "";
};
constexpr std::array<TermDefinition, 31> kTerms = {{
    {"name", "schema:name", ""},
    {"alternateName", "schema:alternateName", ""},
    {"key", "kg:key", ""},
    {"entityType", "kg:entityType", ""},
    {"mentions", "kg:mentions", "xsd:integer"},
    {"surfaceForm", "kg:surfaceForm", ""},
    {"form", "kg:form", ""},
    {"count", "kg:count", "xsd:integer"},
    {"jobTitle", "schema:jobTitle", ""},
    {"role", "kg:role", ""},
    {"mentionedIn", "kg:mentionedIn", ""},
    {"subject", "rdf:subject", "@id"},
    {"predicate", "rdf:predicate", "@id"},
    {"object", "rdf:object", "@id"},
    {"relation", "kg:relation", ""},
    {"confidence", "kg:confidence", "xsd:double"},
    {"evidence", "kg:evidence", ""},
    {"document", "kg:document", ""},
    {"sentence", "kg:sentence", "xsd:integer"},
    {"spanStart", "kg:spanStart", "xsd:integer"},
    {"spanEnd", "kg:spanEnd", "xsd:integer"},
    {"sentenceText", "kg:sentenceText", ""},
    {"extractor", "kg:extractor", ""},
    {"subjectText", "kg:subjectText", ""},
    {"relationText", "kg:relationText", ""},
    {"objectText", "kg:objectText", ""},
    // An RDF list: the order of the arguments is part of the fact.
    {"extraArguments", "kg:extraArguments", "", "@list"},
    {"attributedTo", "kg:attributedTo", ""},
    {"negated", "kg:negated", "xsd:boolean"},
    {"modality", "kg:modality", ""},
    {"mentioned", "schema:mentions", "@id"},
}};

// RapidJSON 1.1's PrettyWriter cannot take kWriteValidateEncodingFlag, so strings are checked
// here: an exporter must never write a file that is not valid UTF-8 JSON.
bool IsValidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    if (remaining >= 8) {  // ASCII fast path, eight bytes at a time
      std::uint64_t word = 0;
      std::memcpy(&word, bytes, sizeof word);
      if ((word & 0x8080808080808080ull) == 0) {
        bytes += 8;
        remaining -= 8;
        continue;
      }
    }
    if (*bytes < 0x80) {
      ++bytes;
      --remaining;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &code_point);
    if (length <= 0) return false;
    bytes += length;
    remaining -= length;
  }
  return true;
}

bool IsSlugChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// ASCII letters and digits lower-cased, other ASCII runs folded into one `separator`, bytes of
// non-ASCII characters percent-encoded: always a valid IRI path segment.
std::string Slug(std::string_view text, char separator, std::string_view fallback) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  bool pending_separator = false;
  for (unsigned char c : text) {
    if (!IsSlugChar(c) && c < 0x80) {
      pending_separator = true;
      continue;
    }
    if (pending_separator && !out.empty()) out += separator;
    pending_separator = false;
    if (c >= 0x80) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  return out.empty() ? std::string(fallback) : out;
}

// `slug` itself when unused, else the first free slug + separator + n (n = 2, 3, ...).
std::string Claim(const std::string& slug, char separator, std::set<std::string>& used) {
  if (used.insert(slug).second) return slug;
  for (int n = 2;; ++n) {
    std::string candidate = slug + separator + std::to_string(n);
    if (used.insert(candidate).second) return candidate;
  }
}

// Streams one graph through a RapidJSON writer; every failure becomes a kgraph::Error naming
// the entity or relation being written. Strings are checked only when `validate` is set: the dry
// run through a NullJsonWriter checks them all, so the writing run need not check them again.
template <typename Writer>
class JsonLdEmitter {
 public:
  JsonLdEmitter(const KnowledgeGraph& graph, const JsonLdIris& iris, Writer& writer, bool validate)
      : graph_(graph), writer_(writer), iris_(iris), validate_(validate) {}

  void WriteDocument() {
    writer_.StartObject();
    Key("@context");
    WriteContext();
    Key("@graph");
    writer_.StartArray();
    for (NodeId node = 0; node < graph_.NodeCount(); ++node) WriteEntity(node);
    for (EdgeId edge = 0; edge < graph_.EdgeCount(); ++edge) WriteStatement(edge);
    writer_.EndArray();
    writer_.EndObject();
  }

 private:
  void Key(std::string_view key) {
    writer_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  }

  void String(std::string_view field, std::string_view value) {
    if (validate_ && !IsValidUtf8(value)) {
      throw Error("JSON-LD export: " + where_ + ": " + std::string(field) + " is not valid UTF-8");
    }
    writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }

  void Member(std::string_view key, std::string_view value) {
    Key(key);
    String(key, value);
  }

  void Member(std::string_view key, std::uint64_t value) {
    Key(key);
    writer_.Uint64(value);
  }

  void Confidence(double value) {
    if (!std::isfinite(value)) {
      throw Error("JSON-LD export: " + where_ + ": confidence is not a finite number");
    }
    Key("confidence");
    writer_.Double(value);
  }

  void Reference(std::string_view key, std::string_view iri) {
    Key(key);
    writer_.StartObject();
    Member("@id", iri);
    writer_.EndObject();
  }

  void WriteContext() {
    writer_.StartObject();
    Member("schema", kJsonLdSchema);
    Member("kg", kJsonLdVocab);
    Member("kgr", kJsonLdRelationBase);
    Member("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    Member("xsd", "http://www.w3.org/2001/XMLSchema#");
    for (const TermDefinition& term : kTerms) {
      if (term.type.empty() && term.container.empty()) {
        Member(term.term, term.iri);
        continue;
      }
      Key(term.term);
      writer_.StartObject();
      Member("@id", term.iri);
      if (!term.type.empty()) Member("@type", term.type);
      if (!term.container.empty()) Member("@container", term.container);
      writer_.EndObject();
    }
    writer_.EndObject();
  }

  void WriteEntity(NodeId node) {
    const Entity& entity = graph_.GetEntity(node);
    where_ = "entity " + std::to_string(node);
    writer_.StartObject();
    Member("@id", iris_.entities[node]);
    bool known =
        std::find(kSchemaTypes.begin(), kSchemaTypes.end(), entity.type) != kSchemaTypes.end();
    Member("@type", "schema:" + (known ? entity.type : std::string("Thing")));
    if (!known) Member("entityType", entity.type);
    Member("key", entity.key);
    Member("name", entity.name);
    WriteAlternateNames(entity);
    Member("mentions", entity.mentions);
    WriteCounts("surfaceForm", "form", entity.surface_forms);
    if (!entity.roles.empty()) {
      // schema.org's own property for a person's titles, for RDF consumers; kg:role keeps
      // the counts.
      if (entity.type == "Person") {
        Key("jobTitle");
        writer_.StartArray();
        for (const auto& [role, count] : entity.roles) String("jobTitle", role);
        writer_.EndArray();
      }
      WriteCounts("role", "form", entity.roles);
    }
    if (!entity.documents.empty()) WriteCounts("mentionedIn", "document", entity.documents);
    WriteDirectTriples(node);
    writer_.EndObject();
  }

  // "term": [{"<field>": text, "count": n}, ...]
  void WriteCounts(const char* term, const char* field,
                   const std::map<std::string, std::uint32_t>& counts) {
    Key(term);
    writer_.StartArray();
    for (const auto& [text, count] : counts) {
      writer_.StartObject();
      Member(field, text);
      Member("count", count);
      writer_.EndObject();
    }
    writer_.EndArray();
  }

  void WriteAlternateNames(const Entity& entity) {
    if (entity.surface_forms.empty() ||
        (entity.surface_forms.size() == 1 && entity.surface_forms.count(entity.name) == 1)) {
      return;
    }
    Key("alternateName");
    writer_.StartArray();
    for (const auto& [form, count] : entity.surface_forms) {
      if (form != entity.name) String("alternateName", form);
    }
    writer_.EndArray();
  }

  // subject kgr:<label> object for every out-edge, grouped by property IRI.
  void WriteDirectTriples(NodeId node) {
    std::map<std::string, std::vector<NodeId>> objects_by_property;
    for (EdgeId edge : graph_.OutEdges(node)) {
      std::string_view iri = iris_.relations[edge];
      std::string property = "kgr:" + std::string(iri.substr(kJsonLdRelationBase.size()));
      objects_by_property[property].push_back(graph_.Target(edge));
    }
    for (const auto& [property, objects] : objects_by_property) {
      Key(property);
      writer_.StartArray();
      for (NodeId object : objects) {
        writer_.StartObject();
        Member("@id", iris_.entities[object]);
        writer_.EndObject();
      }
      writer_.EndArray();
    }
  }

  void WriteStatement(EdgeId edge) {
    const Relation& relation = graph_.GetRelation(edge);
    where_ = "relation " + std::to_string(edge);
    writer_.StartObject();
    Member("@id", iris_.statements[edge]);
    Member("@type", "rdf:Statement");
    Member("subject", iris_.entities[graph_.Source(edge)]);
    Member("predicate", iris_.relations[edge]);
    Member("object", iris_.entities[graph_.Target(edge)]);
    Member("relation", relation.label);
    Confidence(relation.Confidence());
    Key("evidence");
    writer_.StartArray();
    for (const Evidence& evidence : relation.evidence) WriteEvidence(evidence);
    writer_.EndArray();
    writer_.EndObject();
  }

  void WriteEvidence(const Evidence& evidence) {
    writer_.StartObject();
    Member("@type", "kg:Evidence");
    Member("document", evidence.document);
    Member("sentence", evidence.sentence);
    Member("spanStart", evidence.span.begin);
    Member("spanEnd", evidence.span.end);
    Member("sentenceText", evidence.sentence_text);
    Confidence(evidence.confidence);
    Member("extractor", evidence.extractor);
    OptionalMember("subjectText", evidence.subject_text);
    OptionalMember("relationText", evidence.relation_text);
    OptionalMember("objectText", evidence.object_text);
    if (!evidence.extra_arguments.empty()) {
      Key("extraArguments");
      writer_.StartArray();
      for (const std::string& argument : evidence.extra_arguments) String("argument", argument);
      writer_.EndArray();
    }
    OptionalMember("attributedTo", evidence.attributed_to);
    Key("negated");
    writer_.Bool(evidence.negated);
    OptionalMember("modality", evidence.modality);
    WriteMentioned(evidence.mentions);
    writer_.EndObject();
  }

  // Mentioned entities as references to their nodes (schema:mentions), so RDF tools can join on
  // them; the reader turns the IRIs back into keys.
  void WriteMentioned(const std::vector<std::string>& keys) {
    if (keys.empty()) return;
    Key("mentioned");
    writer_.StartArray();
    for (const std::string& key : keys) {
      std::optional<NodeId> node = graph_.FindKey(key);
      if (!node) {
        throw Error("JSON-LD export: " + where_ + ": evidence mentions \"" + key +
                    "\", which is no entity key");
      }
      String("mentioned", iris_.entities[*node]);
    }
    writer_.EndArray();
  }

  // Empty strings are left out: no empty literals in the RDF, and "none" reads back as "".
  void OptionalMember(std::string_view key, std::string_view value) {
    if (!value.empty()) Member(key, value);
  }

  const KnowledgeGraph& graph_;
  Writer& writer_;
  const JsonLdIris& iris_;
  bool validate_;
  std::string where_;
};

class JsonLdExporter : public Exporter {
 public:
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    WriteJsonLd(graph, out);
  }
};

}  // namespace

JsonLdIris AssignJsonLdIris(const KnowledgeGraph& graph) {
  JsonLdIris iris;
  std::set<std::string> used;
  for (NodeId node = 0; node < graph.NodeCount(); ++node) {
    std::string slug = Claim(Slug(graph.GetEntity(node).key, '-', "entity"), '-', used);
    iris.entities.push_back(std::string(kJsonLdEntityBase) + slug);
  }
  used.clear();
  std::map<std::string, std::string> iri_of_label;
  for (EdgeId edge = 0; edge < graph.EdgeCount(); ++edge) {
    const std::string& label = graph.GetRelation(edge).label;
    auto [it, inserted] = iri_of_label.try_emplace(label);
    if (inserted) {
      it->second = std::string(kJsonLdRelationBase) + Claim(Slug(label, '_', "related"), '_', used);
    }
    iris.relations.push_back(it->second);
    iris.statements.push_back(std::string(kJsonLdStatementBase) + std::to_string(edge));
  }
  return iris;
}

void WriteJsonLd(const KnowledgeGraph& graph, std::ostream& out) {
  const JsonLdIris iris = AssignJsonLdIris(graph);
  NullJsonWriter dry_run;
  JsonLdEmitter(graph, iris, dry_run, /*validate=*/true).WriteDocument();
  BufferedOStream stream(out);
  JsonWriter writer(stream);
  writer.SetIndent(' ', 2);
  JsonLdEmitter(graph, iris, writer, /*validate=*/false).WriteDocument();
  stream.Flush();
  out.put('\n');
}

std::unique_ptr<Exporter> NewJsonLdExporter() { return std::make_unique<JsonLdExporter>(); }

}  // namespace kgraph
