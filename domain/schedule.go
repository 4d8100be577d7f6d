package domain

import (
	"time"
)

// Mode of an exam session.
type Mode string

const (
	// ModeCertification: strict schedule, no feedback; the real exam.
	ModeCertification Mode = "certification"
	// ModePractice: self-paced (the candidate may open J2 early), feedback.
	ModePractice Mode = "practice"
)

// Valid reports whether m is a known mode.
func (m Mode) Valid() bool { return m == ModeCertification || m == ModePractice }

// Day of the exam, as scenario agents list them.
type Day string

const (
	J1 Day = "J1"
	J2 Day = "J2"
	J3 Day = "J3"
)

// Schedule is the timetable of an exam session. All times are UTC
// instants; every start is strictly before its end and the days do not
// overlap: J1End ≤ J2Start and J2End ≤ J3Start. J2End is the report
// deadline before accommodation.
type Schedule struct {
	J1Start time.Time `json:"j1Start"`
	J1End   time.Time `json:"j1End"`
	J2Start time.Time `json:"j2Start"`
	J2End   time.Time `json:"j2End"`
	J3Start time.Time `json:"j3Start"`
	J3End   time.Time `json:"j3End"`
}

// UTC returns the schedule with every time in UTC, so that events compare
// and serialise identically whatever the caller's time zone.
func (s Schedule) UTC() Schedule {
	return Schedule{s.J1Start.UTC(), s.J1End.UTC(), s.J2Start.UTC(), s.J2End.UTC(), s.J3Start.UTC(), s.J3End.UTC()}
}

// Validate checks the order of the six times.
func (s Schedule) Validate() error {
	type pair struct {
		field      string
		start, end time.Time
		message    string
	}
	checks := []pair{
		{"schedule.j1Start", time.Time{}, s.J1Start, "Le début de J1 est manquant."},
		{"schedule.j1End", s.J1Start, s.J1End, "La fin de J1 doit suivre son début."},
		{"schedule.j2Start", s.J1End, s.J2Start.Add(time.Nanosecond), "J2 ne peut pas commencer avant la fin de J1."},
		{"schedule.j2End", s.J2Start, s.J2End, "La fin de J2 doit suivre son début."},
		{"schedule.j3Start", s.J2End, s.J3Start.Add(time.Nanosecond), "J3 ne peut pas commencer avant la fin de J2."},
		{"schedule.j3End", s.J3Start, s.J3End, "La fin de J3 doit suivre son début."},
	}
	for _, c := range checks {
		if !c.start.Before(c.end) {
			return Invalid(c.field, c.message)
		}
	}
	return nil
}

// MaxExtraTimePct bounds an accommodation: 100 % doubles the time.
const MaxExtraTimePct = 100

// CheckExtraTime validates an extra-time percentage.
func CheckExtraTime(field string, pct int) error {
	if pct < 0 || pct > MaxExtraTimePct {
		return Invalid(field, "Le temps supplémentaire doit être compris entre 0 et 100 %.")
	}
	return nil
}

// extend returns end + (end − start) × pct / 100.
func extend(start, end time.Time, pct int) time.Time {
	return end.Add(end.Sub(start) * time.Duration(pct) / 100)
}

// Deadline is when the report locks at the latest: the end of J2 plus the
// candidate's extra time, computed on the length of J2 (a candidate with
// 33 % extra time on an 8-hour J2 gets 2 h 38 min 24 s more).
func (s Schedule) Deadline(extraPct int) time.Time {
	return extend(s.J2Start, s.J2End, extraPct)
}

// J1EndFor is when J1 ends for a candidate with extraPct: J1's end plus
// extra time on J1's length, but never after J2 starts.
func (s Schedule) J1EndFor(extraPct int) time.Time {
	e := extend(s.J1Start, s.J1End, extraPct)
	if e.After(s.J2Start) {
		return s.J2Start
	}
	return e
}
