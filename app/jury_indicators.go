package app

import (
	"context"
	"math"
	"strings"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
	"cellule/scenarios"
)

// Indicators compare a submitted report with the scenario's ground truth
// for the jury. They are never a grade: each one comes with a question the
// jury may ask at the oral, mapped to the competency grid, so that the
// candidate defends what the figures alone cannot tell.
type Indicators struct {
	AttemptID string
	Kpis      []KpiIndicator
	Budget    BudgetIndicator
	Inclusive InclusiveIndicator
	// CausesWithoutEvidence are the submitted causes no answer supports.
	CausesWithoutEvidence []CauseIndicator
	// CausesNotAddressed are the causes no S2 item answers (J1→J2).
	CausesNotAddressed []CauseIndicator
	// MissedCriticalFacts are the scenario's critical facts the candidate
	// never earned.
	MissedCriticalFacts []MissedFact
	// MissedContradictions: pairs of which the candidate earned at most one side.
	MissedContradictions []ContradictionIndicator
	// Questions gathers the suggested questions, the prescribed C21 first,
	// then by competency order.
	Questions []SuggestedQuestion
}

// SuggestedQuestion is an oral question the jury may ask.
type SuggestedQuestion struct {
	Competency      string // C18…C29
	CompetencyTitle string
	Text            string // French
	// Prescribed: the question of C21, which the jury must ask.
	Prescribed bool
	// Reason says which indicator suggested it (French); empty for C21's.
	Reason string
}

// KPI statuses.
const (
	KpiExact     = "exact"       // result and target within 1 % of the truth
	KpiDiffers   = "ecart"       // written, but a figure differs from the truth
	KpiAlternate = "variante"    // the result is another agent's contradicting figure
	KpiMissing   = "absent"      // the indicator is not in the gap table
	KpiFree      = "hors_grille" // a row of the candidate's own, not a scenario KPI
)

// KpiIndicator is one row of the KPI table against the ground truth.
type KpiIndicator struct {
	KpiID          string
	Label          string
	Unit           string
	TruthResult    float64
	TruthTarget    float64
	HigherIsBetter bool
	Written        bool
	RowID          string
	WrittenResult  float64
	WrittenTarget  float64
	Status         string // Kpi*
	// Alternate: the contradicting figure the candidate wrote (its agent
	// and definition), when Status is KpiAlternate.
	AlternateAgent      string
	AlternateDefinition string
	// FactEarned: the candidate earned the fact that discloses the result.
	FactEarned bool
	Question   *SuggestedQuestion
}

// Budget line statuses against the suppliers' quotes.
const (
	PriceQuoted     = "au_devis"     // the unit price of the quote
	PriceNegotiated = "negocie"      // the negotiated price, and the concession was earned
	PriceDiffers    = "ecart"        // a price the supplier never quoted
	PriceNoQuote    = "sans_devis"   // no catalogue item matches the line
	PriceBelowMin   = "sous_minimum" // below the supplier's minimum quantity
)

// BudgetIndicator is the budget against the envelope and the quotes.
type BudgetIndicator struct {
	TotalCents    domain.Cents
	EnvelopeCents domain.Cents
	OverrunCents  domain.Cents
	Lines         []BudgetLineIndicator
	Question      *SuggestedQuestion
}

// BudgetLineIndicator is one budget line against the catalogue.
type BudgetLineIndicator struct {
	LineID         string
	Label          string
	Supplier       string
	Quantity       float64
	UnitPriceCents domain.Cents
	OfferID        string
	OfferLabel     string
	QuotedCents    domain.Cents
	// NegotiatedCents is the price the supplier concedes to an argument (0: none).
	NegotiatedCents domain.Cents
	MinQty          float64
	Status          string // Price*
	Question        *SuggestedQuestion
}

// InclusiveIndicator tells whether the S2 takes people with disabilities
// and diverse audiences into account.
type InclusiveIndicator struct {
	// ConceptMeasures is the concept's « mesures inclusives » field.
	ConceptMeasures string
	// CommunicationMeasures are the communication support's measures.
	CommunicationMeasures []string
	// AccessibilityLines are the budget lines of accessibility offers
	// (captioning, sign language, hearing loops…).
	AccessibilityLines []string
	Present            bool
	Question           *SuggestedQuestion
}

// CauseIndicator is a cause of S1.
type CauseIndicator struct {
	CauseID  string
	Rank     int
	Text     string
	Question *SuggestedQuestion
}

// MissedFact is a critical fact never earned.
type MissedFact struct {
	FactID    string
	Text      string
	AgentID   string
	AgentName string
	Topic     string
	Question  *SuggestedQuestion
}

// ContradictionIndicator is a contradiction the candidate did not surface.
type ContradictionIndicator struct {
	A, B     ContradictionSide
	Question *SuggestedQuestion
}

// Indicators computes the indicators of an attempt's report as it stands
// (the submitted one, for the jury). Jury assigned after the lock; staff,
// own session. NOT_FOUND when the scenario cannot be loaded.
func (a *App) Indicators(ctx context.Context, actor Actor, attemptID string) (Indicators, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, juryRead)
	if err != nil {
		return Indicators{}, err
	}
	var (
		out  Indicators
		fail error
	)
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) {
		sc, err := a.loadScenario(p.State.Exam.ScenarioID)
		if err != nil {
			fail = err
			return
		}
		out = buildIndicators(&p.State, sc)
	})
	return out, fail
}

// grid builds suggested questions from the scenario's competency grid.
type grid struct{ sc *scenarios.Scenario }

// ask is a question of competency c: text, or the grid's typical question
// number typical (0-based) when text is empty.
func (g grid) ask(c string, typical int, text, reason string) *SuggestedQuestion {
	q := &SuggestedQuestion{Competency: c, Text: text, Reason: reason, Prescribed: c == domain.PrescribedCompetency}
	if comp, ok := g.sc.Competency(c); ok {
		q.CompetencyTitle = comp.Title
		if q.Text == "" && typical >= 0 && typical < len(comp.Questions) {
			q.Text = comp.Questions[typical]
		}
	}
	return q
}

func buildIndicators(st *attempt.State, sc *scenarios.Scenario) Indicators {
	g := grid{sc}
	out := Indicators{AttemptID: st.AttemptID}
	earned := map[string]bool{}
	for _, f := range st.DisclosedFacts() {
		earned[f] = true
	}
	agentName := func(id string) string {
		if ag, ok := sc.Agent(id); ok {
			return ag.Name
		}
		return id
	}

	// KPIs, in the scenario's order, then the candidate's own rows.
	used := map[string]bool{}
	for _, k := range sc.KPIs {
		ki := KpiIndicator{KpiID: k.ID, Label: k.Label, Unit: k.Unit, TruthResult: k.Result, TruthTarget: k.Target,
			HigherIsBetter: k.HigherIsBetter, FactEarned: earned[k.Fact], Status: KpiMissing}
		for _, r := range st.KpiRows {
			if r.KpiID == k.ID {
				used[r.RowID] = true
				ki.Written, ki.RowID, ki.WrittenResult, ki.WrittenTarget = true, r.RowID, r.Result, r.Target
				break
			}
		}
		truth := figure(k.Result, k.Unit)
		switch {
		case !ki.Written:
			if ki.FactEarned {
				ki.Question = g.ask("C29", -1, "Tu disposais du résultat « "+k.Label+" » : pourquoi ne figure-t-il pas dans ton tableau d'écarts ?",
					"Indicateur connu mais absent du tableau")
			}
		case near(ki.WrittenResult, k.Result) && near(ki.WrittenTarget, k.Target):
			ki.Status = KpiExact
		default:
			ki.Status = KpiDiffers
			for _, c := range k.Contradictions {
				if near(ki.WrittenResult, c.Value) {
					ki.Status, ki.AlternateAgent, ki.AlternateDefinition = KpiAlternate, agentName(c.Agent), c.Definition
				}
			}
			written := figure(ki.WrittenResult, k.Unit)
			if ki.Status == KpiAlternate {
				ki.Question = g.ask("C28", -1, "Pour « "+k.Label+" », tu retiens "+written+" ("+ki.AlternateAgent+") plutôt que "+truth+
					" : quelle source fais-tu prévaloir, et pourquoi ?", "Chiffre d'une autre source retenu")
			} else {
				ki.Question = g.ask("C29", -1, "Pour « "+k.Label+" », tu indiques "+written+" : sur quelle donnée t'appuies-tu et comment l'as-tu calculé ?",
					"Chiffre différent de la vérité terrain")
			}
		}
		out.Kpis = append(out.Kpis, ki)
	}
	for _, r := range st.KpiRows {
		if !used[r.RowID] {
			out.Kpis = append(out.Kpis, KpiIndicator{KpiID: r.KpiID, Label: r.Label, Unit: r.Unit, Written: true, RowID: r.RowID,
				WrittenResult: r.Result, WrittenTarget: r.Target, Status: KpiFree,
				Question: g.ask("C28", -1, "Pourquoi as-tu retenu l'indicateur « "+r.Label+" », et d'où vient son résultat ?", "Indicateur hors grille")})
		}
	}

	// Budget.
	b := BudgetIndicator{TotalCents: st.BudgetTotal(), EnvelopeCents: st.Exam.EnvelopeCents, OverrunCents: st.BudgetOverrun()}
	if b.OverrunCents > 0 {
		b.Question = g.ask("C19", -1, "Ton budget dépasse l'enveloppe de "+domain.FormatEuros(b.OverrunCents)+
			" : quel poste aurais-tu sacrifié pour la tenir, et pourquoi celui-là ?", "Budget hors enveloppe")
	} else if len(st.Budget) > 0 {
		b.Question = g.ask("C19", 2, "", "Budget dans l'enveloppe")
	}
	var accessibility []string
	for _, l := range st.Budget {
		li := BudgetLineIndicator{LineID: l.LineID, Label: l.Label, Supplier: l.Supplier, Quantity: l.Quantity,
			UnitPriceCents: l.UnitPriceCents, Status: PriceNoQuote}
		if o := matchOffer(sc, l); o != nil {
			li.OfferID, li.OfferLabel, li.QuotedCents, li.MinQty = o.ID, o.Label, toCents(o.UnitPrice), o.MinQty
			neg, negEarned := negotiated(sc, o.ID, earned)
			li.NegotiatedCents = neg
			switch {
			case l.UnitPriceCents == li.QuotedCents:
				li.Status = PriceQuoted
			case neg > 0 && l.UnitPriceCents == neg && negEarned:
				li.Status = PriceNegotiated
			default:
				li.Status = PriceDiffers
				li.Question = g.ask("C22", -1, "Pour « "+l.Label+" », tu comptes "+domain.FormatEuros(l.UnitPriceCents)+
					" l'unité alors que le devis annonçait "+domain.FormatEuros(li.QuotedCents)+" : comment as-tu obtenu ce prix ?",
					"Prix différent du devis")
			}
			if li.Status != PriceDiffers && o.MinQty > 0 && l.Quantity < o.MinQty {
				li.Status = PriceBelowMin
				li.Question = g.ask("C22", -1, "Pour « "+l.Label+" », le prestataire impose un minimum de "+
					domain.FormatNumber(o.MinQty, 2)+" : comment as-tu négocié une quantité inférieure ?", "Quantité sous le minimum")
			}
			if o.Category == "accessibilite" {
				accessibility = append(accessibility, l.Label)
			}
		}
		b.Lines = append(b.Lines, li)
	}
	out.Budget = b

	// Inclusive measures.
	in := InclusiveIndicator{ConceptMeasures: st.Concept[domain.ConceptInclusiveMeasures],
		CommunicationMeasures: append([]string(nil), st.Communication.Measures...), AccessibilityLines: accessibility}
	in.Present = strings.TrimSpace(in.ConceptMeasures) != "" || len(in.CommunicationMeasures) > 0 || len(accessibility) > 0
	if in.Present {
		in.Question = g.ask("C18", 0, "", "Mesures inclusives présentes")
	} else {
		in.Question = g.ask("C18", -1, "Ton projet ne prévoit aucune mesure d'accessibilité : comment accueillerais-tu une personne en situation de handicap ?",
			"Aucune mesure inclusive")
	}
	out.Inclusive = in

	// Causes.
	answered := st.CausesAnswered()
	for i, c := range st.Causes {
		ci := CauseIndicator{CauseID: c.CauseID, Rank: i + 1, Text: c.Text}
		if len(c.Evidence) == 0 {
			ci.Question = g.ask("C29", -1, "Sur quelle donnée t'appuies-tu pour affirmer la cause n° "+domain.FormatInt(int64(i+1))+
				" (« "+excerpt(c.Text)+" ») ?", "Cause sans preuve")
			out.CausesWithoutEvidence = append(out.CausesWithoutEvidence, ci)
		}
		if !answered[c.CauseID] {
			ci.Question = g.ask("C19", -1, "Quelle action de ton projet répond à la cause n° "+domain.FormatInt(int64(i+1))+
				" (« "+excerpt(c.Text)+" ») ?", "Cause sans réponse en J2")
			out.CausesNotAddressed = append(out.CausesNotAddressed, ci)
		}
	}

	// Critical facts never earned, in the scenario's order.
	for _, ag := range sc.Agents {
		for _, f := range ag.Facts {
			if f.Importance != scenarios.Critical || earned[f.ID] {
				continue
			}
			mf := MissedFact{FactID: f.ID, Text: f.Text, AgentID: ag.ID, AgentName: ag.Name}
			if len(f.Topics) > 0 {
				mf.Topic = f.Topics[0]
			}
			comp := "C29"
			if ag.Kind == scenarios.Supplier {
				comp = "C22"
			}
			about := "ce point"
			if mf.Topic != "" {
				about = "« " + mf.Topic + " »"
			}
			mf.Question = g.ask(comp, -1, "As-tu interrogé "+ag.Name+" sur "+about+" ? Qu'en aurais-tu tiré pour ton rapport ?",
				"Information critique jamais obtenue")
			out.MissedCriticalFacts = append(out.MissedCriticalFacts, mf)
		}
	}

	// Contradictions not surfaced.
	for _, pair := range sc.Contradictions() {
		if earned[pair[0]] && earned[pair[1]] {
			continue
		}
		ci := ContradictionIndicator{}
		for i, id := range pair {
			s := ContradictionSide{FactID: id}
			if f, ag, ok := sc.Fact(id); ok {
				s.Text, s.AgentID, s.AgentName = f.Text, ag.ID, ag.Name
			}
			if i == 0 {
				ci.A = s
			} else {
				ci.B = s
			}
		}
		ci.Question = g.ask("C28", 2, "", "Contradiction entre agents non relevée")
		out.MissedContradictions = append(out.MissedContradictions, ci)
	}

	out.Questions = gatherQuestions(g, out)
	return out
}

// gatherQuestions lists every suggested question once, the prescribed C21
// first, then by competency; within a competency in indicator order.
func gatherQuestions(g grid, in Indicators) []SuggestedQuestion {
	var all []*SuggestedQuestion
	add := func(q *SuggestedQuestion) {
		if q != nil {
			all = append(all, q)
		}
	}
	for _, k := range in.Kpis {
		add(k.Question)
	}
	add(in.Budget.Question)
	for _, l := range in.Budget.Lines {
		add(l.Question)
	}
	add(in.Inclusive.Question)
	for _, c := range in.CausesWithoutEvidence {
		add(c.Question)
	}
	for _, c := range in.CausesNotAddressed {
		add(c.Question)
	}
	for _, f := range in.MissedCriticalFacts {
		add(f.Question)
	}
	for _, c := range in.MissedContradictions {
		add(c.Question)
	}
	out := []SuggestedQuestion{*g.ask(domain.PrescribedCompetency, 0, "", "")}
	seen := map[string]bool{out[0].Text: true}
	for _, c := range domain.Competencies {
		for _, q := range all {
			if q.Competency == c && !seen[q.Text] {
				seen[q.Text] = true
				out = append(out, *q)
			}
		}
	}
	return out
}

// near: equal within 1 % (candidates round figures such as 1,15 M).
func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 0.01*math.Max(math.Abs(a), math.Abs(b))
}

// figure formats a KPI value with its unit, in French.
func figure(v float64, unit string) string { return domain.WithUnit(domain.FormatNumber(v, 2), unit) }

func toCents(euros float64) domain.Cents { return domain.Cents(math.Round(euros * 100)) }

// excerpt shortens a cause's text for a question.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		return string(r[:79]) + "…"
	}
	return s
}

// fold lowercases and trims, to compare a candidate's label with a catalogue's.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// matchOffer finds the catalogue item a budget line stands for: the same
// label, else the only item of that supplier and category.
func matchOffer(sc *scenarios.Scenario, l domain.BudgetLine) *scenarios.Offer {
	label := fold(l.Label)
	for i := range sc.Offers {
		if o := &sc.Offers[i]; label != "" && fold(o.Label) == label {
			return o
		}
	}
	supplier := fold(l.Supplier)
	var found *scenarios.Offer
	for i := range sc.Offers {
		o := &sc.Offers[i]
		ag, _ := sc.Agent(o.Supplier)
		sameSupplier := supplier != "" && (supplier == fold(o.Supplier) || (ag != nil && strings.Contains(fold(ag.Name), supplier)))
		if sameSupplier && fold(o.Category) == fold(l.Category) {
			if found != nil {
				return nil // ambiguous
			}
			found = o
		}
	}
	return found
}

// negotiated returns the price an argument wins on an offer, and whether
// the candidate earned that concession.
func negotiated(sc *scenarios.Scenario, offerID string, earned map[string]bool) (domain.Cents, bool) {
	for _, ag := range sc.Agents {
		for _, f := range ag.Facts {
			if n := f.Negotiation; n != nil && n.Offer == offerID && n.NewUnitPrice != nil {
				return toCents(*n.NewUnitPrice), earned[f.ID]
			}
		}
	}
	return 0, false
}
