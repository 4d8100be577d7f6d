package offline

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"cellule/agents"
	"cellule/scenarios"
)

// Generic lines, used only when a persona leaves the corresponding list
// empty. They carry no scenario content.
var (
	defaultRefusal  = "Je préfère m'en tenir à mon rôle : posez-moi une question sur mon domaine."
	defaultVague    = "Pouvez-vous préciser votre question ? Je ne vois pas exactement ce que vous cherchez."
	defaultRepeat   = "Comme je vous le disais,"
	defaultStuffing = "Une question à la fois, s'il vous plaît : que cherchez-vous précisément ?"
	// defaultRedirect is filled with the colleague's name and role.
	defaultRedirect = "Ce n'est pas moi qui ai cette information : voyez plutôt avec %s (%s)."
)

// variety picks phrasings deterministically: its seed is a hash of the
// scenario, the agent, the conversation so far and the question, so the
// same conversation always gets the same answer, and the next turn of it
// gets other phrasings.
type variety struct {
	r     *rand.Rand
	avoid []string // earlier answers: prefer lines they do not contain
}

func newVariety(q agents.Question) *variety {
	h := fnv.New64a()
	write := func(s string) { h.Write([]byte(s)); h.Write([]byte{0}) }
	write(q.Scenario.ID)
	write(q.Scenario.Version)
	write(q.AgentID)
	write(string(q.Day))
	v := &variety{}
	for _, t := range q.History {
		write(t.Question)
		write(strings.Join(t.FactIDs, ","))
		v.avoid = append(v.avoid, t.Answer)
	}
	write(q.Text)
	sum := h.Sum64()
	v.r = rand.New(rand.NewPCG(sum, sum^0x9e3779b97f4a7c15))
	return v
}

// pick returns one of lines, preferring one no earlier answer contains.
func (v *variety) pick(lines []string, fallback string) string {
	var fresh []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		used := false
		for _, a := range v.avoid {
			if strings.Contains(a, l) {
				used = true
				break
			}
		}
		if !used {
			fresh = append(fresh, l)
		}
	}
	if len(fresh) == 0 {
		fresh = nil
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				fresh = append(fresh, l)
			}
		}
	}
	if len(fresh) == 0 {
		return fallback
	}
	return fresh[v.r.IntN(len(fresh))]
}

func (v *variety) chance(p float64) bool { return v.r.Float64() < p }

// compose gates the question and writes the answer (text and fact ids;
// the caller streams it and sets the engine and latency).
func compose(ix *index, agent *scenarios.Agent, q agents.Question) agents.Answer {
	ans := agents.Answer{AgentID: agent.ID}
	v := newVariety(q)
	p := agent.Persona

	if refusalReason(q.Text) != "" {
		ans.Refused = true
		ans.Text = v.pick(p.Refusals, defaultRefusal)
		return ans
	}

	said := map[string]bool{} // stated earlier in this conversation
	known := map[string]bool{}
	for _, t := range q.History {
		for _, id := range t.FactIDs {
			said[id] = true
			known[id] = true
		}
	}
	for _, id := range q.Disclosed {
		known[id] = true
	}

	qq := ix.analyse(q.Text)
	var parts []string
	// An acceptable argument about a negotiable term already disclosed
	// wins the concession: "c'est pour une association, un geste ?".
	for _, fd := range ix.byAgent[agent.ID] {
		if fd.fact.Negotiation != nil && known[fd.fact.ID] && ix.argues(fd, qq) {
			ans.FactIDs = []string{fd.fact.ID}
			ans.Concessions = []string{fd.fact.ID}
			// The concession is said as authored, as a sentence of its
			// own: an opener before it would clash with its own opening
			// words ("Alors, Bon…").
			parts = []string{concession(fd.fact)}
			break
		}
	}
	if len(parts) == 0 {
		sel := ix.gate(agent.ID, qq, known)
		if sel.stuffing {
			ans.Text = v.pick(nil, defaultStuffing)
			return ans
		}
		if len(sel.earned) > 0 {
			parts = factParts(ix, v, p, sel.earned, said, qq, &ans)
		} else if !sel.blocked {
			if r := ix.redirect(agent, qq, sel.best); r != "" {
				ans.Text = r
				return ans
			}
		}
	}
	if len(parts) == 0 {
		ans.Text = v.pick(p.Vague, defaultVague)
		return ans
	}
	if v.chance(0.5) {
		parts = append(parts, v.pick(p.Closers, ""))
	}
	ans.Text = joinParts(parts)
	// Never the same answer twice in one conversation.
	for _, t := range q.History {
		if t.Answer == ans.Text {
			ans.Text = joinParts([]string{v.pick(p.Repeats, defaultRepeat), lowerStart(ans.Text)})
			break
		}
	}
	return ans
}

// factParts writes the earned facts in the persona's words and fills the
// answer's fact ids.
func factParts(ix *index, v *variety, p scenarios.Persona, earned []match, said map[string]bool, qq query, ans *agents.Answer) []string {
	var parts []string
	if opener := v.pick(p.Openers, ""); opener != "" {
		parts = append(parts, opener)
	}
	for i, m := range earned {
		f := m.fd.fact
		ans.FactIDs = append(ans.FactIDs, f.ID)
		if i > 0 {
			if c := v.pick(p.Connectors, ""); c != "" {
				parts = append(parts, c)
			}
		}
		if said[f.ID] {
			parts = append(parts, v.pick(p.Repeats, defaultRepeat), brief(f.Text))
		} else {
			ans.NewFactIDs = append(ans.NewFactIDs, f.ID)
			parts = append(parts, f.Text)
		}
		if f.Negotiation != nil && ix.argues(m.fd, qq) {
			// Right after the price, as a sentence of its own: no
			// connector ("Attention, Bon…").
			ans.Concessions = append(ans.Concessions, f.ID)
			parts = append(parts, concession(f))
		}
	}
	return parts
}

// concession is a negotiable fact's concession as it is said: the
// authored text, starting a sentence (capitalised), never introduced by an
// opener or a connector, whatever argument earned it.
func concession(f *scenarios.Fact) string {
	c := strings.TrimSpace(f.Negotiation.Concession)
	r, size := utf8.DecodeRuneInString(c)
	return string(unicode.ToUpper(r)) + c[size:]
}

// brief is how a fact is re-said: its first sentence.
func brief(text string) string {
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i+1] == ' ' {
			return text[:i+1]
		}
	}
	return text
}

// joinParts joins phrases into one text: a part that follows a comma,
// colon or opener without final punctuation starts in lower case when
// its first word is a common word (never a name).
func joinParts(parts []string) string {
	var b strings.Builder
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if b.Len() > 0 {
			prev := strings.TrimSpace(b.String())
			last, _ := utf8.DecodeLastRuneInString(prev)
			if last == ',' || last == ':' || last == ';' || unicode.IsLetter(last) {
				part = lowerStart(part)
			}
			b.WriteByte(' ')
		}
		b.WriteString(part)
	}
	return b.String()
}

// lowerableWords may lose their capital after a comma.
var lowerableWords = map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "des": true,
	"du": true, "de": true, "d": true, "ce": true, "cet": true, "cette": true, "ces": true,
	"c": true, "il": true, "elle": true, "ils": true, "elles": true, "on": true, "nous": true,
	"notre": true, "nos": true, "mon": true, "ma": true, "mes": true, "en": true, "au": true,
	"aux": true, "sur": true, "pour": true, "par": true, "avec": true, "dans": true,
	"depuis": true, "selon": true, "je": true, "j": true, "tout": true, "toutes": true,
	"tous": true, "à": true, "a": true, "oui": true, "non": true, "comme": true, "plus": true,
	"moins": true, "entre": true, "chaque": true, "votre": true, "vos": true,
	"si": true, "quant": true, "sans": true, "seul": true, "seule": true, "seuls": true,
}

func lowerStart(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	first := s[:end]
	if !lowerableWords[strings.ToLower(first)] {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// redirect points to the colleague who holds what the question is about,
// or returns "" when no colleague does: an authored redirect whose topic
// the question names, else the colleague one of whose facts the question
// would earn and who matches better than this agent (own is this agent's
// best relevance). It never states a fact.
func (ix *index) redirect(agent *scenarios.Agent, qq query, own float64) string {
	for _, rd := range ix.redirects[agent.ID] {
		for _, ts := range rd.topics {
			if len(ts) > 0 && ix.coverage(ts, qq) >= 0.99 {
				if rd.redirect.Say != "" {
					return rd.redirect.Say
				}
				if other := ix.agents[rd.redirect.Agent]; other != nil {
					return fmt.Sprintf(defaultRedirect, other.Name, other.Role)
				}
			}
		}
	}
	// No authored redirect: the colleague whose facts match best, if one
	// matches as well as a fact would need to be earned.
	// Only when this agent knows nothing close: "prix ?" asked to a venue
	// is a vague question about its own prices, not a colleague's.
	if own >= redirectOwnMax {
		return ""
	}
	var best *scenarios.Agent
	bestRel := 0.0
	for _, fd := range ix.facts { // scenario order: the first best wins
		if fd.agent.ID == agent.ID {
			continue
		}
		if m := ix.score(fd, qq); ix.passes(m) && m.relevance > bestRel {
			best, bestRel = fd.agent, m.relevance
		}
	}
	if best == nil {
		return ""
	}
	return fmt.Sprintf(defaultRedirect, best.Name, best.Role)
}
