package scenarios

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/french"
	"golang.org/x/text/unicode/norm"
)

// The French normalisation the agents match questions and content with.
// It lives with the scenario format because it is part of it: the linter
// judges synonyms (two entries that normalise alike are one entry) with
// exactly what the engines use, and agents/offline builds on it.

// ligatures are not decomposed by NFD, so they are spelt out first.
var ligatures = strings.NewReplacer("œ", "oe", "Œ", "oe", "æ", "ae", "Æ", "ae")

// Normalize lowercases s, spells out ligatures, folds accents and replaces
// every character that is not a letter or a digit by a space, keeping a
// decimal separator between two digits ("2,4" stays one token) and turning
// "%" and "€" into words (a question "en % ?" asks for a rate).
// Apostrophes become spaces, so elided articles and pronouns (l', d', qu',
// j', n', s', c', t', m') fall out as one-letter stop words.
func Normalize(s string) string {
	// NFD splits an accented letter into its base and combining marks
	// (é → e + ◌́); the marks are then dropped, so candidates who type
	// with and without accents meet the same index.
	s = norm.NFD.String(ligatures.Replace(strings.ToLower(s)))
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			rs = append(rs, r)
		}
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == ',' || r == '.') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			b.WriteByte('.')
		case r == '%':
			b.WriteString(" pourcent ")
		case r == '€':
			b.WriteString(" euros ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// Words splits s into normalised words (no stop-word removal, no stemming).
func Words(s string) []string {
	return strings.Fields(Normalize(s))
}

// extraStops are conversational words that carry no topic in a question to
// a colleague or supplier (politeness, question scaffolding, elision
// remains). The Snowball list covers articles, pronouns and auxiliaries.
var extraStops = map[string]bool{
	"bonjour": true, "bonsoir": true, "salut": true, "merci": true, "svp": true, "stp": true,
	"plait": true, "please": true, "madame": true, "monsieur": true,
	"quel": true, "quelle": true, "quels": true, "quelles": true, "lequel": true, "laquelle": true,
	"est": true, "ce": true, "cela": true, "ca": true, "ceci": true, "cet": true, "cette": true,
	"pouvez": true, "pourriez": true, "pourrais": true, "peux": true, "peut": true, "pourrait": true,
	"voudrais": true, "aimerais": true, "souhaiterais": true, "souhaite": true, "veux": true,
	"savoir": true, "dire": true, "dites": true, "dis": true, "donner": true, "indiquer": true,
	"jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "aujourd": true, "hui": true,
	"alors": true, "donc": true, "bien": true, "tres": true, "peu": true, "bon": true, "ben": true,
	"euh": true, "hein": true, "ok": true, "oui": true, "non": true, "voila": true,
	"a": true, "etre": true, "avoir": true, "fait": true, "faire": true, "faites": true, "fais": true, "font": true, "faisons": true, "il": true, "y": true,
	"la": true, "ici": true, "chez": true, "aussi": true, "encore": true, "exactement": true,
	"precisement": true, "rapidement": true, "concretement": true, "tout": true,
	"sont": true, "ete": true, "etait": true, "etaient": true, "avez": true, "as": true,
	"connaissez": true, "connais": true, "sauriez": true, "sais": true, "savez": true,
	"me": true, "nous": true, "vous": true, "moi": true, "toi": true, "tu": true,
	"vraiment": true, "franchement": true, "reellement": true, "finalement": true, "globalement": true,
	"effectivement": true, "si": true, "justement": true, "actuellement": true, "final": true,
	// Missing from the Snowball list.
	"les": true, "leurs": true, "ils": true, "elles": true, "quoi": true, "dont": true,
}

// IsStopWord reports whether the normalised word w carries no topic.
// french.IsStopWord expects accented forms; the folded ones it misses
// ("ete", "etait") are in extraStops.
func IsStopWord(w string) bool {
	return len(w) < 2 || extraStops[w] || french.IsStopWord(w)
}

// Stem reduces a normalised word to its Snowball French stem. Numbers are
// kept as they are.
func Stem(w string) string {
	if w == "" || unicode.IsDigit(rune(w[0])) {
		return w
	}
	return french.Stem(w, true)
}

// ContentWords returns the normalised words of s that carry a topic.
func ContentWords(s string) []string {
	ws := Words(s)
	out := ws[:0]
	for _, w := range ws {
		if !IsStopWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// MatchKey is the form a word or phrase takes once normalised, stop words
// removed and stemmed ("Annulations" and "annulation" → "annul"): two
// synonym entries with the same key are the same entry for the engine,
// and an entry whose key is empty (only stop words, such as "CA", read
// as « ça ») is never matched.
func MatchKey(phrase string) string {
	ws := ContentWords(phrase)
	for i, w := range ws {
		ws[i] = Stem(w)
	}
	return strings.Join(ws, " ")
}
