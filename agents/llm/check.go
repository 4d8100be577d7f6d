package llm

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/french"

	"cellule/agents"
	"cellule/scenarios"
)

// shingleSize is the number of consecutive content-word stems compared
// between an answer and a fact. Four stems is about five or six words of
// running French: long enough that sharing two of them is not a
// coincidence of domain vocabulary ("taux de conversion"), short enough to
// catch a paraphrase that keeps the fact's wording.
const shingleSize = 4

// minGuardedStems: a fact with fewer content words is not compared by
// wording (its figures still are).
const minGuardedStems = 3

// maxAnswerRunes bounds the model's answer: the persona is told to stay
// short, and an answer far longer than that is not one to show.
const maxAnswerRunes = 1200

// CheckError says why an answer failed the output check. Reason is short
// and safe for the AgentAnswered event ("unearned figure 12 500").
type CheckError struct {
	Reason string
}

func (e *CheckError) Error() string { return "output check: " + e.Reason }

// checker holds what one answer may state: the figures of the earned facts
// and of everything the candidate already said or was told in this
// conversation, and the wording of the facts the question did not earn.
type checker struct {
	figures figureSet
	// guarded are facts the candidate has not earned, with their shingles
	// minus those also found in allowed texts.
	guarded []guardedFact
}

type guardedFact struct {
	id       string
	size     int // stems per shingle: shingleSize, or fewer for a short fact
	shingles map[string]bool
}

// newChecker builds the check for one answer. earned are the facts this
// question earned; every other fact of the scenario that the candidate has
// not been given (in this conversation, or by any agent: Disclosed) is
// guarded. The whole scenario is guarded, not only this agent, because the
// cost is small and a fact of another agent is as much a leak.
func newChecker(q agents.Question, agent *scenarios.Agent, earned []statement) *checker {
	c := &checker{figures: figureSet{}}

	// Texts the answer may draw on: figures and wording.
	var allowedTexts []string
	for _, st := range earned {
		allowedTexts = append(allowedTexts, st.text)
	}
	allowedTexts = append(allowedTexts, q.Text)
	for _, t := range q.History {
		allowedTexts = append(allowedTexts, t.Question, t.Answer)
	}
	for _, t := range allowedTexts {
		c.figures.addText(t)
	}
	// The persona's own words are not figures the candidate earned, but
	// they are wording the answer may share with a fact.
	wording := append([]string{agent.Name, agent.Role, agent.Persona.Greeting}, allowedTexts...)
	allowedShingles := map[string]bool{}
	for _, t := range wording {
		stems := contentStems(t)
		for n := 1; n <= shingleSize; n++ {
			for s := range shinglesOf(stems, n) {
				allowedShingles[s] = true
			}
		}
	}

	known := map[string]bool{}
	granted := map[string]bool{}
	for _, st := range earned {
		if st.concession {
			granted[st.factID] = true
		} else {
			known[st.factID] = true
		}
	}
	for _, t := range q.History {
		for _, id := range t.FactIDs {
			known[id] = true
		}
	}
	for _, id := range q.Disclosed {
		known[id] = true
	}
	if q.Scenario != nil {
		for _, a := range q.Scenario.Agents {
			for _, f := range a.Facts {
				if !known[f.ID] {
					c.guard(f.ID, f.Text, allowedShingles)
				}
				// A concession not granted in this answer is guarded like
				// an unearned fact: it holds the moved term.
				if f.Negotiation != nil && !granted[f.ID] {
					c.guard(f.ID+" (concession)", f.Negotiation.Concession, allowedShingles)
				}
			}
		}
	}
	return c
}

// guard adds a text the answer must not repeat, minus the wording it shares
// with allowed texts.
func (c *checker) guard(id, text string, allowedShingles map[string]bool) {
	stems := contentStems(text)
	if len(stems) < minGuardedStems {
		return // too short to tell its wording from common vocabulary
	}
	g := guardedFact{id: id, size: min(shingleSize, len(stems)), shingles: map[string]bool{}}
	for s := range shinglesOf(stems, g.size) {
		if !allowedShingles[s] {
			g.shingles[s] = true
		}
	}
	if len(g.shingles) > 0 {
		c.guarded = append(c.guarded, g)
	}
}

// check returns a *CheckError when text states a figure that was not
// earned, repeats the wording of a guarded fact, or is too long.
func (c *checker) check(text string) error {
	if n := len([]rune(text)); n > maxAnswerRunes {
		return &CheckError{Reason: "answer too long"}
	}
	if f, bad := c.figures.firstUnallowed(text); bad {
		return &CheckError{Reason: "unearned figure " + f.raw}
	}
	stems := contentStems(text)
	bySize := map[int]map[string]bool{}
	for _, g := range c.guarded {
		answer, ok := bySize[g.size]
		if !ok {
			answer = shinglesOf(stems, g.size)
			bySize[g.size] = answer
		}
		shared := 0
		for s := range g.shingles {
			if answer[s] {
				shared++
			}
		}
		// Two shared shingles, or half of a short fact, is a copied
		// passage rather than common vocabulary.
		if shared >= 2 || (shared > 0 && shared*2 >= len(g.shingles)) {
			return &CheckError{Reason: "unearned fact " + g.id}
		}
	}
	return nil
}

// shinglesOf returns the set of runs of n consecutive stems.
func shinglesOf(stems []string, n int) map[string]bool {
	out := map[string]bool{}
	if n <= 0 {
		return out
	}
	for i := 0; i+n <= len(stems); i++ {
		out[strings.Join(stems[i:i+n], " ")] = true
	}
	return out
}

// contentStems lowercases text, splits it into words (elisions such as l'
// and qu' split off by the apostrophe), drops stop words, short words and
// numbers (figures have their own check), and stems the rest with the
// Snowball French stemmer so that "augmenté" and "augmentation" agree.
func contentStems(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := words[:0]
	for _, w := range words {
		if len([]rune(w)) < 3 || french.IsStopWord(w) || unicode.IsDigit([]rune(w)[0]) {
			continue
		}
		out = append(out, french.Stem(w, false))
	}
	return out
}
