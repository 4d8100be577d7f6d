package app

import (
	"context"
	"fmt"
	"time"

	"cellule/domain"
	"cellule/eventstore"
)

// ChangeKind names what a change-log entry records.
type ChangeKind string

// The changes of a session that staff review: each is an event of the
// session's stream, with who made it, when, and (for the schedule and
// extra time, where the domain requires one) why.
const (
	ChangeScheduled        ChangeKind = "scheduled"
	ChangeScheduleAdjusted ChangeKind = "schedule_adjusted"
	ChangeExtraTime        ChangeKind = "extra_time"
	ChangeJuryAssigned     ChangeKind = "jury_assigned"
	ChangeJuryUnassigned   ChangeKind = "jury_unassigned"
)

// ChangeEntry is one change of a session, newest first in ExamChangeLog.
type ChangeEntry struct {
	Kind   ChangeKind
	At     time.Time
	ByID   string
	ByName string // the account's display name ("" if unknown)
	Reason string
	// CandidateID/Name for extra time and jury changes.
	CandidateID   string
	CandidateName string
	ExtraTimePct  int
	// Schedule after the change (scheduled, adjusted); Previous before it
	// (adjusted only).
	Schedule *domain.Schedule
	Previous *domain.Schedule
	// JuryID/Name and OralSlot for jury changes.
	JuryID   string
	JuryName string
	OralSlot time.Time
}

// ExamChangeLog returns the changes of the session, newest first: its
// creation, every schedule adjustment and extra-time grant with its
// reason, and the jury assignments. Enrolments are not listed (the
// candidate list shows them). Staff, own session.
func (a *App) ExamChangeLog(ctx context.Context, actor Actor, examID string) ([]ChangeEntry, error) {
	if err := a.authorizeExam(actor, examID); err != nil {
		return nil, err
	}
	var out []ChangeEntry
	names := map[string]string{}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		v, _, _ := a.user(id)
		names[id] = v.DisplayName
		return v.DisplayName
	}
	var current domain.Schedule
	stream := domain.ExamStream(examID)
	for from := uint64(0); ; {
		batch, err := a.store.ReadStream(ctx, stream, eventstore.Forwards, from, 1000)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", stream, err)
		}
		for _, r := range batch {
			ev, err := domain.DecodeEvent(r.Type, r.Data)
			if err != nil {
				continue // a newer build's event: not a change this one can show
			}
			var c ChangeEntry
			switch e := ev.(type) {
			case domain.ExamScheduled:
				s := e.Exam.Schedule
				current = s
				c = ChangeEntry{Kind: ChangeScheduled, At: e.At, ByID: e.OwnerID, Schedule: &s}
			case domain.ScheduleAdjusted:
				s, prev := e.Schedule, current
				current = s
				c = ChangeEntry{Kind: ChangeScheduleAdjusted, At: e.At, ByID: e.By, Reason: e.Reason, Schedule: &s, Previous: &prev}
			case domain.AccommodationGranted:
				c = ChangeEntry{Kind: ChangeExtraTime, At: e.At, ByID: e.By, Reason: e.Reason, CandidateID: e.CandidateID, ExtraTimePct: e.ExtraTimePct}
			case domain.JuryAssigned:
				c = ChangeEntry{Kind: ChangeJuryAssigned, At: e.At, ByID: e.By, CandidateID: e.CandidateID, JuryID: e.JuryID, OralSlot: e.OralSlot}
			case domain.JuryUnassigned:
				c = ChangeEntry{Kind: ChangeJuryUnassigned, At: e.At, ByID: e.By, CandidateID: e.CandidateID, JuryID: e.JuryID}
			default:
				continue
			}
			c.ByName = name(c.ByID)
			if c.CandidateID != "" {
				c.CandidateName = name(c.CandidateID)
			}
			if c.JuryID != "" {
				c.JuryName = name(c.JuryID)
			}
			out = append(out, c)
		}
		if len(batch) < 1000 {
			break
		}
		from = batch[len(batch)-1].Revision + 1
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}
