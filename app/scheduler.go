package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections"
)

// The deadline scheduler and the reconciler read the projections only, so
// they need no state of their own and survive restarts: whatever is due
// when the process starts is done on the first tick.

// runScheduler ticks until ctx ends.
func (a *App) runScheduler(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := a.LockDue(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("deadline scheduler", "err", err)
		}
		if err := a.reconcileAll(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("reconciler", "err", err)
		}
		a.recheckSessions("") // expiry of the sessions of open WebSockets
		a.evictIdleStreams(time.Now().Add(-idleStreamTTL))
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// idleStreamTTL is how long the command pipeline keeps a stream nobody
// writes to (see kind.evictIdle).
const idleStreamTTL = 30 * time.Minute

// evictIdleStreams forgets the pipeline's streams unused since before.
func (a *App) evictIdleStreams(before time.Time) int {
	return a.attempts.evictIdle(before) + a.exams.evictIdle(before) +
		a.accounts.evictIdle(before) + a.evaluations.evictIdle(before)
}

// LockDue locks every unlocked attempt whose deadline (with the
// candidate's extra time) has passed, and returns how many it locked. The
// command id is fixed per attempt ("deadline-lock-<attemptId>"), and the
// decider refuses a second lock, so an attempt is never locked twice, even
// by two replicas.
func (a *App) LockDue(ctx context.Context) (int, error) {
	now := a.now()
	var due []string
	a.proj.EachAttempt(func(p *projections.Attempt) {
		if !p.State.Locked() && !now.Before(p.State.Deadline()) {
			due = append(due, p.ID)
		}
	})
	n := 0
	var errs []error
	for _, id := range due {
		out, err := run(ctx, a, a.attempts, command[attempt.State]{
			stream: domain.AttemptStream(id), id: "deadline-lock-" + id, actor: scheduler,
			decide: func(s attempt.State) ([]domain.Event, error) {
				return attempt.Decide(s, attempt.LockAtDeadline{Now: now})
			},
		})
		switch {
		case err == nil && !out.replayed && out.Position > 0:
			n++
			a.log.Info("attempt locked at deadline", "attempt", id)
		case err == nil, errors.Is(err, domain.ErrLocked), errors.Is(err, domain.ErrConflict):
			// Locked meanwhile (the candidate submitted) or the deadline
			// moved: nothing to do.
		default:
			errs = append(errs, fmt.Errorf("lock %s: %w", id, err))
		}
	}
	return n, errors.Join(errs...)
}

func (a *App) reconcileAll(ctx context.Context) error {
	var ids []string
	a.proj.EachExam(func(x *projections.Exam) { ids = append(ids, x.ID) })
	var errs []error
	for _, id := range ids {
		if err := a.reconcileExam(ctx, id); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// reconcileExam brings the session's attempts in line with the session:
// it opens the attempt of an enrolment whose opening was not recorded,
// and propagates the schedule and each candidate's extra time to attempts
// that have not received them. The use cases call it right after their
// exam command; the scheduler calls it again on every tick, so a crash
// between the two appends never leaves the streams apart.
func (a *App) reconcileExam(ctx context.Context, examID string) error {
	type todo struct {
		attemptID string
		build     func(now time.Time) attempt.Command
		cmdID     string
	}
	type cand struct {
		attemptID, candidateID string
		extra                  int
	}
	var (
		snap    domain.ExamSnapshot
		version int
		cands   []cand
	)
	// Copy first, then look at the attempts: never hold two read locks of
	// the projections at once (a waiting writer would deadlock them).
	if !a.proj.ViewExam(examID, func(x *projections.Exam) {
		snap, version = x.State.Exam, x.State.Version
		for _, cid := range x.State.Order {
			c := x.State.Candidates[cid]
			cands = append(cands, cand{c.AttemptID, c.CandidateID, c.ExtraTimePct})
		}
	}) {
		return nil
	}
	var work []todo
	for _, c := range cands {
		attemptID, candidateID, extra := c.attemptID, c.candidateID, c.extra
		var (
			opened, locked bool
			sched          domain.Schedule
			attExtra       int
		)
		a.proj.ViewAttempt(attemptID, func(p *projections.Attempt) {
			opened, locked, sched, attExtra = true, p.State.Locked(), p.State.Exam.Schedule, p.State.ExtraTimePct
		})
		switch {
		case !opened:
			work = append(work, todo{attemptID, func(now time.Time) attempt.Command {
				return attempt.OpenAttempt{AttemptID: attemptID, ExamID: examID, CandidateID: candidateID,
					Exam: snap, ExtraTimePct: extra, Now: now}
			}, "open-attempt:" + attemptID})
		case locked:
		default:
			if !sameSchedule(sched, snap.Schedule) {
				s := snap.Schedule
				work = append(work, todo{attemptID, func(now time.Time) attempt.Command {
					return attempt.ChangeSchedule{Schedule: s, Reason: "Planning de la session ajusté", Now: now}
				}, fmt.Sprintf("sync-schedule:%s:%d", attemptID, version)})
			}
			if attExtra != extra {
				work = append(work, todo{attemptID, func(now time.Time) attempt.Command {
					return attempt.ChangeExtraTime{ExtraTimePct: extra, Reason: "Aménagement accordé", Now: now}
				}, fmt.Sprintf("sync-extra:%s:%d", attemptID, version)})
			}
		}
	}
	var errs []error
	for _, w := range work {
		cmd := w.build(a.now())
		_, err := run(ctx, a, a.attempts, command[attempt.State]{
			stream: domain.AttemptStream(w.attemptID), id: w.cmdID, actor: scheduler,
			decide: func(s attempt.State) ([]domain.Event, error) { return attempt.Decide(s, cmd) },
		})
		if err != nil && domain.CodeOf(err) == "" {
			errs = append(errs, fmt.Errorf("reconcile %s: %w", w.attemptID, err))
		} else if err != nil {
			// A refusal (e.g. the deadline would be past): the exam decider
			// applies the same rule, so this only happens on a race with
			// the deadline; the attempt keeps its state.
			a.log.Warn("reconcile refused", "attempt", w.attemptID, "code", domain.CodeOf(err))
		}
	}
	return errors.Join(errs...)
}

// sameSchedule compares instants (not time.Time representations).
func sameSchedule(x, y domain.Schedule) bool {
	return x.J1Start.Equal(y.J1Start) && x.J1End.Equal(y.J1End) && x.J2Start.Equal(y.J2Start) &&
		x.J2End.Equal(y.J2End) && x.J3Start.Equal(y.J3Start) && x.J3End.Equal(y.J3End)
}
