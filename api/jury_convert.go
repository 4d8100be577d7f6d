package api

import (
	"strings"

	"cellule/app"
	"cellule/domain"
)

// Conversions of the jury's bench (api/jury.graphqls).

func ptr[T any](v T) *T { return &v }

// optional is nil for the zero value.
func optional[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

// timelineKindOf maps app.Kind* ("oral_prep") to the enum (ORAL_PREP).
func timelineKindOf(kind string) TimelineKind { return upper[TimelineKind](kind) }

// juryStatusOf is where the candidate stands for this jury member.
func juryStatusOf(c app.JuryCandidate) JuryCandidateStatus {
	switch {
	case c.Evaluation == "finalised":
		return JuryCandidateStatusEvaluated
	case c.Status == "locked":
		return JuryCandidateStatusLocked
	}
	return JuryCandidateStatusWriting
}

func replayOf(v app.ReplayView) *Replay {
	out := &Replay{AttemptID: v.AttemptID, Length: v.Length, Facts: []*FactTrace{}, Contradictions: []*ContradictionPair{}, Links: []*LinkTrace{}}
	for _, f := range v.Facts {
		ft := &FactTrace{FactID: f.FactID, Text: f.Text, AgentID: f.AgentID, AgentName: f.AgentName, Importance: f.Importance,
			EarnedVersion: f.EarnedVersion, EarnedAt: f.EarnedAt, QuestionID: f.QuestionID, QuestionText: f.QuestionText,
			QuestionVersion: f.QuestionVersion, Uses: []*FactUse{}}
		for _, u := range f.Uses {
			ft.Uses = append(ft.Uses, &FactUse{Kind: upper[FactUseKind](u.Kind), QuestionID: u.QuestionID, CauseID: optional(u.CauseID),
				CauseText: optional(u.CauseText), Version: u.Version, At: u.At, Current: u.Current})
		}
		out.Facts = append(out.Facts, ft)
	}
	for _, c := range v.Contradictions {
		out.Contradictions = append(out.Contradictions, &ContradictionPair{A: sideOf(c.A), B: sideOf(c.B), Surfaced: c.Surfaced})
	}
	for _, l := range v.Links {
		lt := &LinkTrace{ItemKind: upper[LinkItemKind](l.ItemKind), ItemID: l.ItemID, ItemLabel: l.ItemLabel, Version: l.Version, Causes: []*CauseRef{}}
		for _, c := range l.Causes {
			lt.Causes = append(lt.Causes, &CauseRef{CauseID: c.CauseID, Rank: c.Rank, Text: c.Text})
		}
		out.Links = append(out.Links, lt)
	}
	return out
}

func sideOf(s app.ContradictionSide) *ContradictionSide {
	return &ContradictionSide{FactID: s.FactID, Text: s.Text, AgentID: s.AgentID, AgentName: s.AgentName, EarnedVersion: optional(s.EarnedVersion)}
}

func questionSuggestionOf(q *app.SuggestedQuestion) *SuggestedQuestion {
	if q == nil {
		return nil
	}
	return &SuggestedQuestion{Competency: q.Competency, CompetencyTitle: q.CompetencyTitle, Text: q.Text, Prescribed: q.Prescribed, Reason: q.Reason}
}

var kpiStatuses = map[string]KpiStatus{
	app.KpiExact: KpiStatusExact, app.KpiDiffers: KpiStatusDiffers, app.KpiAlternate: KpiStatusAlternate,
	app.KpiMissing: KpiStatusMissing, app.KpiFree: KpiStatusFree,
}

var priceStatuses = map[string]PriceStatus{
	app.PriceQuoted: PriceStatusQuoted, app.PriceNegotiated: PriceStatusNegotiated, app.PriceDiffers: PriceStatusDiffers,
	app.PriceNoQuote: PriceStatusNoQuote, app.PriceBelowMin: PriceStatusBelowMinimum,
}

func indicatorsOf(v app.Indicators) *Indicators {
	out := &Indicators{AttemptID: v.AttemptID, Kpis: []*KpiIndicator{}, CausesWithoutEvidence: []*CauseIndicator{},
		CausesNotAddressed: []*CauseIndicator{}, MissedCriticalFacts: []*MissedFact{}, MissedContradictions: []*MissedContradiction{},
		Questions: []*SuggestedQuestion{}}
	for _, k := range v.Kpis {
		ki := &KpiIndicator{KpiID: optional(k.KpiID), Label: k.Label, Unit: k.Unit, HigherIsBetter: k.HigherIsBetter, Written: k.Written,
			RowID: optional(k.RowID), Status: kpiStatuses[k.Status], AlternateAgent: optional(k.AlternateAgent),
			AlternateDefinition: optional(k.AlternateDefinition), FactEarned: k.FactEarned, Question: questionSuggestionOf(k.Question)}
		if k.Status != app.KpiFree {
			ki.TruthResult, ki.TruthTarget = ptr(k.TruthResult), ptr(k.TruthTarget)
		}
		if k.Written {
			ki.WrittenResult, ki.WrittenTarget = ptr(k.WrittenResult), ptr(k.WrittenTarget)
		}
		out.Kpis = append(out.Kpis, ki)
	}
	b := v.Budget
	out.Budget = &BudgetIndicator{Total: money(b.TotalCents), Envelope: money(b.EnvelopeCents), Overrun: money(b.OverrunCents),
		Lines: []*BudgetLineIndicator{}, Question: questionSuggestionOf(b.Question)}
	for _, l := range b.Lines {
		li := &BudgetLineIndicator{LineID: l.LineID, Label: l.Label, Supplier: l.Supplier, Quantity: l.Quantity, UnitPrice: money(l.UnitPriceCents),
			OfferID: optional(l.OfferID), OfferLabel: optional(l.OfferLabel), Status: priceStatuses[l.Status], Question: questionSuggestionOf(l.Question)}
		if l.OfferID != "" {
			li.Quoted, li.MinQuantity = money(l.QuotedCents), ptr(l.MinQty)
		}
		if l.NegotiatedCents > 0 {
			li.Negotiated = money(l.NegotiatedCents)
		}
		out.Budget.Lines = append(out.Budget.Lines, li)
	}
	in := v.Inclusive
	out.Inclusive = &InclusiveIndicator{Present: in.Present, ConceptMeasures: in.ConceptMeasures,
		CommunicationMeasures: nonNil(in.CommunicationMeasures), AccessibilityLines: nonNil(in.AccessibilityLines), Question: questionSuggestionOf(in.Question)}
	causes := func(list []app.CauseIndicator) []*CauseIndicator {
		out := []*CauseIndicator{}
		for _, c := range list {
			out = append(out, &CauseIndicator{CauseID: c.CauseID, Rank: c.Rank, Text: c.Text, Question: questionSuggestionOf(c.Question)})
		}
		return out
	}
	out.CausesWithoutEvidence, out.CausesNotAddressed = causes(v.CausesWithoutEvidence), causes(v.CausesNotAddressed)
	for _, f := range v.MissedCriticalFacts {
		out.MissedCriticalFacts = append(out.MissedCriticalFacts, &MissedFact{FactID: f.FactID, Text: f.Text, AgentID: f.AgentID,
			AgentName: f.AgentName, Topic: f.Topic, Question: questionSuggestionOf(f.Question)})
	}
	for _, c := range v.MissedContradictions {
		out.MissedContradictions = append(out.MissedContradictions, &MissedContradiction{A: sideOf(c.A), B: sideOf(c.B), Question: questionSuggestionOf(c.Question)})
	}
	for i := range v.Questions {
		out.Questions = append(out.Questions, questionSuggestionOf(&v.Questions[i]))
	}
	return out
}

func competencyOf(c app.CompetencyView) *Competency {
	return &Competency{ID: c.ID, Title: c.Title, Assessed: strings.ToLower(c.Assessed), Mandatory: c.Mandatory || c.ID == domain.PrescribedCompetency,
		Point: c.Point, Questions: nonNil(c.Questions)}
}
