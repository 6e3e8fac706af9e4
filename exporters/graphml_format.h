// The vocabulary kgraph's GraphML shares between its writer and its reader: the namespace and the
// attribute keys. Every key id equals its attr.name, so other tools see readable property names.
#pragma once

#include <array>
#include <string_view>

namespace kgraph::graphml {

inline constexpr std::string_view kNamespace = "http://graphml.graphdrawing.org/xmlns";
inline constexpr std::string_view kXsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr std::string_view kSchemaLocation =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

// Node keys. "labels" (":Person") is derived from the type for Neo4j's APOC importer.
inline constexpr std::string_view kLabels = "labels";
inline constexpr std::string_view kKey = "key";
inline constexpr std::string_view kName = "name";
inline constexpr std::string_view kType = "type";
inline constexpr std::string_view kSurfaceForms = "surface_forms";  // JSON object form -> count
inline constexpr std::string_view kMentions = "mentions";
// Written only when not empty, optional on input (files written before they existed have none).
inline constexpr std::string_view kRoles = "roles";          // JSON object role -> count
inline constexpr std::string_view kDocuments = "documents";  // JSON object document -> count

// Edge keys. "label" (the Neo4j relationship type, "HOPE_FOR"), "confidence", "evidence_count",
// "sentence", "negated" and "attributed_to" are derived, flat summaries for tools that cannot look
// inside the evidence JSON; "relation" and "evidence" (a JSON array) hold the data.
inline constexpr std::string_view kLabel = "label";
inline constexpr std::string_view kRelation = "relation";
inline constexpr std::string_view kConfidence = "confidence";
inline constexpr std::string_view kEvidenceCount = "evidence_count";
inline constexpr std::string_view kEvidence = "evidence";
inline constexpr std::string_view kSentence = "sentence";
inline constexpr std::string_view kNegated = "negated";             // Relation::Negated()
inline constexpr std::string_view kAttributedTo = "attributed_to";  // Relation::AttributedTo()

// The fields of one evidence object in the "evidence" JSON array, in output order.
inline constexpr std::string_view kDocumentField = "document";
inline constexpr std::string_view kSentenceField = "sentence";
inline constexpr std::string_view kSpanField = "span";  // [begin, end]
inline constexpr std::string_view kTextField = "text";
inline constexpr std::string_view kConfidenceField = "confidence";
inline constexpr std::string_view kExtractorField = "extractor";
// How the fact read. "negated" is always written; the others only when not empty, and all of
// them are optional on input (files written before they existed have none).
inline constexpr std::string_view kSubjectTextField = "subject_text";
inline constexpr std::string_view kRelationTextField = "relation_text";
inline constexpr std::string_view kObjectTextField = "object_text";
inline constexpr std::string_view kExtraArgumentsField = "extra_arguments";  // [string]
inline constexpr std::string_view kAttributedToField = "attributed_to";
inline constexpr std::string_view kNegatedField = "negated";  // bool
inline constexpr std::string_view kModalityField = "modality";
inline constexpr std::string_view kMentionsField = "mentions";  // [entity key]

struct KeyDeclaration {
  std::string_view id;
  std::string_view domain;  // "node" or "edge"
  std::string_view type;    // GraphML attr.type
};

// Declared in this order at the top of every document.
inline constexpr std::array<KeyDeclaration, 16> kKeys = {{
    {kLabels, "node", "string"},
    {kKey, "node", "string"},
    {kName, "node", "string"},
    {kType, "node", "string"},
    {kSurfaceForms, "node", "string"},
    {kMentions, "node", "long"},
    {kRoles, "node", "string"},
    {kDocuments, "node", "string"},
    {kLabel, "edge", "string"},
    {kRelation, "edge", "string"},
    {kConfidence, "edge", "double"},
    {kEvidenceCount, "edge", "long"},
    {kEvidence, "edge", "string"},
    {kSentence, "edge", "string"},
    {kNegated, "edge", "boolean"},
    {kAttributedTo, "edge", "string"},
}};

}  // namespace kgraph::graphml
