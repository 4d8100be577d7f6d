package attempt

import (
	"math"

	"cellule/domain"
)

// Verdict tells whether a KPI met its target.
type Verdict string

const (
	VerdictMet     Verdict = "met"
	VerdictMissed  Verdict = "missed"
	VerdictUnknown Verdict = "" // free-text indicator: direction unknown
)

// Gap is the computed gap of a KPI row.
//
// Sign convention: Absolute = Result − Target, so a negative gap means
// below target, whatever the indicator; whether that is bad is the Verdict
// (for a cost per lead, below target is good). Relative = Absolute / |Target|
// × 100, in percent of the target; it is undefined (HasRelative false)
// when the target is 0.
type Gap struct {
	Absolute    float64
	Relative    float64
	HasRelative bool
	// Unit of Absolute: the row's unit, except "%" which gives percentage
	// points ("pts"): 12 % against 20 % is −8 pts, and −40 % relative.
	Unit    string
	Verdict Verdict
}

// ComputeGap computes the gap of result against target in unit. Verdict is
// unknown; see State.RowGap for scenario KPIs.
func ComputeGap(result, target float64, unit string) Gap {
	g := Gap{Absolute: result - target, Unit: unit}
	if unit == "%" {
		g.Unit = "pts"
	}
	if target != 0 {
		g.Relative = g.Absolute / math.Abs(target) * 100
		g.HasRelative = true
	}
	return g
}

// RowGap computes a row's gap, with a verdict when the row is a scenario
// KPI (whose direction — higher or lower is better — the snapshot knows).
func (s State) RowGap(r domain.KpiRow) Gap {
	g := ComputeGap(r.Result, r.Target, r.Unit)
	if k, ok := s.Exam.KPI(r.KpiID); ok && r.KpiID != "" {
		met := r.Result >= r.Target
		if !k.HigherIsBetter {
			met = r.Result <= r.Target
		}
		g.Verdict = VerdictMissed
		if met {
			g.Verdict = VerdictMet
		}
	}
	return g
}

// String formats the gap in French: "−1 200 personnes (−24 %)",
// "−8 pts (−40 %)", "+0,5 /10".
func (g Gap) String() string {
	s := signed(g.Absolute, 2)
	s = domain.WithUnit(s, g.Unit)
	if g.HasRelative {
		s += " (" + domain.WithUnit(signed(g.Relative, 1), "%") + ")"
	}
	return s
}

func signed(f float64, decimals int) string {
	s := domain.FormatNumber(f, decimals)
	if s != "0" && f > 0 {
		return "+" + s
	}
	return s
}
