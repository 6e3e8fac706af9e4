#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cmath>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "exporters/graphml_reader.h"
#include "exporters/graphml_writer.h"
#include "tests/exporters/jsonld_sample_graphs.h"

namespace kgraph {
namespace {

using testing::MakeEntity;
using testing::MakeEvidence;
using testing::NastyGraph;
using testing::PatrushevGraph;

std::string Write(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGraphMl(graph, out);
  return out.str();
}

KnowledgeGraph Read(const std::string& text, const std::string& source = "graph.graphml") {
  std::istringstream in(text);
  return ReadGraphMl(in, source);
}

// The error ReadGraphMl throws for `text`; fails the test when it throws none.
Error ReadError(const std::string& text) {
  try {
    Read(text, "bad.graphml");
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "no error for: " << text.substr(0, 300);
  return Error("none");
}

Error WriteError(const KnowledgeGraph& graph) {
  try {
    Write(graph);
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "no error";
  return Error("none");
}

// `text` with the first occurrence of `from` replaced; fails the test when `from` is absent.
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::uint64_t LineOf(const std::string& text, const std::string& needle) {
  std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
}

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::string_view Name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string Prop(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string text = value == nullptr ? "<none>" : reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

std::vector<const xmlNode*> Elements(const xmlNode* parent, std::string_view name) {
  std::vector<const xmlNode*> found;
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && Name(child) == name) found.push_back(child);
  }
  return found;
}

TEST(GraphMlTest, DeclaresTypedKeysAndADirectedGraph) {
  std::string text = Write(PatrushevGraph());
  EXPECT_EQ(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
                       "xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
                       0),
            0u)
      << text;
  EXPECT_NE(
      text.find("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>"),
      std::string::npos);
  EXPECT_NE(
      text.find("<key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>"),
      std::string::npos);
  EXPECT_NE(text.find("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"),
            std::string::npos);
  EXPECT_NE(text.find("<key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" "
                      "attr.type=\"double\"/>"),
            std::string::npos);
  EXPECT_NE(text.find("<graph id=\"G\" edgedefault=\"directed\">"), std::string::npos);
}

TEST(GraphMlTest, WritesNodesAndEdgesWithTheirData) {
  std::string text = Write(PatrushevGraph());
  std::unique_ptr<xmlDoc, DocDeleter> doc(
      xmlReadMemory(text.data(), static_cast<int>(text.size()), "t.graphml", nullptr, 0));
  ASSERT_TRUE(doc);
  const xmlNode* graph = Elements(xmlDocGetRootElement(doc.get()), "graph").at(0);
  std::vector<const xmlNode*> nodes = Elements(graph, "node");
  std::vector<const xmlNode*> edges = Elements(graph, "edge");
  ASSERT_EQ(nodes.size(), 3u);
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(Prop(nodes[0], "id"), "n0");
  EXPECT_EQ(Prop(nodes[2], "id"), "n2");
  std::vector<std::string> node_data;
  for (const xmlNode* data : Elements(nodes[0], "data")) {
    xmlChar* content = xmlNodeGetContent(data);
    node_data.push_back(Prop(data, "key") + "=" + reinterpret_cast<const char*>(content));
    xmlFree(content);
  }
  EXPECT_EQ(node_data,
            (std::vector<std::string>{
                "labels=:Person", "key=nikolai patrushev", "name=Nikolai Patrushev", "type=Person",
                "surface_forms={\"Nikolai Patrushev\":2,\"Patrushev\":1}", "mentions=3"}));
  EXPECT_EQ(Prop(edges[1], "id"), "e1");
  EXPECT_EQ(Prop(edges[1], "source"), "n1");
  EXPECT_EQ(Prop(edges[1], "target"), "n2");
  std::vector<const xmlNode*> edge_data = Elements(edges[0], "data");
  ASSERT_EQ(edge_data.size(), 7u);
  std::vector<std::string> keys;
  for (const xmlNode* data : edge_data) keys.push_back(Prop(data, "key"));
  EXPECT_EQ(keys, (std::vector<std::string>{"label", "relation", "confidence", "evidence_count",
                                            "evidence", "sentence", "negated"}));
  EXPECT_NE(text.find("<data key=\"negated\">false</data>"), std::string::npos);
  EXPECT_EQ(text.find("<data key=\"attributed_to\">"), std::string::npos);
  EXPECT_NE(text.find("<data key=\"label\">HOPE_FOR</data>"), std::string::npos);
  EXPECT_NE(text.find("<data key=\"relation\">hope for</data>"), std::string::npos);
  EXPECT_NE(text.find("<data key=\"confidence\">0.8</data>"), std::string::npos);
  EXPECT_NE(text.find("<data key=\"evidence_count\">1</data>"), std::string::npos);
  EXPECT_NE(text.find(std::string("<data key=\"sentence\">") + testing::kPatrushevSentence),
            std::string::npos);
  EXPECT_NE(text.find("<data key=\"evidence\">[{&quot;document&quot;:&quot;tass-1.txt&quot;,"
                      "&quot;sentence&quot;:4,&quot;span&quot;:[120,190],"),
            std::string::npos)
      << text;
}

TEST(GraphMlTest, KeepsParallelEdgesAndSelfLoops) {
  std::string text = Write(NastyGraph());
  EXPECT_NE(text.find("<edge id=\"e0\" source=\"n0\" target=\"n1\">"), std::string::npos);
  EXPECT_NE(text.find("<edge id=\"e1\" source=\"n0\" target=\"n1\">"), std::string::npos);
  EXPECT_NE(text.find("<edge id=\"e2\" source=\"n0\" target=\"n1\">"), std::string::npos);
  EXPECT_NE(text.find("<edge id=\"e3\" source=\"n1\" target=\"n1\">"), std::string::npos);
}

TEST(GraphMlTest, RoundTripsTheNastyGraphExactly) {
  KnowledgeGraph graph = NastyGraph();
  std::string text = Write(graph);
  KnowledgeGraph restored = Read(text);
  EXPECT_TRUE(restored == graph);
  EXPECT_EQ(Write(restored), text);
  EXPECT_EQ(restored.GetRelation(2).evidence[0].confidence, 5e-324);
  EXPECT_EQ(restored.GetRelation(0).evidence[0].confidence, 0.1 + 0.2);
}

TEST(GraphMlTest, RoundTripsTheEmptyGraph) {
  KnowledgeGraph empty;
  std::string text = Write(empty);
  EXPECT_TRUE(Read(text) == empty);
  EXPECT_EQ(Write(Read(text)), text);
}

TEST(GraphMlTest, EscapesMarkupAndKeepsCarriageReturns) {
  KnowledgeGraph graph;
  NodeId a = graph.AddEntity(
      MakeEntity("<b>&amp;</b> ]]>", "a\r\nb\rc", "Thing", {{"<x> & \"y\" 'z'", 1}}));
  NodeId b = graph.AddEntity(MakeEntity("  padded  ", " ", "Place", {{"\xEF\xBF\xBE", 1}}));
  graph.AddRelation(a, b, Relation{"<rel> & co", {MakeEvidence("d", 0, {0, 1}, "s\x01", 0.5)}});
  std::string text = Write(graph);
  EXPECT_NE(text.find("<data key=\"key\">&lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt;</data>"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("<data key=\"name\">a&#13;\nb&#13;c</data>"), std::string::npos) << text;
  EXPECT_NE(text.find("<data key=\"label\">REL_CO</data>"), std::string::npos);
  EXPECT_NE(text.find("<data key=\"sentence\">s\xEF\xBF\xBD</data>"), std::string::npos) << text;
  EXPECT_NE(text.find("\\uFFFE"), std::string::npos) << "U+FFFE must be \\u-escaped in JSON";
  KnowledgeGraph restored = Read(text);
  EXPECT_TRUE(restored == graph);
  EXPECT_EQ(Write(restored), text);
}

TEST(GraphMlTest, IsDeterministic) { EXPECT_EQ(Write(NastyGraph()), Write(NastyGraph())); }

TEST(GraphMlTest, RelationshipTypesAreNeo4jIdentifiers) {
  EXPECT_EQ(GraphMlRelationshipType("hope for"), "HOPE_FOR");
  EXPECT_EQ(GraphMlRelationshipType("  be part-of "), "BE_PART_OF");
  EXPECT_EQ(GraphMlRelationshipType("говорить \"о\""), "ГОВОРИТЬ_О");
  EXPECT_EQ(GraphMlRelationshipType(""), "RELATED_TO");
  EXPECT_EQ(GraphMlRelationshipType("!!"), "RELATED_TO");
}

TEST(GraphMlTest, RefusesWhatXmlCannotHold) {
  KnowledgeGraph control;
  control.AddEntity(MakeEntity("bell\x07", "bell", "Thing", {}));
  EXPECT_NE(WriteError(control).message().find("key contains U+0007"), std::string::npos);

  KnowledgeGraph invalid;
  invalid.AddEntity(MakeEntity("k", "bad \xC3", "Thing", {}));
  EXPECT_NE(WriteError(invalid).message().find("entity 0: name is not valid UTF-8"),
            std::string::npos);

  KnowledgeGraph bad_form;
  bad_form.AddEntity(MakeEntity("k", "k", "Thing", {{"\xFF", 1}}));
  EXPECT_NE(WriteError(bad_form).message().find("surface form"), std::string::npos);

  KnowledgeGraph nan;
  NodeId a = nan.AddEntity(MakeEntity("a", "a", "Thing", {}));
  nan.AddRelation(a, a, Relation{"r", {MakeEvidence("d", 0, {0, 1}, "s", std::nan(""))}});
  EXPECT_NE(WriteError(nan).message().find("relation 0"), std::string::npos);
}

TEST(GraphMlTest, RandomBytesAreAnErrorNotACrash) {
  std::mt19937 random(20240611);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 200; ++round) {
    std::string text(static_cast<std::size_t>(round * 7), '\0');
    for (char& c : text) c = static_cast<char>(byte(random));
    if (round % 2 == 0) text = "<graphml" + text;
    EXPECT_THROW(Read(text), Error) << round;
  }
}

TEST(GraphMlTest, EveryTruncationIsAnError) {
  std::string text = Write(PatrushevGraph());
  std::size_t end = text.rfind("</graphml>");
  for (std::size_t size = 0; size < end; size += 7) {
    Error error = ReadError(text.substr(0, size));
    EXPECT_EQ(error.location().source, "bad.graphml");
  }
}

TEST(GraphMlTest, MalformedXmlReportsItsLine) {
  std::string text = Write(PatrushevGraph());
  std::string broken = Replace(text, "<data key=\"type\">Place</data>", "<data key=\"type\">Place");
  Error error = ReadError(broken);
  EXPECT_NE(error.message().find("malformed XML"), std::string::npos) << error.what();
  ASSERT_TRUE(error.location().line.has_value());
  EXPECT_GE(*error.location().line, LineOf(broken, "<data key=\"type\">Place"));
  EXPECT_NE(std::string(error.what()).find("bad.graphml:"), std::string::npos);
}

TEST(GraphMlTest, RefusesAWrongRootOrNamespace) {
  EXPECT_NE(ReadError("<?xml version=\"1.0\"?>\n<svg/>").message().find("root element is <svg>"),
            std::string::npos);
  std::string text = Write(PatrushevGraph());
  Error error = ReadError(
      Replace(text, "xmlns=\"http://graphml.graphdrawing.org/xmlns\"", "xmlns=\"urn:other\""));
  EXPECT_NE(error.message().find("urn:other"), std::string::npos);
  EXPECT_EQ(error.location().line, 2u);
}

TEST(GraphMlTest, RefusesDtdsAndEntities) {
  std::string text = Write(PatrushevGraph());
  std::string laughs =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE graphml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n" +
      text.substr(text.find("<graphml"));
  laughs = Replace(laughs, ">Russia</data>", ">&b;</data>");
  EXPECT_NE(ReadError(laughs).message().find("DTD"), std::string::npos);
  std::string external =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"http://example.invalid/x.dtd\">\n" +
      text.substr(text.find("<graphml"));
  EXPECT_NE(ReadError(external).message().find("DTD"), std::string::npos);
}

TEST(GraphMlTest, RefusesMissingKeysAndFields) {
  std::string text = Write(PatrushevGraph());
  std::string no_key = Replace(
      text, "<key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>", "");
  EXPECT_NE(ReadError(no_key).message().find("node attribute \"mentions\""), std::string::npos);

  std::string no_field = Replace(text, "<data key=\"name\">Russia</data>", "");
  Error error = ReadError(no_field);
  EXPECT_NE(error.message().find("<node> has no \"name\" data"), std::string::npos);
  EXPECT_EQ(error.location().line, LineOf(text, "<node id=\"n2\">"));

  std::string undeclared = Replace(text, "<data key=\"name\">Russia", "<data key=\"nope\">Russia");
  EXPECT_NE(ReadError(undeclared).message().find("undeclared key \"nope\""), std::string::npos);

  std::string wrong_domain =
      Replace(text, "<data key=\"name\">Russia", "<data key=\"relation\">Russia");
  EXPECT_NE(ReadError(wrong_domain).message().find("not declared for <node>"), std::string::npos);

  std::string twice = Replace(text, "<data key=\"name\">Russia</data>",
                              "<data key=\"name\">Russia</data><data key=\"name\">R</data>");
  EXPECT_NE(ReadError(twice).message().find("given twice"), std::string::npos);

  std::string nested =
      Replace(text, "<data key=\"name\">Russia</data>", "<data key=\"name\"><b>Russia</b></data>");
  EXPECT_NE(ReadError(nested).message().find("only text"), std::string::npos);

  std::string no_graph = Replace(text, "<graph id=\"G\"", "<grph id=\"G\"");
  no_graph = Replace(no_graph, "</graph>", "</grph>");
  EXPECT_NE(ReadError(no_graph).message().find("no <graph>"), std::string::npos);

  std::string undirected = Replace(text, "edgedefault=\"directed\"", "edgedefault=\"undirected\"");
  EXPECT_NE(ReadError(undirected).message().find("directed"), std::string::npos);
}

TEST(GraphMlTest, RefusesBadNumbers) {
  std::string text = Write(PatrushevGraph());
  for (std::string bad : {"-1", "12x", "4294967296", "", " 3", "+3", "1e3"}) {
    std::string broken = Replace(text, "<data key=\"mentions\">3</data>",
                                 "<data key=\"mentions\">" + bad + "</data>");
    Error error = ReadError(broken);
    EXPECT_NE(error.message().find("is not an unsigned 32-bit integer"), std::string::npos) << bad;
    EXPECT_EQ(error.location().line, LineOf(broken, "<data key=\"mentions\">" + bad)) << bad;
  }
  std::string bad_count = Replace(text, "&quot;Patrushev&quot;:1", "&quot;Patrushev&quot;:-1");
  EXPECT_NE(ReadError(bad_count).message().find("count of \"Patrushev\""), std::string::npos);
  std::string bad_span = Replace(text, "[120,190]", "[120,-190]");
  EXPECT_NE(ReadError(bad_span).message().find("\"span\""), std::string::npos);
  std::string short_span = Replace(text, "[120,190]", "[120]");
  EXPECT_NE(ReadError(short_span).message().find("\"span\""), std::string::npos);
  std::string bad_confidence =
      Replace(text, "&quot;confidence&quot;:0.8", "&quot;confidence&quot;:&quot;high&quot;");
  EXPECT_NE(ReadError(bad_confidence).message().find("\"confidence\""), std::string::npos);
}

TEST(GraphMlTest, RefusesMalformedRolesAndDocuments) {
  std::string text = Write(testing::ClauseGraph());
  std::string roles = Replace(text, "Council&quot;:1}</data>", "Council&quot;:-1}</data>");
  Error error = ReadError(roles);
  EXPECT_NE(error.message().find("roles: the count of \"Secretary of the Russian Security "
                                 "Council\" is not an unsigned 32-bit integer"),
            std::string::npos)
      << error.message();
  std::string documents = Replace(text, "{&quot;tass-2.txt&quot;:3,", "[&quot;tass-2.txt&quot;,");
  EXPECT_NE(ReadError(documents).message().find("documents"), std::string::npos);
}

TEST(GraphMlTest, RefusesMalformedJson) {
  std::string text = Write(PatrushevGraph());
  std::string forms = Replace(text, "{&quot;Russia&quot;:1}", "{&quot;Russia&quot;:1");
  Error error = ReadError(forms);
  EXPECT_NE(error.message().find("surface_forms: malformed JSON"), std::string::npos);
  EXPECT_EQ(error.location().line, LineOf(forms, "{&quot;Russia&quot;:1<"));
  std::string not_object = Replace(text, "{&quot;Russia&quot;:1}", "[1]");
  EXPECT_NE(ReadError(not_object).message().find("must be a JSON object"), std::string::npos);
  std::string duplicate =
      Replace(text, "{&quot;Russia&quot;:1}", "{&quot;Russia&quot;:1,&quot;Russia&quot;:2}");
  EXPECT_NE(ReadError(duplicate).message().find("listed twice"), std::string::npos);
  std::string evidence = Replace(text, "<data key=\"evidence\">[", "<data key=\"evidence\">{");
  EXPECT_NE(ReadError(evidence).message().find("evidence: malformed JSON"), std::string::npos);
  std::string missing = Replace(text, "&quot;extractor&quot;:", "&quot;tool&quot;:");
  EXPECT_NE(ReadError(missing).message().find("no \"extractor\""), std::string::npos);
}

TEST(GraphMlTest, RefusesBadNodeReferences) {
  std::string text = Write(PatrushevGraph());
  std::string dangling =
      Replace(text, "source=\"n1\" target=\"n2\"", "source=\"n1\" target=\"n9\"");
  Error error = ReadError(dangling);
  EXPECT_NE(error.message().find("target \"n9\" is no node"), std::string::npos);
  EXPECT_EQ(error.location().line, LineOf(dangling, "<edge id=\"e1\""));
  std::string duplicate_id = Replace(text, "<node id=\"n2\">", "<node id=\"n0\">");
  EXPECT_NE(ReadError(duplicate_id).message().find("\"n0\" is used twice"), std::string::npos);
  std::string duplicate_key = Replace(text, "<data key=\"key\">russia</data>",
                                      "<data key=\"key\">nikolai patrushev</data>");
  error = ReadError(duplicate_key);
  EXPECT_EQ(error.location().line, LineOf(text, "<node id=\"n2\">"));
}

TEST(GraphMlTest, DeclaresTheEdgeSummaryKeys) {
  std::string text = Write(PatrushevGraph());
  EXPECT_NE(text.find("<key id=\"negated\" for=\"edge\" attr.name=\"negated\" "
                      "attr.type=\"boolean\"/>"),
            std::string::npos);
  EXPECT_NE(text.find("<key id=\"attributed_to\" for=\"edge\" attr.name=\"attributed_to\" "
                      "attr.type=\"string\"/>"),
            std::string::npos);
}

TEST(GraphMlTest, EvidenceJsonHoldsTheReading) {
  std::string text = Write(testing::ClauseGraph());
  EXPECT_NE(text.find("&quot;extractor&quot;:&quot;clause&quot;,"
                      "&quot;subject_text&quot;:&quot;Secretary of the Russian Security Council "
                      "Nikolai Patrushev&quot;,&quot;relation_text&quot;:&quot;hopes for&quot;,"
                      "&quot;object_text&quot;:&quot;progress in cooperation between Russia and "
                      "the U.S.&quot;,&quot;extra_arguments&quot;:[&quot;in fighting "
                      "terrorism&quot;,&quot;in 2017&quot;],&quot;negated&quot;:false,"
                      "&quot;mentions&quot;:[&quot;russia&quot;,&quot;united states&quot;]}"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("&quot;attributed_to&quot;:&quot;Patrushev&quot;,&quot;negated&quot;:true,"
                      "&quot;modality&quot;:&quot;may&quot;}"),
            std::string::npos)
      << text;
}

TEST(GraphMlTest, NodesCarryRolesAndDocumentsWhenTheyHaveSome) {
  std::string text = Write(testing::ClauseGraph());
  EXPECT_NE(text.find("<key id=\"roles\" for=\"node\" attr.name=\"roles\" "
                      "attr.type=\"string\"/>"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("<data key=\"roles\">{&quot;Secretary of the Russian Security "
                      "Council&quot;:1}</data>"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("<data key=\"documents\">{&quot;tass-2.txt&quot;:3,&quot;tass-3.txt&quot;"
                      ":1}</data>"),
            std::string::npos)
      << text;
  // "progress" has neither: no empty data elements.
  EXPECT_EQ(text.find("<data key=\"roles\">{}</data>"), std::string::npos);
}

TEST(GraphMlTest, EdgesSummarizeNegationAndAttribution) {
  std::string text = Write(testing::ClauseGraph());
  std::unique_ptr<xmlDoc, DocDeleter> doc(
      xmlReadMemory(text.data(), static_cast<int>(text.size()), "t.graphml", nullptr, 0));
  ASSERT_TRUE(doc);
  const xmlNode* graph = Elements(xmlDocGetRootElement(doc.get()), "graph").at(0);
  std::vector<std::string> summaries;
  for (const xmlNode* edge : Elements(graph, "edge")) {
    std::string summary;
    for (const xmlNode* data : Elements(edge, "data")) {
      std::string key = Prop(data, "key");
      if (key != "label" && key != "negated" && key != "attributed_to") continue;
      xmlChar* content = xmlNodeGetContent(data);
      summary += (summary.empty() ? "" : " ") + key + "=" + reinterpret_cast<const char*>(content);
      xmlFree(content);
    }
    summaries.push_back(summary);
  }
  EXPECT_EQ(summaries, (std::vector<std::string>{
                           "label=HOPE_FOR negated=false",
                           "label=NOT_SIGN negated=true attributed_to=Patrushev",
                           "label=SIGN negated=false",
                           "label=SUPPORT negated=false attributed_to=Patrushev; Peskov",
                       }));
}

// What WriteGraphMl wrote before evidence had the reading fields: no "negated" key or data, and
// evidence objects with the first six fields only.
std::string OldFormat(const std::string& text) {
  std::string old = Replace(text,
                            "  <key id=\"negated\" for=\"edge\" attr.name=\"negated\" "
                            "attr.type=\"boolean\"/>\n",
                            "");
  old = Replace(old,
                "  <key id=\"attributed_to\" for=\"edge\" attr.name=\"attributed_to\" "
                "attr.type=\"string\"/>\n",
                "");
  for (std::string from :
       {"      <data key=\"negated\">false</data>\n", ",&quot;negated&quot;:false"}) {
    for (std::size_t at; (at = old.find(from)) != std::string::npos;) old.erase(at, from.size());
  }
  EXPECT_EQ(old.find("negated"), std::string::npos) << old;
  return old;
}

TEST(GraphMlTest, ReadsFilesWithoutTheReadingFields) {
  std::string old = OldFormat(Write(PatrushevGraph()));
  KnowledgeGraph restored = Read(old);
  EXPECT_TRUE(restored == PatrushevGraph());
  const Evidence& evidence = restored.GetRelation(0).evidence.at(0);
  EXPECT_EQ(evidence.subject_text, "");
  EXPECT_FALSE(evidence.negated);
  EXPECT_TRUE(evidence.mentions.empty());
  EXPECT_EQ(Write(restored), Write(PatrushevGraph()));
}

TEST(GraphMlTest, RefusesBadReadingFields) {
  std::string text = Write(testing::ClauseGraph());
  std::string dangling = Replace(text, "[&quot;russia&quot;,", "[&quot;nobody&quot;,");
  Error error = ReadError(dangling);
  EXPECT_NE(error.message().find("mentioned entity \"nobody\" is no node key"), std::string::npos)
      << error.what();
  EXPECT_EQ(error.location().line, LineOf(dangling, "nobody") - 0);
  std::string not_bool =
      Replace(text, "&quot;negated&quot;:true", "&quot;negated&quot;:&quot;yes&quot;");
  EXPECT_NE(ReadError(not_bool).message().find("\"negated\" is no boolean"), std::string::npos);
  std::string not_list =
      Replace(text, "[&quot;in fighting terrorism&quot;,&quot;in 2017&quot;]", "&quot;x&quot;");
  EXPECT_NE(ReadError(not_list).message().find("\"extra_arguments\" is no array"),
            std::string::npos);
  std::string not_string =
      Replace(text, "&quot;modality&quot;:&quot;may&quot;", "&quot;modality&quot;:1");
  EXPECT_NE(ReadError(not_string).message().find("\"modality\" is no string"), std::string::npos);
}

TEST(GraphMlTest, WriterRefusesAMentionOfNoNode) {
  KnowledgeGraph graph = PatrushevGraph();
  Evidence evidence = MakeEvidence("d", 0, {0, 1}, "s", 0.5);
  evidence.mentions = {"nobody"};
  graph.AddRelation(0, 1, Relation{"know", {evidence}});
  EXPECT_NE(WriteError(graph).message().find("relation 2: evidence mentions \"nobody\""),
            std::string::npos)
      << WriteError(graph).what();
}

}  // namespace
}  // namespace kgraph
