#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <set>
#include <sstream>
#include <string>

#include "core/error.h"
#include "exporters/jsonld_reader.h"
#include "exporters/jsonld_writer.h"
#include "tests/exporters/jsonld_sample_graphs.h"

namespace kgraph {
namespace {

using testing::NastyGraph;
using testing::PatrushevGraph;

std::string Write(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteJsonLd(graph, out);
  return out.str();
}

KnowledgeGraph Read(const std::string& text, const std::string& source = "graph.jsonld") {
  std::istringstream in(text);
  return ReadJsonLd(in, source);
}

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  EXPECT_FALSE(doc.HasParseError()) << doc.GetErrorOffset();
  return doc;
}

std::string Serialize(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// The error ReadJsonLd throws for `text`; fails the test when it throws none.
Error ReadError(const std::string& text) {
  try {
    Read(text, "bad.jsonld");
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "no error for: " << text;
  return Error("none");
}

TEST(JsonLdTest, RoundTripsTheNastyGraphExactly) {
  KnowledgeGraph graph = NastyGraph();
  KnowledgeGraph restored = Read(Write(graph));
  ASSERT_EQ(restored.NodeCount(), graph.NodeCount());
  ASSERT_EQ(restored.EdgeCount(), graph.EdgeCount());
  EXPECT_TRUE(restored == graph);
  EXPECT_EQ(restored.GetEntity(0).surface_forms.count(std::string("nul\0inside", 10)), 1u);
  EXPECT_EQ(restored.GetEntity(2).type, "");
  EXPECT_EQ(restored.GetEntity(3).type, "Weird \"type\"");
  EXPECT_EQ(restored.GetRelation(0).evidence[0].confidence, 0.1 + 0.2);
  EXPECT_EQ(restored.GetRelation(0).evidence[2].confidence, 5e-324);
  EXPECT_EQ(restored.Source(3), restored.Target(3));
}

TEST(JsonLdTest, RoundTripIsAFixedPoint) {
  std::string first = Write(NastyGraph());
  EXPECT_EQ(Write(Read(first)), first);
  EXPECT_EQ(Write(NastyGraph()), first);
}

TEST(JsonLdTest, EmptyGraphRoundTrips) {
  KnowledgeGraph empty;
  std::string text = Write(empty);
  EXPECT_TRUE(Read(text) == empty);
  EXPECT_TRUE(Parse(text)["@graph"].Empty());
}

TEST(JsonLdTest, ExporterWritesTheSameBytes) {
  std::ostringstream out;
  NewJsonLdExporter()->Write(NastyGraph(), out);
  EXPECT_EQ(out.str(), Write(NastyGraph()));
}

TEST(JsonLdTest, ContextIsInlineAndTyped) {
  rapidjson::Document doc = Parse(Write(PatrushevGraph()));
  const rapidjson::Value& context = doc["@context"];
  ASSERT_TRUE(context.IsObject());
  EXPECT_STREQ(context["schema"].GetString(), "https://schema.org/");
  EXPECT_STREQ(context["kg"].GetString(), "https://kgraph.dev/ns#");
  EXPECT_STREQ(context["confidence"]["@type"].GetString(), "xsd:double");
  EXPECT_STREQ(context["mentions"]["@type"].GetString(), "xsd:integer");
  EXPECT_STREQ(context["subject"]["@type"].GetString(), "@id");
}

TEST(JsonLdTest, EntityNodeHasTypeNamesAndDirectTriple) {
  rapidjson::Document doc = Parse(Write(PatrushevGraph()));
  const rapidjson::Value& patrushev = doc["@graph"][0];
  EXPECT_STREQ(patrushev["@id"].GetString(), "https://kgraph.dev/entity/nikolai-patrushev");
  EXPECT_STREQ(patrushev["@type"].GetString(), "schema:Person");
  EXPECT_STREQ(patrushev["name"].GetString(), "Nikolai Patrushev");
  ASSERT_EQ(patrushev["alternateName"].Size(), 1u);
  EXPECT_STREQ(patrushev["alternateName"][0].GetString(), "Patrushev");
  EXPECT_EQ(patrushev["mentions"].GetUint(), 3u);
  const rapidjson::Value& objects = patrushev["kgr:hope_for"];
  ASSERT_EQ(objects.Size(), 1u);
  EXPECT_STREQ(objects[0]["@id"].GetString(), "https://kgraph.dev/entity/progress-in-cooperation");
  EXPECT_FALSE(doc["@graph"][2].HasMember("kgr:hope_for"));
}

TEST(JsonLdTest, StatementNodeCarriesEvidence) {
  rapidjson::Document doc = Parse(Write(PatrushevGraph()));
  const rapidjson::Value& statement = doc["@graph"][3];
  EXPECT_STREQ(statement["@type"].GetString(), "rdf:Statement");
  EXPECT_STREQ(statement["subject"].GetString(), "https://kgraph.dev/entity/nikolai-patrushev");
  EXPECT_STREQ(statement["predicate"].GetString(), "https://kgraph.dev/ns/rel/hope_for");
  EXPECT_STREQ(statement["relation"].GetString(), "hope for");
  EXPECT_DOUBLE_EQ(statement["confidence"].GetDouble(), 0.8);
  const rapidjson::Value& evidence = statement["evidence"][0];
  EXPECT_STREQ(evidence["document"].GetString(), "tass-1.txt");
  EXPECT_EQ(evidence["sentence"].GetUint(), 4u);
  EXPECT_EQ(evidence["spanStart"].GetUint(), 120u);
  EXPECT_EQ(evidence["spanEnd"].GetUint(), 190u);
  EXPECT_STREQ(evidence["sentenceText"].GetString(), testing::kPatrushevSentence);
  EXPECT_STREQ(evidence["extractor"].GetString(), "pattern");
}

TEST(JsonLdTest, CombinedConfidenceOfMultipleEvidence) {
  rapidjson::Document doc = Parse(Write(NastyGraph()));
  const rapidjson::Value& statement = doc["@graph"][6];
  ASSERT_EQ(statement["evidence"].Size(), 3u);
  EXPECT_DOUBLE_EQ(statement["confidence"].GetDouble(), 1.0);
}

TEST(JsonLdTest, SlugCollisionsGetDeterministicSuffixes) {
  JsonLdIris iris = AssignJsonLdIris(NastyGraph());
  const std::string base = "https://kgraph.dev/entity/";
  EXPECT_EQ(iris.entities[0], base + "say-hi-c-path");
  EXPECT_EQ(iris.entities[1], base + "%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0");
  EXPECT_EQ(iris.entities[2], base + "a-b");
  EXPECT_EQ(iris.entities[3], base + "a-b-2");
  EXPECT_EQ(iris.entities[4], base + "a-b-2-2");
  EXPECT_EQ(iris.entities[5], base + "entity");
  std::set<std::string> unique(iris.entities.begin(), iris.entities.end());
  EXPECT_EQ(unique.size(), iris.entities.size());
  const std::string rel = "https://kgraph.dev/ns/rel/";
  EXPECT_EQ(iris.relations[0], rel + "hope_for");
  EXPECT_EQ(iris.relations[1], rel + "hope_for_2");
  EXPECT_EQ(iris.relations[2], rel + "hope_for");
  EXPECT_EQ(iris.relations[4], rel + "related");
  EXPECT_EQ(iris.relations[5], rel + "x_y");
  EXPECT_EQ(iris.statements[5], "https://kgraph.dev/statement/5");
}

TEST(JsonLdTest, IrisUseOnlySafeCharacters) {
  JsonLdIris iris = AssignJsonLdIris(NastyGraph());
  const std::string safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_%:/.#";
  for (const auto* list : {&iris.entities, &iris.relations, &iris.statements}) {
    for (const std::string& iri : *list) {
      EXPECT_EQ(iri.find_first_not_of(safe), std::string::npos) << iri;
    }
  }
}

TEST(JsonLdTest, WriterRejectsInvalidUtf8BeforeWriting) {
  KnowledgeGraph graph;
  graph.AddEntity(testing::MakeEntity("bad", "bad \xC3\x28 name", "Thing", {}));
  std::ostringstream out;
  EXPECT_THROW(WriteJsonLd(graph, out), Error);
  EXPECT_TRUE(out.str().empty());
}

TEST(JsonLdTest, WriterRejectsNonFiniteConfidence) {
  KnowledgeGraph bad;
  NodeId a = bad.AddEntity(testing::MakeEntity("a", "a", "Thing", {}));
  bad.AddRelation(a, a, Relation{"r", {testing::MakeEvidence("d", 0, {}, "", std::nan(""))}});
  std::ostringstream out;
  EXPECT_THROW(WriteJsonLd(bad, out), Error);
  EXPECT_TRUE(out.str().empty());
}

TEST(JsonLdReaderTest, TruncatedJsonReportsOffsetAndLine) {
  std::string text = Write(PatrushevGraph());
  text.resize(text.size() / 2);
  Error error = ReadError(text);
  EXPECT_EQ(error.location().source, "bad.jsonld");
  ASSERT_TRUE(error.location().offset.has_value());
  EXPECT_EQ(*error.location().offset, text.size());
  ASSERT_TRUE(error.location().line.has_value());
  EXPECT_GT(*error.location().line, 10u);
  EXPECT_NE(std::string(error.what()).find("bad.jsonld"), std::string::npos);
}

TEST(JsonLdReaderTest, SyntaxErrorOffsetPointsAtTheBadByte) {
  std::string text = "{\n  \"@graph\": [1,]\n}";
  Error error = ReadError(text);
  ASSERT_TRUE(error.location().offset.has_value());
  EXPECT_EQ(*error.location().offset, text.find(']'));
  EXPECT_EQ(error.location().line, 2u);
  EXPECT_NE(error.message().find("malformed JSON"), std::string::npos);
}

TEST(JsonLdReaderTest, InvalidUtf8AndTrailingGarbageAreErrors) {
  std::string text = Write(PatrushevGraph());
  std::size_t name = text.find("Patrushev\"");
  std::string bad_utf8 = text;
  bad_utf8[name] = '\xFF';
  EXPECT_EQ(*ReadError(bad_utf8).location().offset, name);
  EXPECT_TRUE(ReadError(text + "{}").location().offset.has_value());
  EXPECT_TRUE(ReadError("").location().offset.has_value());
}

// Writes the Patrushev graph, lets `edit` change the parsed document, and reads it back.
template <typename Edit>
std::string EditedMessage(Edit edit) {
  rapidjson::Document doc = Parse(Write(PatrushevGraph()));
  edit(doc);
  return ReadError(Serialize(doc)).message();
}

TEST(JsonLdReaderTest, MissingFieldsNameTheNodeAndField) {
  std::string message =
      EditedMessage([](rapidjson::Document& doc) { doc["@graph"][1].RemoveMember("key"); });
  EXPECT_EQ(message, "@graph[1]: missing field \"key\"");
  message = EditedMessage([](rapidjson::Document& doc) { doc.RemoveMember("@graph"); });
  EXPECT_EQ(message, "missing field \"@graph\"");
  message = EditedMessage([](rapidjson::Document& doc) {
    doc["@graph"][3]["evidence"][0].RemoveMember("sentenceText");
  });
  EXPECT_EQ(message, "@graph[3]: missing field \"sentenceText\"");
}

TEST(JsonLdReaderTest, DanglingReferenceIsAnError) {
  std::string message = EditedMessage([](rapidjson::Document& doc) {
    doc["@graph"][4]["object"].SetString("https://kgraph.dev/entity/nobody");
  });
  EXPECT_NE(message.find("@graph[4]"), std::string::npos) << message;
  EXPECT_NE(message.find("https://kgraph.dev/entity/nobody"), std::string::npos) << message;
  EXPECT_NE(message.find("no entity"), std::string::npos) << message;
}

TEST(JsonLdReaderTest, WrongTypesAndDuplicatesAreErrors) {
  EXPECT_EQ(
      EditedMessage([](rapidjson::Document& doc) { doc["@graph"][0]["mentions"].SetInt(-1); }),
      "@graph[0]: field \"mentions\" must be an unsigned 32-bit integer");
  EXPECT_EQ(EditedMessage([](rapidjson::Document& doc) {
              doc["@graph"][3]["evidence"][0]["confidence"].SetString("high");
            }),
            "@graph[3]: field \"confidence\" must be a number");
  EXPECT_EQ(
      EditedMessage([](rapidjson::Document& doc) { doc["@graph"][2]["@type"].SetString("Foo"); }),
      "@graph[2]: unknown @type \"Foo\"");
  std::string duplicate = EditedMessage([](rapidjson::Document& doc) {
    doc["@graph"][1]["@id"].SetString("https://kgraph.dev/entity/nikolai-patrushev");
  });
  EXPECT_NE(duplicate.find("defined twice"), std::string::npos) << duplicate;
  EXPECT_EQ(ReadError("[]").message(), "the document is not a JSON object");
}

TEST(JsonLdTest, ContextDefinesTheReadingTerms) {
  rapidjson::Document doc = Parse(Write(testing::ClauseGraph()));
  const rapidjson::Value& context = doc["@context"];
  EXPECT_STREQ(context["mentioned"]["@id"].GetString(), "schema:mentions");
  EXPECT_STREQ(context["mentioned"]["@type"].GetString(), "@id");
  EXPECT_STREQ(context["extraArguments"]["@container"].GetString(), "@list");
  EXPECT_FALSE(context["extraArguments"].HasMember("@type"));
  EXPECT_STREQ(context["negated"]["@type"].GetString(), "xsd:boolean");
  EXPECT_STREQ(context["attributedTo"].GetString(), "kg:attributedTo");
  EXPECT_STREQ(context["subjectText"].GetString(), "kg:subjectText");
}

TEST(JsonLdTest, PersonsCarryTheirRolesAsJobTitlesAndEntitiesTheirDocuments) {
  rapidjson::Document doc = Parse(Write(testing::ClauseGraph()));
  EXPECT_STREQ(doc["@context"]["jobTitle"].GetString(), "schema:jobTitle");
  const rapidjson::Value& patrushev = doc["@graph"][0];
  ASSERT_STREQ(patrushev["name"].GetString(), "Nikolai Patrushev");
  ASSERT_EQ(patrushev["jobTitle"].Size(), 1u);
  EXPECT_STREQ(patrushev["jobTitle"][0].GetString(), "Secretary of the Russian Security Council");
  EXPECT_EQ(patrushev["role"][0]["count"].GetUint(), 1u);
  EXPECT_STREQ(patrushev["mentionedIn"][0]["document"].GetString(), "tass-2.txt");
  const rapidjson::Value& progress = doc["@graph"][1];
  EXPECT_FALSE(progress.HasMember("jobTitle"));
  EXPECT_FALSE(progress.HasMember("role"));
  EXPECT_FALSE(progress.HasMember("mentionedIn"));
}

TEST(JsonLdTest, EvidenceCarriesTheReadingAndMentionedEntities) {
  rapidjson::Document doc = Parse(Write(testing::ClauseGraph()));
  const rapidjson::Value& hope = doc["@graph"][5]["evidence"][0];
  EXPECT_STREQ(hope["subjectText"].GetString(),
               "Secretary of the Russian Security Council Nikolai Patrushev");
  EXPECT_STREQ(hope["relationText"].GetString(), "hopes for");
  EXPECT_STREQ(hope["objectText"].GetString(),
               "progress in cooperation between Russia and the U.S.");
  ASSERT_EQ(hope["extraArguments"].Size(), 2u);
  EXPECT_STREQ(hope["extraArguments"][1].GetString(), "in 2017");
  EXPECT_FALSE(hope["negated"].GetBool());
  EXPECT_FALSE(hope.HasMember("attributedTo"));  // narrated: no empty literal
  EXPECT_FALSE(hope.HasMember("modality"));
  ASSERT_EQ(hope["mentioned"].Size(), 2u);
  EXPECT_STREQ(hope["mentioned"][0].GetString(), "https://kgraph.dev/entity/russia");
  EXPECT_STREQ(hope["mentioned"][1].GetString(), "https://kgraph.dev/entity/united-states");

  const rapidjson::Value& refusal = doc["@graph"][6];
  EXPECT_STREQ(refusal["predicate"].GetString(), "https://kgraph.dev/ns/rel/not_sign");
  EXPECT_TRUE(refusal["evidence"][0]["negated"].GetBool());
  EXPECT_STREQ(refusal["evidence"][0]["attributedTo"].GetString(), "Patrushev");
  EXPECT_STREQ(refusal["evidence"][0]["modality"].GetString(), "may");
  EXPECT_FALSE(refusal["evidence"][0].HasMember("mentioned"));
}

TEST(JsonLdTest, NegatedFactIsNoPositiveDirectTriple) {
  rapidjson::Document doc = Parse(Write(testing::ClauseGraph()));
  const rapidjson::Value& russia = doc["@graph"][2];
  EXPECT_STREQ(russia["key"].GetString(), "russia");
  ASSERT_EQ(russia["kgr:not_sign"].Size(), 1u);
  ASSERT_EQ(russia["kgr:sign"].Size(), 1u);  // the positive fact is its own edge
  EXPECT_STREQ(russia["kgr:not_sign"][0]["@id"].GetString(), "https://kgraph.dev/entity/treaty");
}

// What WriteJsonLd wrote before evidence had the reading fields: no such terms, no "negated".
std::string OldFormat(const std::string& text) {
  rapidjson::Document doc = Parse(text);
  for (const char* term : {"subjectText", "relationText", "objectText", "extraArguments",
                           "attributedTo", "negated", "modality", "mentioned"}) {
    EXPECT_TRUE(doc["@context"].RemoveMember(term)) << term;
  }
  for (rapidjson::Value& node : doc["@graph"].GetArray()) {
    if (!node.HasMember("evidence")) continue;
    for (rapidjson::Value& evidence : node["evidence"].GetArray()) {
      EXPECT_TRUE(evidence.RemoveMember("negated"));
    }
  }
  std::string old = Serialize(doc);
  EXPECT_EQ(old.find("negated"), std::string::npos);
  return old;
}

TEST(JsonLdReaderTest, ReadsFilesWithoutTheReadingFields) {
  KnowledgeGraph restored = Read(OldFormat(Write(PatrushevGraph())));
  EXPECT_TRUE(restored == PatrushevGraph());
  const Evidence& evidence = restored.GetRelation(0).evidence.at(0);
  EXPECT_EQ(evidence.object_text, "");
  EXPECT_FALSE(evidence.negated);
  EXPECT_TRUE(evidence.extra_arguments.empty());
  EXPECT_EQ(Write(restored), Write(PatrushevGraph()));
}

// Writes the clause graph, lets `edit` change the parsed document, and reads it back.
template <typename Edit>
std::string EditedClauseMessage(Edit edit) {
  rapidjson::Document doc = Parse(Write(testing::ClauseGraph()));
  edit(doc);
  return ReadError(Serialize(doc)).message();
}

TEST(JsonLdReaderTest, RefusesBadReadingFields) {
  EXPECT_EQ(EditedClauseMessage([](rapidjson::Document& doc) {
              doc["@graph"][5]["evidence"][0]["mentioned"][0].SetString(
                  "https://kgraph.dev/entity/nobody");
            }),
            "@graph[5]: field \"mentioned\" refers to \"https://kgraph.dev/entity/nobody\", "
            "which is no entity of this document");
  EXPECT_EQ(EditedClauseMessage([](rapidjson::Document& doc) {
              doc["@graph"][6]["evidence"][0]["negated"].SetString("yes");
            }),
            "@graph[6]: field \"negated\" must be a boolean");
  EXPECT_EQ(EditedClauseMessage([](rapidjson::Document& doc) {
              doc["@graph"][5]["evidence"][0]["extraArguments"].SetString("in 2017");
            }),
            "@graph[5]: field \"extraArguments\" must be an array");
  EXPECT_EQ(EditedClauseMessage([](rapidjson::Document& doc) {
              doc["@graph"][5]["evidence"][0]["mentioned"][1].SetUint(3);
            }),
            "@graph[5]: field \"mentioned\" must hold strings");
  EXPECT_EQ(EditedClauseMessage([](rapidjson::Document& doc) {
              doc["@graph"][6]["evidence"][0]["attributedTo"].SetBool(true);
            }),
            "@graph[6]: field \"attributedTo\" must be a string");
}

TEST(JsonLdTest, WriterRefusesAMentionOfNoNode) {
  KnowledgeGraph graph = PatrushevGraph();
  Evidence evidence = testing::MakeEvidence("d", 0, {0, 1}, "s", 0.5);
  evidence.mentions = {"nobody"};
  graph.AddRelation(0, 1, Relation{"know", {evidence}});
  std::ostringstream out;
  try {
    WriteJsonLd(graph, out);
    ADD_FAILURE() << "no error";
  } catch (const Error& error) {
    EXPECT_NE(error.message().find("relation 2: evidence mentions \"nobody\""), std::string::npos)
        << error.what();
  }
  EXPECT_TRUE(out.str().empty());
}

}  // namespace
}  // namespace kgraph
