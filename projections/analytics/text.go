package analytics

import (
	"slices"
	"strings"

	"cellule/agents/offline"
)

// tokenizer turns texts into sets of stem ids with the offline engine's
// normalisation (agents/offline Words and ContentStem), so that the
// analytics see a question as the engine matched it. Stems are interned:
// a set is a sorted []uint32 and set operations are merges, which keeps
// the pairwise redundancy of 100 questions per candidate cheap. Only Apply
// (under the write lock) uses it.
type tokenizer struct {
	wordStem map[string]int32 // normalised word → stem id; -1 for a stop word
	stemID   map[string]uint32
	numeric  []bool // by stem id: the stem is a number ("2026", "4.5")
}

func newTokenizer() tokenizer {
	return tokenizer{wordStem: map[string]int32{}, stemID: map[string]uint32{}}
}

// stemSet returns the distinct content stems of text, sorted by id.
func (t *tokenizer) stemSet(text string) []uint32 {
	var out []uint32
	for _, w := range offline.Words(text) {
		id, ok := t.wordStem[w]
		if !ok {
			id = -1
			if st, content := offline.ContentStem(w); content && st != "" {
				sid, seen := t.stemID[st]
				if !seen {
					sid = uint32(len(t.numeric))
					t.stemID[st] = sid
					t.numeric = append(t.numeric, st[0] >= '0' && st[0] <= '9')
				}
				id = int32(sid)
			}
			t.wordStem[w] = id
		}
		if id >= 0 {
			out = append(out, uint32(id))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jaccard is |a ∩ b| / |a ∪ b| of two sorted sets; 0 when both are empty.
func jaccard(a, b []uint32) float64 {
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// containsAll reports whether the sorted set has every element of sub.
func containsAll(set, sub []uint32) bool {
	for _, x := range sub {
		if _, ok := slices.BinarySearch(set, x); !ok {
			return false
		}
	}
	return len(sub) > 0
}

// Form tells an open question (it calls for an explanation, a figure or a
// list) from a closed one (answerable by yes or no).
type Form string

const (
	Open   Form = "open"
	Closed Form = "closed"
)

// openWords mark an open question wherever they appear (normalised:
// accents folded): interrogative words and the verbs of a request for
// content, in the imperative and infinitive ("expliquez", "pouvez-vous
// me dire…").
var openWords = map[string]bool{
	"comment": true, "pourquoi": true, "combien": true, "quand": true,
	"quel": true, "quelle": true, "quels": true, "quelles": true,
	"lequel": true, "laquelle": true, "lesquels": true, "lesquelles": true, "quoi": true,
	"expliquez": true, "expliquer": true, "explique": true, "decrivez": true, "decrire": true,
	"racontez": true, "raconter": true, "parlez": true, "parler": true,
	"detaillez": true, "detailler": true, "precisez": true, "preciser": true,
	"donnez": true, "donner": true, "indiquez": true, "indiquer": true,
	"dites": true, "dire": true, "presentez": true, "presenter": true,
	"listez": true, "lister": true, "citez": true, "citer": true,
	"communiquer": true, "communiquez": true, "envoyer": true, "envoyez": true,
}

// openFirstWords mark an open question only as its first word ("qui" and
// "que" are also relative pronouns and conjunctions inside a sentence).
var openFirstWords = map[string]bool{"qui": true, "que": true, "qu": true}

// preamble words are skipped before looking at the first word of the
// question proper ("Bonjour Madame, que pensez-vous…").
var preamble = map[string]bool{
	"bonjour": true, "bonsoir": true, "salut": true, "madame": true, "monsieur": true,
	"merci": true, "alors": true, "et": true, "mais": true, "donc": true,
}

// questionForm classifies a question by lexical markers (a heuristic,
// defined in docs/ANALYTICS.md): open when it holds an interrogative word
// or a request for content, or starts with qui/que/qu'; "où" is looked for
// before accent folding, which would make it the conjunction "ou".
func questionForm(text string) Form {
	lower := strings.ToLower(text)
	if strings.Contains(lower, "où") {
		return Open
	}
	ws := offline.Words(text)
	for _, w := range ws {
		if preamble[w] {
			continue
		}
		if openFirstWords[w] {
			return Open
		}
		break
	}
	for _, w := range ws {
		if openWords[w] {
			return Open
		}
	}
	return Closed
}
