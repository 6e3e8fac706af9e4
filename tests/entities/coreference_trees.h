// Hand-parsed sentences for the coreference sieve tests.
#pragma once

namespace kgraph {

// CoNLL-U, read with ReadConllu.
inline constexpr char kCoreferenceTrees[] = R"conllu(# Hand-parsed sentences for tests/entities/coreference_test.cc (UD relations, heads checked
# by hand); each test picks its sentences by the start of their text.

# text = Nikolai Patrushev, the secretary of the council, met Putin.
1	Nikolai	Nikolai	PROPN	NNP	_	10	nsubj	_	_
2	Patrushev	Patrushev	PROPN	NNP	_	1	flat	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	the	the	DET	DT	_	5	det	_	_
5	secretary	secretary	NOUN	NN	_	1	appos	_	_
6	of	of	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	council	council	NOUN	NN	_	5	nmod	_	SpaceAfter=No
9	,	,	PUNCT	,	_	5	punct	_	_
10	met	meet	VERB	VBD	_	0	root	_	_
11	Putin	Putin	PROPN	NNP	_	10	obj	_	SpaceAfter=No
12	.	.	PUNCT	.	_	10	punct	_	_

# text = Angela thanked Boris.
1	Angela	Angela	PROPN	NNP	_	2	nsubj	_	_
2	thanked	thank	VERB	VBD	_	0	root	_	_
3	Boris	Boris	PROPN	NNP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# text = Patrushev thanked Putin.
1	Patrushev	Patrushev	PROPN	NNP	_	2	nsubj	_	_
2	thanked	thank	VERB	VBD	_	0	root	_	_
3	Putin	Putin	PROPN	NNP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# text = Donald Trump spoke.
1	Donald	Donald	PROPN	NNP	_	3	nsubj	_	_
2	Trump	Trump	PROPN	NNP	_	1	flat	_	_
3	spoke	speak	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# text = Mr. Trump left.
1	Mr.	Mr.	PROPN	NNP	_	2	compound	_	_
2	Trump	Trump	PROPN	NNP	_	3	nsubj	_	_
3	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# text = Moscow is the capital.
1	Moscow	Moscow	PROPN	NNP	_	4	nsubj	_	_
2	is	be	AUX	VBZ	_	4	cop	_	_
3	the	the	DET	DT	_	4	det	_	_
4	capital	capital	NOUN	NN	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Moscow is a city.
1	Moscow	Moscow	PROPN	NNP	_	4	nsubj	_	_
2	is	be	AUX	VBZ	_	4	cop	_	_
3	a	a	DET	DT	_	4	det	_	_
4	city	city	NOUN	NN	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = The new law passed.
1	The	the	DET	DT	_	3	det	_	_
2	new	new	ADJ	JJ	_	3	amod	_	_
3	law	law	NOUN	NN	_	4	nsubj	_	_
4	passed	pass	VERB	VBD	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = The law works.
1	The	the	DET	DT	_	2	det	_	_
2	law	law	NOUN	NN	_	3	nsubj	_	_
3	works	work	VERB	VBZ	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# text = The old law failed.
1	The	the	DET	DT	_	3	det	_	_
2	old	old	ADJ	JJ	_	3	amod	_	_
3	law	law	NOUN	NN	_	4	nsubj	_	_
4	failed	fail	VERB	VBD	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Putin met the delegation.
1	Putin	Putin	PROPN	NNP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	delegation	delegation	NOUN	NN	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# text = He praised it.
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	praised	praise	VERB	VBD	_	0	root	_	_
3	it	it	PRON	PRP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# text = They left.
1	They	they	PRON	PRP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# text = The king met the woman.
1	The	the	DET	DT	_	2	det	_	_
2	king	king	NOUN	NN	_	3	nsubj	_	_
3	met	meet	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	woman	woman	NOUN	NN	_	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# text = He smiled.
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	smiled	smile	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# text = She smiled.
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	smiled	smile	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# text = Putin said Trump lied.
1	Putin	Putin	PROPN	NNP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	Trump	Trump	PROPN	NNP	_	4	nsubj	_	_
4	lied	lie	VERB	VBD	_	2	ccomp	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# text = He left.
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# text = I know my way.
1	I	I	PRON	PRP	_	2	nsubj	_	_
2	know	know	VERB	VBP	_	0	root	_	_
3	my	my	PRON	PRP$	_	4	nmod:poss	_	_
4	way	way	NOUN	NN	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# text = Trains reach a city.
1	Trains	train	NOUN	NNS	_	2	nsubj	_	_
2	reach	reach	VERB	VBP	_	0	root	_	_
3	a	a	DET	DT	_	4	det	_	_
4	city	city	NOUN	NN	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

)conllu";

}  // namespace kgraph
