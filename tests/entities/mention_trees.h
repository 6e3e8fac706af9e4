// Hand-checked dependency trees for the mention detector tests.
#pragma once

namespace kgraph {

// CoNLL-U, read with ReadConllu.
inline constexpr char kMentionTrees[] = R"conllu(# text = Russia's Security Council met his brother in Moscow.
1	Russia	Russia	PROPN	NNP	_	4	nmod:poss	_	SpaceAfter=No
2	's	's	PART	POS	_	1	case	_	_
3	Security	Security	PROPN	NNP	_	4	compound	_	_
4	Council	Council	PROPN	NNP	_	5	nsubj	_	_
5	met	meet	VERB	VBD	_	0	root	_	_
6	his	his	PRON	PRP$	_	7	nmod:poss	_	_
7	brother	brother	NOUN	NN	_	5	obj	_	_
8	in	in	ADP	IN	_	9	case	_	_
9	Moscow	Moscow	PROPN	NNP	_	5	obl	_	SpaceAfter=No
10	.	.	PUNCT	.	_	5	punct	_	_

# text = Patrushev, the head of the council, is the man who signed it.
1	Patrushev	Patrushev	PROPN	NNP	_	11	nsubj	_	SpaceAfter=No
2	,	,	PUNCT	,	_	4	punct	_	_
3	the	the	DET	DT	_	4	det	_	_
4	head	head	NOUN	NN	_	1	appos	_	_
5	of	of	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	council	council	NOUN	NN	_	4	nmod	_	SpaceAfter=No
8	,	,	PUNCT	,	_	4	punct	_	_
9	is	be	AUX	VBZ	_	11	cop	_	_
10	the	the	DET	DT	_	11	det	_	_
11	man	man	NOUN	NN	_	0	root	_	_
12	who	who	PRON	WP	_	13	nsubj	_	_
13	signed	sign	VERB	VBD	_	11	acl:relcl	_	_
14	it	it	PRON	PRP	_	13	obj	_	SpaceAfter=No
15	.	.	PUNCT	.	_	11	punct	_	_

# text = It is clear that France and Germany agree.
1	It	it	PRON	PRP	_	3	expl	_	_
2	is	be	AUX	VBZ	_	3	cop	_	_
3	clear	clear	ADJ	JJ	_	0	root	_	_
4	that	that	SCONJ	IN	_	8	mark	_	_
5	France	France	PROPN	NNP	_	8	nsubj	_	_
6	and	and	CCONJ	CC	_	7	cc	_	_
7	Germany	Germany	PROPN	NNP	_	5	conj	_	_
8	agree	agree	VERB	VBP	_	3	csubj	_	SpaceAfter=No
9	.	.	PUNCT	.	_	3	punct	_	_

# text = In 2016, there were 5 percent more Russia experts.
1	In	in	ADP	IN	_	2	case	_	_
2	2016	2016	NUM	CD	_	5	obl	_	SpaceAfter=No
3	,	,	PUNCT	,	_	2	punct	_	_
4	there	there	PRON	EX	_	5	expl	_	_
5	were	be	VERB	VBD	_	0	root	_	_
6	5	5	NUM	CD	_	7	nummod	_	_
7	percent	percent	NOUN	NN	_	8	obl:npmod	_	_
8	more	more	ADJ	JJR	_	10	amod	_	_
9	Russia	Russia	PROPN	NNP	_	10	compound	_	_
10	experts	expert	NOUN	NNS	_	5	nsubj	_	SpaceAfter=No
11	.	.	PUNCT	.	_	5	punct	_	_

# text = Thank you guys, for example, for the help.
1	Thank	thank	VERB	VBP	_	0	root	_	_
2	you	you	PRON	PRP	_	1	obj	_	_
3	guys	guy	NOUN	NNS	_	1	obj	_	SpaceAfter=No
4	,	,	PUNCT	,	_	6	punct	_	_
5	for	for	ADP	IN	_	6	case	_	_
6	example	example	NOUN	NN	_	1	obl	_	SpaceAfter=No
7	,	,	PUNCT	,	_	6	punct	_	_
8	for	for	ADP	IN	_	10	case	_	_
9	the	the	DET	DT	_	10	det	_	_
10	help	help	NOUN	NN	_	1	obl	_	SpaceAfter=No
11	.	.	PUNCT	.	_	1	punct	_	_

)conllu";

}  // namespace kgraph
