// Roles written with persons' names, on hand-parsed sentences (UD relations checked by hand), so
// that the tests do not move when the shipped tagger, parser or recognizer change. The PERSON
// mentions are given by hand too.
#include "graph/roles.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/conllu/conllu.h"

namespace kgraph {
namespace {

constexpr char kTrees[] = R"conllu(# text = Kremlin spokesman Dmitry Peskov said.
1	Kremlin	Kremlin	PROPN	NNP	_	2	compound	_	_
2	spokesman	spokesman	NOUN	NN	_	4	compound	_	_
3	Dmitry	Dmitry	PROPN	NNP	_	4	compound	_	_
4	Peskov	Peskov	PROPN	NNP	_	5	nsubj	_	_
5	said	say	VERB	VBD	_	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_

# text = The head of Russia's Security Council, Nikolai Patrushev, spoke.
1	The	the	DET	DT	_	2	det	_	_
2	head	head	NOUN	NN	_	12	nsubj	_	_
3	of	of	ADP	IN	_	7	case	_	_
4	Russia	Russia	PROPN	NNP	_	7	nmod:poss	_	SpaceAfter=No
5	's	's	PART	POS	_	4	case	_	_
6	Security	Security	PROPN	NNP	_	7	compound	_	_
7	Council	Council	PROPN	NNP	_	2	nmod	_	SpaceAfter=No
8	,	,	PUNCT	,	_	9	punct	_	_
9	Nikolai	Nikolai	PROPN	NNP	_	7	appos	_	_
10	Patrushev	Patrushev	PROPN	NNP	_	9	flat	_	SpaceAfter=No
11	,	,	PUNCT	,	_	9	punct	_	_
12	spoke	speak	VERB	VBD	_	0	root	_	SpaceAfter=No
13	.	.	PUNCT	.	_	12	punct	_	_

# text = Dmitry Peskov, the Kremlin spokesman, said it.
1	Dmitry	Dmitry	PROPN	NNP	_	8	nsubj	_	_
2	Peskov	Peskov	PROPN	NNP	_	1	flat	_	SpaceAfter=No
3	,	,	PUNCT	,	_	6	punct	_	_
4	the	the	DET	DT	_	6	det	_	_
5	Kremlin	Kremlin	PROPN	NNP	_	6	compound	_	_
6	spokesman	spokesman	NOUN	NN	_	1	appos	_	SpaceAfter=No
7	,	,	PUNCT	,	_	6	punct	_	_
8	said	say	VERB	VBD	_	0	root	_	_
9	it	it	PRON	PRP	_	8	obj	_	SpaceAfter=No
10	.	.	PUNCT	.	_	8	punct	_	_

# text = The President of Russia Vladimir Putin spoke.
1	The	the	DET	DT	_	2	det	_	_
2	President	President	PROPN	NNP	_	5	nmod:desc	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	Russia	Russia	PROPN	NNP	_	2	nmod	_	_
5	Vladimir	Vladimir	PROPN	NNP	_	7	nsubj	_	_
6	Putin	Putin	PROPN	NNP	_	5	flat	_	_
7	spoke	speak	VERB	VBD	_	0	root	_	SpaceAfter=No
8	.	.	PUNCT	.	_	7	punct	_	_

# text = Nikolai Patrushev, a man from Moscow, spoke.
1	Nikolai	Nikolai	PROPN	NNP	_	9	nsubj	_	_
2	Patrushev	Patrushev	PROPN	NNP	_	1	flat	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	a	a	DET	DT	_	5	det	_	_
5	man	man	NOUN	NN	_	1	appos	_	_
6	from	from	ADP	IN	_	7	case	_	_
7	Moscow	Moscow	PROPN	NNP	_	5	nmod	_	SpaceAfter=No
8	,	,	PUNCT	,	_	5	punct	_	_
9	spoke	speak	VERB	VBD	_	0	root	_	SpaceAfter=No
10	.	.	PUNCT	.	_	9	punct	_	_
)conllu";

// The hand-parsed sentences with their PERSON names (word ranges), as a document whose words are
// separated by single spaces (DocumentFromGoldWords).
Document Parsed() {
  std::istringstream in(kTrees);
  const std::vector<ConlluSentence> sentences = ReadConllu(in, "roles_test");
  Document doc = DocumentFromGoldWords(sentences, "roles.txt");
  CopyGoldAnalysis(sentences, doc);
  const std::vector<std::pair<int, int>> persons = {{2, 4}, {8, 10}, {0, 2}, {1, 6}, {0, 2}};
  for (std::size_t s = 0; s < persons.size(); ++s) {
    doc.sentences[s].entities.push_back({persons[s].first, persons[s].second, EntityType::kPerson});
  }
  return doc;
}

std::vector<std::pair<std::string, std::string>> RolesOf(const Document& doc, std::size_t s) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const PersonRole& role : FindRoles(doc, doc.sentences[s])) {
    out.emplace_back(NormalizedText(doc, role.name), NormalizedText(doc, role.role));
  }
  return out;
}

using Roles = std::vector<std::pair<std::string, std::string>>;

TEST(FindRoles, TitleBeforeTheName) {
  EXPECT_EQ(RolesOf(Parsed(), 0), (Roles{{"Dmitry Peskov", "Kremlin spokesman"}}));
}

TEST(FindRoles, TitlePhraseTheNameIsAnAppositionOf) {
  EXPECT_EQ(RolesOf(Parsed(), 1),
            (Roles{{"Nikolai Patrushev", "head of Russia 's Security Council"}}));
}

TEST(FindRoles, AppositionAfterTheName) {
  EXPECT_EQ(RolesOf(Parsed(), 2), (Roles{{"Dmitry Peskov", "Kremlin spokesman"}}));
}

TEST(FindRoles, TitleInsideTheRecognizedMention) {
  EXPECT_EQ(RolesOf(Parsed(), 3), (Roles{{"Vladimir Putin", "President of Russia"}}));
}

TEST(FindRoles, AnAppositionWithoutATitleIsNoRole) { EXPECT_EQ(RolesOf(Parsed(), 4), Roles{}); }

TEST(AddRoles, CountsRolesOnNodesThatExistAndAddsNoNodes) {
  const Document doc = Parsed();
  KnowledgeGraph graph;
  const NodeId peskov = *graph.AddMention("Peskov", "Person");
  const NodeId putin = *graph.AddMention("Vladimir Putin", "Person");
  AddRoles(graph, doc);
  EXPECT_EQ(graph.NodeCount(), 2u);
  EXPECT_EQ(graph.GetEntity(putin).roles,
            (std::map<std::string, std::uint32_t>{{"President of Russia", 1}}));
  // "Dmitry Peskov" is found as the person "Peskov".
  EXPECT_EQ(graph.GetEntity(peskov).roles,
            (std::map<std::string, std::uint32_t>{{"Kremlin spokesman", 2}}));
}

TEST(AddRoles, KeepsTheRolesOfAPersonWithoutANodeForTheNodeMadeLater) {
  const Document doc = Parsed();
  KnowledgeGraph graph;
  AddRoles(graph, doc);
  EXPECT_EQ(graph.NodeCount(), 0u);  // no node is made for a role alone
  const NodeId peskov = *graph.AddMention("Dmitry Peskov", "Person");
  EXPECT_EQ(graph.GetEntity(peskov).roles,
            (std::map<std::string, std::uint32_t>{{"Kremlin spokesman", 2}}));
  const NodeId moscow = *graph.AddMention("Moscow", "Place");
  EXPECT_TRUE(graph.GetEntity(moscow).roles.empty());
  // Kept roles are no part of the graph until a node takes them.
  KnowledgeGraph plain;
  plain.AddMention("Dmitry Peskov", "Person");
  plain.AddMention("Moscow", "Place");
  EXPECT_FALSE(plain == graph);  // Peskov's roles differ
  KnowledgeGraph other;
  AddRoles(other, doc);
  EXPECT_TRUE(other == KnowledgeGraph());
}

}  // namespace
}  // namespace kgraph
