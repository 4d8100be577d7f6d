package offline

import (
	"sort"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"
)

// analyzer turns a French text into index terms: normalised, stop words
// removed, stemmed, typos corrected against the scenario's vocabulary, and
// synonym phrases replaced by their group's term. The same analyzer is
// applied to the scenario's content and to questions, so synonyms are
// expanded on both sides.
type analyzer struct {
	// surface maps every content word met in the scenario to its stem.
	surface map[string]string
	stems   map[string]bool
	// byInitial lists the surface words by first letter, sorted, for the
	// typo lookup (a typo on the first letter is rare, and the restriction
	// keeps the lookup cheap and deterministic).
	byInitial map[byte][]string
	// phrases by their first stem, longest first: synonym matching is
	// greedy and multi-word aware ("chiffre d'affaires" before "chiffre").
	phrases map[string][]synPhrase
}

type synPhrase struct {
	stems  []string
	groups []string
}

// newAnalyzer builds the vocabulary from every text of the scenario and
// the synonym groups.
func newAnalyzer(texts []string, synonyms [][]string) *analyzer {
	a := &analyzer{
		surface:   map[string]string{},
		stems:     map[string]bool{},
		byInitial: map[byte][]string{},
		phrases:   map[string][]synPhrase{},
	}
	add := func(s string) {
		for _, w := range contentWords(s) {
			if _, ok := a.surface[w]; !ok {
				st := stem(w)
				a.surface[w] = st
				a.stems[st] = true
				a.byInitial[w[0]] = append(a.byInitial[w[0]], w)
			}
		}
	}
	for _, t := range texts {
		add(t)
	}
	for _, g := range synonyms {
		for _, p := range g {
			add(p)
		}
	}
	for k := range a.byInitial {
		sort.Strings(a.byInitial[k])
	}
	// Synonym phrases, as stem sequences. A phrase listed in several groups
	// yields every group's term.
	byKey := map[string]*synPhrase{}
	for gi, g := range synonyms {
		group := "§" + strconv.Itoa(gi)
		for _, p := range g {
			st := a.stemWords(contentWords(p))
			if len(st) == 0 {
				continue
			}
			key := strings.Join(st, " ")
			sp, ok := byKey[key]
			if !ok {
				sp = &synPhrase{stems: st}
				byKey[key] = sp
			}
			if !contains(sp.groups, group) {
				sp.groups = append(sp.groups, group)
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		sp := byKey[k]
		a.phrases[sp.stems[0]] = append(a.phrases[sp.stems[0]], *sp)
	}
	for k, ps := range a.phrases {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].stems) > len(ps[j].stems) })
		a.phrases[k] = ps
	}
	return a
}

// stemWords stems normalised content words, correcting typos: a word the
// scenario does not know is replaced by the closest known word within one
// edit (two for words of eight letters or more).
func (a *analyzer) stemWords(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if st, ok := a.surface[w]; ok {
			out = append(out, st)
			continue
		}
		st := stem(w)
		if !a.stems[st] {
			if fixed, ok := a.correct(w); ok {
				st = fixed
			}
		}
		out = append(out, st)
	}
	return out
}

// correct returns the stem of the known word closest to w, if one is close
// enough to be a typo of it.
func (a *analyzer) correct(w string) (string, bool) {
	n := len([]rune(w))
	maxDist := 0
	switch {
	case n >= 8:
		maxDist = 2
	case n >= 5:
		maxDist = 1
	default:
		return a.extend(stem(w))
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "", false
	}
	best, bestDist := "", maxDist+1
	for _, cand := range a.byInitial[w[0]] {
		d := len(cand) - len(w)
		if d < -maxDist || d > maxDist {
			continue
		}
		if dist := levenshtein.ComputeDistance(w, cand); dist < bestDist {
			best, bestDist = cand, dist
		}
	}
	if best != "" {
		return a.surface[best], true
	}
	return a.extend(stem(w))
}

// extend maps an unknown stem to the one known stem it is a prefix of, or
// that is a prefix of it ("prenons" → "pren", known "prend"): Snowball
// leaves some conjugated forms apart. Ambiguous or short stems are left
// alone.
func (a *analyzer) extend(st string) (string, bool) {
	if len(st) < 4 {
		return "", false
	}
	found := ""
	for _, w := range a.byInitial[st[0]] {
		known := a.surface[w]
		if known == found || len(known) < 4 {
			continue
		}
		if strings.HasPrefix(known, st) || strings.HasPrefix(st, known) {
			if found != "" {
				return "", false
			}
			found = known
		}
	}
	return found, found != ""
}

// terms analyses s into index terms, in order, duplicates kept.
func (a *analyzer) terms(s string) []string {
	st := a.stemWords(contentWords(s))
	out := make([]string, 0, len(st))
	for i := 0; i < len(st); {
		matched := false
		for _, p := range a.phrases[st[i]] {
			if i+len(p.stems) <= len(st) && equalAt(st, i, p.stems) {
				out = append(out, p.groups...)
				i += len(p.stems)
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, st[i])
			i++
		}
	}
	return out
}

func equalAt(s []string, i int, p []string) bool {
	for j, x := range p {
		if s[i+j] != x {
			return false
		}
	}
	return true
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
