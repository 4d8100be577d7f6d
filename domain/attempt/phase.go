package attempt

import (
	"time"

	"cellule/domain"
)

// Phase of an attempt at an instant, derived from the schedule, the
// candidate's extra time and the lock. It is never stored: the schedule can
// change, so it is computed at every decision.
type Phase string

const (
	PhaseNotStarted Phase = "not_started" // before J1 starts
	PhaseJ1         Phase = "J1"
	PhaseBreak      Phase = "break" // between the end of J1 and the start of J2
	PhaseJ2         Phase = "J2"
	PhaseClosed     Phase = "closed" // locked or past the deadline: J3 and after
)

// PhaseAt derives the phase at now:
//   - closed once the report is locked or now ≥ Deadline();
//   - before J1Start: not started;
//   - J1 until J1's end plus the candidate's extra time on J1 (capped at J2's start);
//   - break until J2Start (unless a practice candidate opened J2 early);
//   - J2 until the deadline.
func (s State) PhaseAt(now time.Time) Phase {
	sc := s.Exam.Schedule
	switch {
	case s.Locked() || !now.Before(s.Deadline()):
		return PhaseClosed
	case now.Before(sc.J1Start):
		return PhaseNotStarted
	case !s.J2OpenedEarly.IsZero() && !now.Before(s.J2OpenedEarly):
		return PhaseJ2
	case now.Before(sc.J1EndFor(s.ExtraTimePct)):
		return PhaseJ1
	case now.Before(sc.J2Start):
		return PhaseBreak
	}
	return PhaseJ2
}

// Day maps an open phase to its exam day ("" when closed or not started).
func (p Phase) Day() domain.Day {
	switch p {
	case PhaseJ1:
		return domain.J1
	case PhaseJ2:
		return domain.J2
	}
	return ""
}

// Label is the French name of the phase, for messages.
func (p Phase) Label() string {
	switch p {
	case PhaseNotStarted:
		return "l'épreuve n'a pas commencé"
	case PhaseJ1:
		return "jour 1"
	case PhaseBreak:
		return "entre le jour 1 et le jour 2"
	case PhaseJ2:
		return "jour 2"
	}
	return "épreuve close"
}
