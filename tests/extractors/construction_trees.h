// One sentence per construction of the clause extractor, tagged and parsed by hand (checked against
// the UD guidelines), so that the extractor tests do not move when the shipped parser changes.
#pragma once

namespace kgraph {

// CoNLL-U, read with ReadConllu.
inline constexpr char kConstructionTrees[] =
    R"conllu(# text = France, the United Kingdom, Germany and Italy are interested in the joint fight.
1	France	France	PROPN	NNP	_	11	nsubj	_	SpaceAfter=No
2	,	,	PUNCT	,	_	5	punct	_	_
3	the	the	DET	DT	_	5	det	_	_
4	United	Unite	VERB	NNP	_	5	amod	_	_
5	Kingdom	Kingdom	PROPN	NNP	_	1	conj	_	SpaceAfter=No
6	,	,	PUNCT	,	_	7	punct	_	_
7	Germany	Germany	PROPN	NNP	_	1	conj	_	_
8	and	and	CCONJ	CC	_	9	cc	_	_
9	Italy	Italy	PROPN	NNP	_	1	conj	_	_
10	are	be	AUX	VBP	_	11	cop	_	_
11	interested	interested	ADJ	JJ	_	0	root	_	_
12	in	in	ADP	IN	_	15	case	_	_
13	the	the	DET	DT	_	15	det	_	_
14	joint	joint	ADJ	JJ	_	15	amod	_	_
15	fight	fight	NOUN	NN	_	11	obl	_	SpaceAfter=No
16	.	.	PUNCT	.	_	11	punct	_	_

# text = Bortnikov hopes to establish contacts with the CIA.
1	Bortnikov	Bortnikov	PROPN	NNP	_	2	nsubj	_	_
2	hopes	hope	VERB	VBZ	_	0	root	_	_
3	to	to	PART	TO	_	4	mark	_	_
4	establish	establish	VERB	VB	_	2	xcomp	_	_
5	contacts	contact	NOUN	NNS	_	4	obj	_	_
6	with	with	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	CIA	CIA	PROPN	NNP	_	5	nmod	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_

# text = Patrushev is Secretary of the Russian Security Council.
1	Patrushev	Patrushev	PROPN	NNP	_	3	nsubj	_	_
2	is	be	AUX	VBZ	_	3	cop	_	_
3	Secretary	Secretary	PROPN	NNP	_	0	root	_	_
4	of	of	ADP	IN	_	8	case	_	_
5	the	the	DET	DT	_	8	det	_	_
6	Russian	Russian	PROPN	NNP	_	8	compound	_	_
7	Security	Security	PROPN	NNP	_	8	compound	_	_
8	Council	Council	PROPN	NNP	_	3	nmod	_	SpaceAfter=No
9	.	.	PUNCT	.	_	3	punct	_	_

# text = Nikolai Patrushev, the head of the council, met Bortnikov in Moscow.
1	Nikolai	Nikolai	PROPN	NNP	_	10	nsubj	_	_
2	Patrushev	Patrushev	PROPN	NNP	_	1	flat	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	the	the	DET	DT	_	5	det	_	_
5	head	head	NOUN	NN	_	1	appos	_	_
6	of	of	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	council	council	NOUN	NN	_	5	nmod	_	SpaceAfter=No
9	,	,	PUNCT	,	_	1	punct	_	_
10	met	meet	VERB	VBD	_	0	root	_	_
11	Bortnikov	Bortnikov	PROPN	NNP	_	10	obj	_	_
12	in	in	ADP	IN	_	13	case	_	_
13	Moscow	Moscow	PROPN	NNP	_	11	nmod	_	SpaceAfter=No
14	.	.	PUNCT	.	_	10	punct	_	_

# text = Police arrested the Tsarnaev brothers who planted bombs.
1	Police	police	NOUN	NNS	_	2	nsubj	_	_
2	arrested	arrest	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	5	det	_	_
4	Tsarnaev	Tsarnaev	PROPN	NNP	_	5	compound	_	_
5	brothers	brother	NOUN	NNS	_	2	obj	_	_
6	who	who	PRON	WP	_	7	nsubj	_	_
7	planted	plant	VERB	VBD	_	5	acl:relcl	_	_
8	bombs	bomb	NOUN	NNS	_	7	obj	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_

# text = The talks were organized by the FSB.
1	The	the	DET	DT	_	2	det	_	_
2	talks	talk	NOUN	NNS	_	4	nsubj:pass	_	_
3	were	be	AUX	VBD	_	4	aux:pass	_	_
4	organized	organize	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	FSB	FSB	NOUN	NN	_	4	obl:agent	_	SpaceAfter=No
8	.	.	PUNCT	.	_	4	punct	_	_

# text = A group led by Baghdadi claimed the attack.
1	A	a	DET	DT	_	2	det	_	_
2	group	group	NOUN	NN	_	6	nsubj	_	_
3	led	lead	VERB	VBN	_	2	acl	_	_
4	by	by	ADP	IN	_	5	case	_	_
5	Baghdadi	Baghdadi	PROPN	NNP	_	3	obl:agent	_	_
6	claimed	claim	VERB	VBD	_	0	root	_	_
7	the	the	DET	DT	_	8	det	_	_
8	attack	attack	NOUN	NN	_	6	obj	_	SpaceAfter=No
9	.	.	PUNCT	.	_	6	punct	_	_

# text = Russia's Security Council met on Tuesday.
1-2	Russia's	_	_	_	_	_	_	_	_
1	Russia	Russia	PROPN	NNP	_	4	nmod:poss	_	_
2	's	's	PART	POS	_	1	case	_	_
3	Security	Security	PROPN	NNP	_	4	compound	_	_
4	Council	Council	PROPN	NNP	_	5	nsubj	_	_
5	met	meet	VERB	VBD	_	0	root	_	_
6	on	on	ADP	IN	_	7	case	_	_
7	Tuesday	Tuesday	PROPN	NNP	_	5	obl	_	SpaceAfter=No
8	.	.	PUNCT	.	_	5	punct	_	_

# text = Russia will not accept preconditions.
1	Russia	Russia	PROPN	NNP	_	4	nsubj	_	_
2	will	will	AUX	MD	_	4	aux	_	_
3	not	not	PART	RB	_	4	advmod	_	_
4	accept	accept	VERB	VB	_	0	root	_	_
5	preconditions	precondition	NOUN	NNS	_	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

# text = Patrushev said that Russia was ready to cooperate with the U.S.
1	Patrushev	Patrushev	PROPN	NNP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	that	that	SCONJ	IN	_	6	mark	_	_
4	Russia	Russia	PROPN	NNP	_	6	nsubj	_	_
5	was	be	AUX	VBD	_	6	cop	_	_
6	ready	ready	ADJ	JJ	_	2	ccomp	_	_
7	to	to	PART	TO	_	8	mark	_	_
8	cooperate	cooperate	VERB	VB	_	6	xcomp	_	_
9	with	with	ADP	IN	_	11	case	_	_
10	the	the	DET	DT	_	11	det	_	_
11	U.S.	U.S.	PROPN	NNP	_	8	obl	_	_

# text = “Our task is prevention.
1	“	"	PUNCT	``	_	5	punct	_	SpaceAfter=No
2	Our	our	PRON	PRP$	_	3	nmod:poss	_	_
3	task	task	NOUN	NN	_	5	nsubj	_	_
4	is	be	AUX	VBZ	_	5	cop	_	_
5	prevention	prevention	NOUN	NN	_	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_

# text = We work with our partners,” the official told reporters.
1	We	we	PRON	PRP	_	2	nsubj	_	_
2	work	work	VERB	VBP	_	10	ccomp	_	_
3	with	with	ADP	IN	_	5	case	_	_
4	our	our	PRON	PRP$	_	5	nmod:poss	_	_
5	partners	partner	NOUN	NNS	_	2	obl	_	SpaceAfter=No
6	,	,	PUNCT	,	_	2	punct	_	SpaceAfter=No
7	”	"	PUNCT	''	_	2	punct	_	_
8	the	the	DET	DT	_	9	det	_	_
9	official	official	NOUN	NN	_	10	nsubj	_	_
10	told	tell	VERB	VBD	_	0	root	_	_
11	reporters	reporter	NOUN	NNS	_	10	iobj	_	SpaceAfter=No
12	.	.	PUNCT	.	_	10	punct	_	_

# text = He served as minister and became a judge.
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	served	serve	VERB	VBD	_	0	root	_	_
3	as	as	ADP	IN	_	4	case	_	_
4	minister	minister	NOUN	NN	_	2	obl	_	_
5	and	and	CCONJ	CC	_	6	cc	_	_
6	became	become	VERB	VBD	_	2	conj	_	_
7	a	a	DET	DT	_	8	det	_	_
8	judge	judge	NOUN	NN	_	6	xcomp	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_

# text = Bortnikov told reporters that the talks were useful.
1	Bortnikov	Bortnikov	PROPN	NNP	_	2	nsubj	_	_
2	told	tell	VERB	VBD	_	0	root	_	_
3	reporters	reporter	NOUN	NNS	_	2	iobj	_	_
4	that	that	SCONJ	IN	_	8	mark	_	_
5	the	the	DET	DT	_	6	det	_	_
6	talks	talk	NOUN	NNS	_	8	nsubj	_	_
7	were	be	AUX	VBD	_	8	cop	_	_
8	useful	useful	ADJ	JJ	_	2	ccomp	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_

# text = “This is an important aspect.”
1	“	"	PUNCT	``	_	6	punct	_	SpaceAfter=No
2	This	this	PRON	DT	_	6	nsubj	_	_
3	is	be	AUX	VBZ	_	6	cop	_	_
4	an	a	DET	DT	_	6	det	_	_
5	important	important	ADJ	JJ	_	6	amod	_	_
6	aspect	aspect	NOUN	NN	_	0	root	_	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	_	SpaceAfter=No
8	”	"	PUNCT	''	_	6	punct	_	_

# text = “We work with partners,” the official told reporters.
1	“	"	PUNCT	``	_	3	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	_	3	nsubj	_	_
3	work	work	VERB	VBP	_	0	root	_	_
4	with	with	ADP	IN	_	5	case	_	_
5	partners	partner	NOUN	NNS	_	3	obl	_	SpaceAfter=No
6	,	,	PUNCT	,	_	3	punct	_	SpaceAfter=No
7	”	"	PUNCT	''	_	3	punct	_	_
8	the	the	DET	DT	_	9	det	_	_
9	official	official	NOUN	NN	_	3	dep	_	_
10	told	tell	VERB	VBD	_	9	acl	_	_
11	reporters	reporter	NOUN	NNS	_	10	obj	_	SpaceAfter=No
12	.	.	PUNCT	.	_	3	punct	_	_

# text = Secretary of the Council Nikolai Patrushev hopes for progress.
1	Secretary	secretary	NOUN	NN	_	7	nsubj	_	_
2	of	of	ADP	IN	_	4	case	_	_
3	the	the	DET	DT	_	4	det	_	_
4	Council	Council	PROPN	NNP	_	1	nmod	_	_
5	Nikolai	Nikolai	PROPN	NNP	_	1	nmod	_	_
6	Patrushev	Patrushev	PROPN	NNP	_	5	flat	_	_
7	hopes	hope	VERB	VBZ	_	0	root	_	_
8	for	for	ADP	IN	_	9	case	_	_
9	progress	progress	NOUN	NN	_	7	obl	_	SpaceAfter=No
10	.	.	PUNCT	.	_	7	punct	_	_

)conllu";

}  // namespace kgraph
