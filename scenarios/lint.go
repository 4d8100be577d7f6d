package scenarios

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"
)

// slug is the shape of agent, KPI and offer ids, and of what follows the
// "agent." prefix of a fact id.
var slug = regexp.MustCompile(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)

// KPI categories, offer-independent enumerations and the competency grid.
var (
	kpiCategories   = []string{"reach", "engagement", "conversion", "satisfaction"}
	modeNames       = []string{"certification", "practice"}
	assessedKinds   = []string{"oral", "written"}
	competencyIDs   = []string{"C18", "C19", "C20", "C21", "C22", "C23", "C24", "C25", "C26", "C27", "C28", "C29"}
	mandatoryCompID = "C21"
)

// Lint checks a scenario's content and cross-references and returns its
// problems sorted by file then line (nil when it is sound). Load runs it:
// callers need it directly only for a Scenario built or changed in code.
func Lint(s *Scenario) []Problem {
	probs, _ := lint(s)
	return probs
}

// lint returns the problems, which stop a scenario from loading, and the
// warnings: content that loads and works but probably not as its author
// meant (a synonym the engine can never match, for instance).
func lint(s *Scenario) (probs, warnings []Problem) {
	l := &linter{s: s}
	l.scenario()
	l.brief()
	l.agents()
	l.kpis()
	l.offers()
	l.orderEmail()
	l.competencies()
	l.synonyms()
	sortProblems(l.probs)
	sortProblems(l.warns)
	return l.probs, l.warns
}

type linter struct {
	s     *Scenario
	probs []Problem
	warns []Problem
}

// warn records a warning on the value at path p of file (see at).
func (l *linter) warn(file, p string, base int, format string, args ...any) {
	l.warns = append(l.warns, Problem{File: file, Line: l.s.line(file, p, base), Message: fmt.Sprintf(format, args...), Warning: true})
}

func (l *linter) file(rel string) string {
	if l.s.Dir == "" || l.s.Dir == "." {
		return rel
	}
	return path.Join(l.s.Dir, rel)
}

// at reports a problem on the value at path p of file; base is the line
// used when the scenario carries no positions (built in code).
func (l *linter) at(file, p string, base int, format string, args ...any) {
	l.probs = append(l.probs, Problem{File: file, Line: l.s.line(file, p, base), Message: fmt.Sprintf(format, args...)})
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// required reports each empty text field of fields (key → value) in order.
func (l *linter) required(file, prefix string, base int, fields ...string) {
	for i := 0; i+1 < len(fields); i += 2 {
		if blank(fields[i+1]) {
			l.at(file, join(prefix, fields[i]), base, "champ obligatoire « %s » manquant ou vide", fields[i])
		}
	}
}

// lines checks a list of phrasings: at least min entries, none empty, no
// duplicates (case-insensitive).
func (l *linter) lines(file, p string, base int, what string, list []string, min int) {
	if len(list) < min {
		l.at(file, p, base, "%s : au moins %d attendu(s), %d trouvé(s)", what, min, len(list))
	}
	seen := map[string]bool{}
	for i, s := range list {
		ip := fmt.Sprintf("%s[%d]", p, i)
		if blank(s) {
			l.at(file, ip, base, "%s : entrée vide", what)
			continue
		}
		k := strings.ToLower(strings.TrimSpace(s))
		if seen[k] {
			l.at(file, ip, base, "%s : « %s » est en double", what, s)
		}
		seen[k] = true
	}
}

func (l *linter) scenario() {
	s, f := l.s, l.file(fileScenario)
	l.required(f, "", 1, "id", s.ID, "title", s.Title, "version", s.Version, "language", s.Language)
	if s.ID != "" && !slug.MatchString(s.ID) {
		l.at(f, "id", 1, "id « %s » invalide : minuscules, chiffres et tirets seulement", s.ID)
	}
	if s.Language != "" && s.Language != "fr" {
		l.at(f, "language", 1, "langue « %s » non prise en charge : seule « fr » l'est (le moteur hors ligne est français)", s.Language)
	}
	if s.Budget.Envelope <= 0 {
		l.at(f, "budget.envelope", 1, "budget.envelope doit être un montant positif (euros HT)")
	}
	if blank(s.Budget.Currency) {
		l.at(f, "budget.currency", 1, "champ obligatoire « currency » manquant ou vide")
	}
	for _, d := range []struct {
		key string
		v   int
	}{
		{"j1_minutes", s.Schedule.J1Minutes}, {"j2_minutes", s.Schedule.J2Minutes},
		{"presentation_minutes", s.Schedule.PresentationMinutes}, {"questions_minutes", s.Schedule.QuestionsMinutes},
	} {
		if d.v <= 0 {
			l.at(f, "schedule."+d.key, 1, "schedule.%s doit être une durée positive en minutes", d.key)
		}
	}
	for _, m := range modeNames {
		if _, ok := s.Modes[m]; !ok {
			l.at(f, "modes", 1, "mode « %s » manquant dans modes", m)
		}
	}
	for _, name := range sortedKeys(s.Modes) {
		if !slices.Contains(modeNames, name) {
			l.at(f, "modes."+name, 1, "mode inconnu « %s » (modes possibles : %s)", name, strings.Join(modeNames, ", "))
		}
		if s.Modes[name].QuestionsPerHour < 0 {
			l.at(f, "modes."+name+".questions_per_hour", 1, "questions_per_hour ne peut pas être négatif (0 = valeur par défaut)")
		}
	}
}

func (l *linter) brief() {
	b, f := l.s.Brief, l.file(fileBrief)
	l.required(f, "", 1, "organisation", b.Organisation, "advertiser", b.Advertiser, "title", b.Title,
		"context", b.Context, "campaign", b.Campaign, "instructions", b.Instructions)
	l.lines(f, "objectives", 1, "objectives", b.Objectives, 1)
}

func (l *linter) agents() {
	s := l.s
	agentIDs := map[string]int{}
	factOwner := map[string]string{}
	for i := range s.Agents {
		a := &s.Agents[i]
		f := l.agentFile(a)
		if a.ID != "" {
			if _, dup := agentIDs[a.ID]; dup {
				l.at(f, "id", a.Line, "agent « %s » défini deux fois", a.ID)
			}
			agentIDs[a.ID] = i
		}
		for j, fact := range a.Facts {
			if fact.ID == "" {
				continue
			}
			if owner, dup := factOwner[fact.ID]; dup {
				l.at(f, fmt.Sprintf("facts[%d].id", j), fact.Line, "fait « %s » défini deux fois (déjà chez l'agent « %s »)", fact.ID, owner)
				continue
			}
			factOwner[fact.ID] = a.ID
		}
	}
	j1Team := false
	for i := range s.Agents {
		a := &s.Agents[i]
		l.agent(a, factOwner)
		j1Team = j1Team || a.Kind == Team && slices.Contains(a.Days, J1)
	}
	if len(s.Agents) > 0 && !j1Team {
		// J1 is the diagnosis: without a project-team agent, nobody answers.
		l.at(l.file(dirAgents), "", 0, "il faut au moins un agent de l'équipe projet (kind: team) disponible en J1")
	}
	l.requiresCycles()
}

func (l *linter) agentFile(a *Agent) string {
	if a.File != "" {
		return a.File
	}
	return l.file(path.Join(dirAgents, a.ID+".yaml"))
}

func (l *linter) agent(a *Agent, factOwner map[string]string) {
	f, base := l.agentFile(a), a.Line
	l.required(f, "", base, "id", a.ID, "name", a.Name, "role", a.Role)
	if a.ID != "" && !slug.MatchString(a.ID) {
		l.at(f, "id", base, "id d'agent « %s » invalide : minuscules, chiffres et tirets seulement", a.ID)
	}
	switch a.Kind {
	case Team, Supplier:
	case "":
		l.at(f, "kind", base, "champ obligatoire « kind » manquant : team (équipe projet) ou supplier (prestataire)")
	default:
		l.at(f, "kind", base, "kind « %s » invalide : team (équipe projet) ou supplier (prestataire)", a.Kind)
	}
	if len(a.Days) == 0 {
		l.at(f, "days", base, "days : au moins un jour attendu (J1, J2)")
	}
	seenDay := map[Day]bool{}
	for i, d := range a.Days {
		dp := fmt.Sprintf("days[%d]", i)
		switch {
		case d != J1 && d != J2:
			l.at(f, dp, base, "jour « %s » invalide : un agent ne peut être disponible qu'en J1 ou J2", d)
		case seenDay[d]:
			l.at(f, dp, base, "jour « %s » en double", d)
		case a.Kind == Supplier && d != J2:
			l.at(f, dp, base, "un prestataire (supplier) ne peut être disponible qu'en J2")
		}
		seenDay[d] = true
	}
	if a.Kind == Team && len(a.Days) > 0 && !seenDay[J1] {
		l.at(f, "days", base, "un agent de l'équipe projet (team) doit être disponible en J1")
	}

	l.persona(a, f, base)

	for i, r := range a.Redirects {
		rp := fmt.Sprintf("redirects[%d]", i)
		l.lines(f, rp+".topics", base, "redirects.topics", r.Topics, 1)
		l.required(f, rp, base, "say", r.Say)
		switch target, ok := l.s.Agent(r.Agent); {
		case blank(r.Agent):
			l.at(f, rp+".agent", base, "champ obligatoire « agent » manquant ou vide")
		case !ok:
			l.at(f, rp+".agent", base, "redirection vers un agent inconnu « %s »", r.Agent)
		case r.Agent == a.ID:
			l.at(f, rp+".agent", base, "un agent ne peut pas se rediriger vers lui-même")
		case !shareDay(a, target):
			l.at(f, rp+".agent", base, "une redirection doit viser un agent disponible un même jour : « %s » ne l'est jamais", r.Agent)
		}
	}

	if len(a.Facts) == 0 {
		l.at(f, "facts", base, "facts : l'agent doit avoir au moins un fait")
	}
	exclusiveCritical := 0
	for i := range a.Facts {
		fact := &a.Facts[i]
		l.fact(a, fact, fmt.Sprintf("facts[%d]", i), factOwner)
		if fact.Importance == Critical && fact.Exclusive {
			exclusiveCritical++
		}
	}
	if a.Kind == Team && seenDay[J1] && exclusiveCritical == 0 {
		l.at(f, "facts", base, "un agent J1 doit détenir au moins un fait critique exclusif (importance: critical, exclusive: true)")
	}
}

func shareDay(a, b *Agent) bool {
	for _, d := range a.Days {
		if slices.Contains(b.Days, d) {
			return true
		}
	}
	return false
}

func (l *linter) persona(a *Agent, f string, base int) {
	p := a.Persona
	l.required(f, "persona", base, "tone", p.Tone, "greeting", p.Greeting)
	if p.Cooperation < 0 || p.Cooperation > 1 {
		l.at(f, "persona.cooperation", base, "persona.cooperation doit être entre 0 et 1, pas %g", p.Cooperation)
	}
	if p.Resistance < 0 || p.Resistance > 1 {
		l.at(f, "persona.resistance", base, "persona.resistance doit être entre 0 et 1, pas %g", p.Resistance)
	}
	l.lines(f, "persona.vague", base, "persona.vague", p.Vague, 1)
	l.lines(f, "persona.refusals", base, "persona.refusals", p.Refusals, 1)
	l.lines(f, "persona.openers", base, "persona.openers", p.Openers, 0)
	l.lines(f, "persona.connectors", base, "persona.connectors", p.Connectors, 0)
	l.lines(f, "persona.closers", base, "persona.closers", p.Closers, 0)
	l.lines(f, "persona.repeats", base, "persona.repeats", p.Repeats, 0)
}

func (l *linter) fact(a *Agent, fact *Fact, fp string, factOwner map[string]string) {
	f, base := l.agentFile(a), fact.Line
	switch {
	case blank(fact.ID):
		l.at(f, fp+".id", base, "champ obligatoire « id » manquant ou vide")
	case !strings.HasPrefix(fact.ID, a.ID+".") || !slug.MatchString(strings.TrimPrefix(fact.ID, a.ID+".")):
		l.at(f, fp+".id", base, "id de fait « %s » invalide : il doit commencer par l'id de l'agent, par exemple « %s.taux-conversion »", fact.ID, a.ID)
	}
	l.required(f, fp, base, "text", fact.Text)
	l.lines(f, fp+".topics", base, "topics", fact.Topics, 1)
	l.lines(f, fp+".triggers", base, "triggers (formulations qui font obtenir le fait)", fact.Triggers, 1)
	switch fact.Importance {
	case Critical, Useful, Noise:
	case "":
		l.at(f, fp+".importance", base, "champ obligatoire « importance » manquant : critical, useful ou noise")
	default:
		l.at(f, fp+".importance", base, "importance « %s » invalide : critical, useful ou noise", fact.Importance)
	}
	for i, r := range fact.Requires {
		rp := fmt.Sprintf("%s.requires[%d]", fp, i)
		switch {
		case r == fact.ID:
			l.at(f, rp, base, "le fait « %s » ne peut pas se requérir lui-même", r)
		case factOwner[r] == "":
			l.at(f, rp, base, "requires : fait inconnu « %s »", r)
		}
	}
	for i, c := range fact.Contradicts {
		cp := fmt.Sprintf("%s.contradicts[%d]", fp, i)
		switch owner := factOwner[c]; {
		case owner == "":
			l.at(f, cp, base, "contradicts : fait inconnu « %s »", c)
		case owner == a.ID:
			l.at(f, cp, base, "contradicts : « %s » est un fait du même agent ; une contradiction doit opposer deux agents", c)
		}
	}
	if n := fact.Negotiation; n != nil {
		np := fp + ".negotiation"
		if a.Kind != Supplier {
			l.at(f, np, base, "seul un prestataire (supplier) peut négocier")
		}
		offer, ok := l.s.Offer(n.Offer)
		switch {
		case blank(n.Offer):
			l.at(f, np+".offer", base, "champ obligatoire « offer » manquant ou vide")
		case !ok:
			l.at(f, np+".offer", base, "negotiation.offer : offre inconnue « %s »", n.Offer)
		case offer.Supplier != a.ID:
			l.at(f, np+".offer", base, "negotiation.offer doit être une offre de « %s » : « %s » est celle de « %s »", a.ID, n.Offer, offer.Supplier)
		}
		l.lines(f, np+".arguments", base, "negotiation.arguments", n.Arguments, 1)
		l.required(f, np, base, "concession", n.Concession)
		if p := n.NewUnitPrice; p != nil {
			switch {
			case *p < 0:
				l.at(f, np+".new_unit_price", base, "negotiation.new_unit_price ne peut pas être négatif")
			case ok && *p >= offer.UnitPrice:
				l.at(f, np+".new_unit_price", base, "negotiation.new_unit_price (%g) doit être inférieur au prix de l'offre (%g)", *p, offer.UnitPrice)
			}
			if !blank(n.Concession) && !StatesNumber(n.Concession, *p) {
				l.at(f, np+".concession", base, "la concession doit annoncer le nouveau prix unitaire %g", *p)
			}
		}
	}
}

// requiresCycles reports each prerequisite cycle once, on the fact where
// the walk (in file order) first closes it.
func (l *linter) requiresCycles() {
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var walk func(id string, stack []string)
	walk = func(id string, stack []string) {
		state[id] = onPath
		fact, a, _ := l.s.Fact(id)
		for i, r := range fact.Requires {
			if _, _, ok := l.s.Fact(r); !ok || r == id {
				continue // reported elsewhere
			}
			switch state[r] {
			case onPath:
				start := slices.Index(stack, r)
				cycle := append(slices.Clone(stack[start:]), id, r)
				l.at(l.agentFile(a), fmt.Sprintf("%s.requires[%d]", factPath(a, id), i), fact.Line,
					"prérequis circulaires : %s", strings.Join(cycle, " → "))
			case unseen:
				walk(r, append(stack, id))
			}
		}
		state[id] = done
	}
	for _, a := range l.s.Agents {
		for _, fact := range a.Facts {
			if fact.ID != "" && state[fact.ID] == unseen {
				walk(fact.ID, nil)
			}
		}
	}
}

// factPath is the value path of fact id inside its agent's file.
func factPath(a *Agent, id string) string {
	for i, f := range a.Facts {
		if f.ID == id {
			return fmt.Sprintf("facts[%d]", i)
		}
	}
	return ""
}

func (l *linter) kpis() {
	f := l.file(fileKPIs)
	if len(l.s.KPIs) == 0 {
		l.at(f, "kpis", 1, "kpis : il faut au moins un indicateur")
	}
	seen := map[string]bool{}
	for i := range l.s.KPIs {
		k := &l.s.KPIs[i]
		kp := fmt.Sprintf("kpis[%d]", i)
		base := k.Line
		l.required(f, kp, base, "id", k.ID, "label", k.Label, "unit", k.Unit)
		if k.ID != "" {
			if !slug.MatchString(k.ID) {
				l.at(f, kp+".id", base, "id d'indicateur « %s » invalide : minuscules, chiffres et tirets seulement", k.ID)
			}
			if seen[k.ID] {
				l.at(f, kp+".id", base, "indicateur « %s » défini deux fois", k.ID)
			}
			seen[k.ID] = true
		}
		if !slices.Contains(kpiCategories, k.Category) {
			l.at(f, kp+".category", base, "category « %s » invalide : %s", k.Category, strings.Join(kpiCategories, ", "))
		}
		l.kpiFact(f, kp, base, k.KnownBy, "known_by", k.Fact, k.Result, "le résultat")
		for j, c := range k.Contradictions {
			cp := fmt.Sprintf("%s.contradictions[%d]", kp, j)
			if c.Agent != "" && c.Agent == k.KnownBy {
				l.at(f, cp+".agent", base, "une contradiction doit venir d'un autre agent que « %s » (known_by)", k.KnownBy)
			}
			if sameNumber(c.Value, k.Result) {
				l.at(f, cp+".value", base, "la valeur contradictoire (%g) doit différer du résultat", c.Value)
			}
			if l.kpiFact(f, cp, base, c.Agent, "agent", c.Fact, c.Value, "la valeur") && k.Fact != "" {
				if !l.contradicts(k.Fact, c.Fact) {
					l.at(f, cp+".fact", base, "les faits « %s » et « %s » se contredisent sur cet indicateur : déclarez-le avec contradicts dans l'un des deux", k.Fact, c.Fact)
				}
			}
		}
	}
}

// kpiFact checks that agentKey names an agent and factID one of its facts
// whose text states value; it reports whether the references are sound.
func (l *linter) kpiFact(f, p string, base int, agentID, agentKey, factID string, value float64, what string) bool {
	a, ok := l.s.Agent(agentID)
	switch {
	case blank(agentID):
		l.at(f, p+"."+agentKey, base, "champ obligatoire « %s » manquant ou vide", agentKey)
		return false
	case !ok:
		l.at(f, p+"."+agentKey, base, "%s : agent inconnu « %s »", agentKey, agentID)
		return false
	}
	fact, owner, ok := l.s.Fact(factID)
	switch {
	case blank(factID):
		l.at(f, p+".fact", base, "champ obligatoire « fact » manquant ou vide")
		return false
	case !ok:
		l.at(f, p+".fact", base, "fact : fait inconnu « %s »", factID)
		return false
	case owner.ID != a.ID:
		l.at(f, p+".fact", base, "fact doit être un fait de « %s » : « %s » est un fait de « %s »", a.ID, factID, owner.ID)
		return false
	case !StatesNumber(fact.Text, value):
		l.at(f, p+".fact", base, "le texte du fait « %s » doit énoncer %s %s", factID, what, formatFR(value))
		return false
	}
	return true
}

// contradicts reports whether either fact lists the other in contradicts.
func (l *linter) contradicts(a, b string) bool {
	fa, _, okA := l.s.Fact(a)
	fb, _, okB := l.s.Fact(b)
	return okA && slices.Contains(fa.Contradicts, b) || okB && slices.Contains(fb.Contradicts, a)
}

// formatFR writes a figure the French way for messages ("2,4", "12 500").
func formatFR(v float64) string {
	s := fmt.Sprintf("%g", v)
	if strings.ContainsAny(s, "e") {
		return s
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteRune(' ')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if hasFrac {
		out += "," + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

func (l *linter) offers() {
	f := l.file(fileOffers)
	if len(l.s.Offers) == 0 {
		l.at(f, "offers", 1, "offers : il faut au moins une offre de prestataire")
	}
	seen := map[string]bool{}
	total := 0.0
	for i := range l.s.Offers {
		o := &l.s.Offers[i]
		op := fmt.Sprintf("offers[%d]", i)
		base := o.Line
		l.required(f, op, base, "id", o.ID, "category", o.Category, "label", o.Label, "unit", o.Unit)
		if o.ID != "" {
			if !slug.MatchString(o.ID) {
				l.at(f, op+".id", base, "id d'offre « %s » invalide : minuscules, chiffres et tirets seulement", o.ID)
			}
			if seen[o.ID] {
				l.at(f, op+".id", base, "offre « %s » définie deux fois", o.ID)
			}
			seen[o.ID] = true
		}
		supplier, ok := l.s.Agent(o.Supplier)
		switch {
		case blank(o.Supplier):
			l.at(f, op+".supplier", base, "champ obligatoire « supplier » manquant ou vide")
		case !ok:
			l.at(f, op+".supplier", base, "supplier : agent inconnu « %s »", o.Supplier)
		case supplier.Kind != Supplier:
			l.at(f, op+".supplier", base, "supplier doit être un prestataire (kind: supplier) : « %s » n'en est pas un", o.Supplier)
		}
		if o.UnitPrice < 0 {
			l.at(f, op+".unit_price", base, "unit_price ne peut pas être négatif")
		}
		if o.MinQty < 0 {
			l.at(f, op+".min_qty", base, "min_qty ne peut pas être négatif")
		}
		if o.LeadDays < 0 {
			l.at(f, op+".lead_days", base, "lead_days ne peut pas être négatif")
		}
		if o.Capacity < 0 {
			l.at(f, op+".capacity", base, "capacity ne peut pas être négatif")
		}
		for j, d := range o.Dates {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				l.at(f, fmt.Sprintf("%s.dates[%d]", op, j), base, "date « %s » invalide : format AAAA-MM-JJ attendu", d)
			}
		}
		l.lines(f, op+".accessibility", base, "accessibility", o.Accessibility, 0)
		l.lines(f, op+".constraints", base, "constraints", o.Constraints, 0)
		fact, owner, found := l.s.Fact(o.Fact)
		switch {
		case blank(o.Fact):
			l.at(f, op+".fact", base, "champ obligatoire « fact » manquant ou vide")
		case !found:
			l.at(f, op+".fact", base, "fact : fait inconnu « %s »", o.Fact)
		case ok && owner.ID != o.Supplier:
			l.at(f, op+".fact", base, "fact doit être un fait de « %s » : « %s » est un fait de « %s »", o.Supplier, o.Fact, owner.ID)
		case o.UnitPrice > 0 && !StatesNumber(fact.Text, o.UnitPrice):
			l.at(f, op+".fact", base, "le texte du fait « %s » doit énoncer le prix unitaire %s", o.Fact, formatFR(o.UnitPrice))
		}
		total += o.UnitPrice * max(o.MinQty, 1)
	}
	if env := l.s.Budget.Envelope; env > 0 && len(l.s.Offers) > 0 && total <= env {
		l.at(l.file(fileScenario), "budget.envelope", 1,
			"l'enveloppe (%s €) suffit à acheter toutes les offres (%s € aux quantités minimales) : elle doit obliger à choisir",
			formatFR(env), formatFR(total))
	}
}

func (l *linter) orderEmail() {
	e, f := l.s.OrderEmail, l.file(fileOrderEmail)
	l.required(f, "", 1, "from", e.From, "to", e.To, "subject", e.Subject, "body", e.Body)
	l.lines(f, "orientations", 1, "orientations", e.Orientations, 1)
	if len(e.Stakeholders) == 0 {
		l.at(f, "stakeholders", 1, "stakeholders : au moins une partie prenante attendue")
	}
	for i, st := range e.Stakeholders {
		l.required(f, fmt.Sprintf("stakeholders[%d]", i), 1, "name", st.Name, "role", st.Role)
	}
}

func (l *linter) competencies() {
	f := l.file(fileCompetencies)
	seen := map[string]bool{}
	for i, c := range l.s.Competencies {
		cp := fmt.Sprintf("competencies[%d]", i)
		switch {
		case !slices.Contains(competencyIDs, c.ID):
			l.at(f, cp+".id", 1, "compétence « %s » inconnue : la grille doit aller de C18 à C29", c.ID)
		case seen[c.ID]:
			l.at(f, cp+".id", 1, "compétence « %s » définie deux fois", c.ID)
		}
		seen[c.ID] = true
		l.required(f, cp, 1, "title", c.Title, "point", c.Point)
		if !slices.Contains(assessedKinds, c.Assessed) {
			l.at(f, cp+".assessed", 1, "assessed « %s » invalide : written (rapport) ou oral", c.Assessed)
		}
		switch {
		case c.ID == mandatoryCompID && !c.Mandatory:
			l.at(f, cp+".mandatory", 1, "%s doit être obligatoire : écrivez mandatory: true", mandatoryCompID)
		case c.ID != mandatoryCompID && c.Mandatory:
			l.at(f, cp+".mandatory", 1, "seule %s peut être obligatoire : retirez mandatory de %s", mandatoryCompID, c.ID)
		}
		l.lines(f, cp+".questions", 1, "questions", c.Questions, 1)
	}
	var missing []string
	for _, id := range competencyIDs {
		if !seen[id] {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		l.at(f, "competencies", 1, "compétences manquantes : %s", strings.Join(missing, ", "))
	}
}

// synonyms checks the groups as the engine reads them: each entry is
// normalised, stop words dropped and stemmed (MatchKey). Spelling the same
// entry twice in one list is a problem; two entries of different groups
// that normalise alike ("annulation", "annulations") make the engine put
// that word in both groups — it then treats them as one — and an entry of
// stop words only ("CA", read as « ça ») is never matched: both warned.
func (l *linter) synonyms() {
	f := l.file(fileSynonyms)
	group := map[string]int{}
	type seen struct {
		group int
		entry string
	}
	byKey := map[string]seen{}
	for i, g := range l.s.Synonyms {
		gp := fmt.Sprintf("synonyms[%d]", i)
		l.lines(f, gp, 1, "synonyms", g, 2)
		for j, w := range g {
			ep := fmt.Sprintf("%s[%d]", gp, j)
			k := strings.ToLower(strings.TrimSpace(w))
			if k == "" {
				continue
			}
			if prev, ok := group[k]; ok && prev != i {
				l.at(f, ep, 1, "« %s » est déjà dans le groupe de synonymes n°%d : une entrée ne peut appartenir qu'à un groupe", w, prev+1)
				continue
			}
			if _, ok := group[k]; ok {
				continue // repeated in its own group: reported by lines
			}
			group[k] = i
			key := MatchKey(w)
			if key == "" {
				l.warn(f, ep, 1, "« %s » ne sera jamais reconnu : une fois normalisé, il ne reste que des mots vides (écrivez l'expression en toutes lettres)", w)
				continue
			}
			if prev, ok := byKey[key]; ok && prev.group != i {
				l.warn(f, ep, 1, "« %s » se lit comme « %s » du groupe n°%d (même racine « %s ») : le moteur fusionne alors les deux groupes ; gardez un seul des deux, dans un seul groupe", w, prev.entry, prev.group+1, key)
				continue
			}
			if _, ok := byKey[key]; !ok {
				byKey[key] = seen{i, w}
			}
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
