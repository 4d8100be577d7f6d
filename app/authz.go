package app

import (
	"cellule/domain"
	"cellule/projections"
)

// Authorization rules (PRODUCT.md, issue 4 point 5), in one place:
//   - a candidate reaches only their own attempt;
//   - a jury member reaches only the candidates assigned to them, and their
//     report only once it is locked; their evaluation notes are their own
//     until deliberation (see evaluations_view.go);
//   - staff reach only the exam sessions they created.
// An id that names nothing answers NOT_FOUND; an existing attempt or
// session the actor may not reach answers FORBIDDEN (issue 4: "a second
// candidate gets FORBIDDEN on anything of the first"). That confirms the
// item exists, which leaks nothing: attempt and session ids are UUIDs
// derived from random command ids, never from names or e-mails.

// attemptRef is what authorization learnt of an attempt.
type attemptRef struct {
	ID          string
	ExamID      string
	CandidateID string
	Locked      bool
}

// access is what the caller wants to do with an attempt.
type access int

const (
	// candidateWrite: edit the report, ask questions. Candidate, own attempt.
	candidateWrite access = iota
	// liveRead: the attempt as it is now (view, conversation, answer
	// streams, updates). Candidate own; staff own session; jury assigned,
	// after the lock.
	liveRead
	// juryRead: the locked report, timeline, replay. Jury assigned after
	// the lock; staff own session.
	juryRead
	// evaluate: the jury's own evaluation. Jury assigned, after the lock.
	evaluate
)

func (a *App) lookupAttempt(id string) (attemptRef, bool) {
	var ref attemptRef
	ok := a.proj.ViewAttempt(id, func(p *projections.Attempt) {
		ref = attemptRef{ID: p.ID, ExamID: p.ExamID, CandidateID: p.CandidateID, Locked: p.State.Locked()}
	})
	return ref, ok
}

// authorizeAttempt checks that actor may do acc on attempt id.
func (a *App) authorizeAttempt(actor Actor, id string, acc access) (attemptRef, error) {
	if actor.UserID == "" {
		return attemptRef{}, unauthenticated("Connexion requise.")
	}
	if err := domain.CheckID("attemptId", id); err != nil {
		return attemptRef{}, err
	}
	ref, ok := a.lookupAttempt(id)
	switch actor.Role {
	case domain.RoleCandidate:
		if acc == juryRead || acc == evaluate {
			return attemptRef{}, forbidden()
		}
		if !ok {
			return attemptRef{}, notFound("attemptId")
		}
		if ref.CandidateID != actor.UserID {
			return attemptRef{}, noAccess()
		}
		return ref, nil
	case domain.RoleJury:
		if acc == candidateWrite {
			return attemptRef{}, forbidden()
		}
		if !ok {
			return attemptRef{}, notFound("attemptId")
		}
		if _, assigned := a.proj.JuryAssigned(actor.UserID, id); !assigned {
			return attemptRef{}, noAccess()
		}
		if !ref.Locked {
			return attemptRef{}, domain.Forbidden("Le rapport n'est pas encore remis : le jury le lira après le verrouillage.")
		}
		return ref, nil
	case domain.RoleStaff:
		if acc == candidateWrite || acc == evaluate {
			return attemptRef{}, forbidden()
		}
		if !ok {
			return attemptRef{}, notFound("attemptId")
		}
		if !a.ownsExam(actor, ref.ExamID) {
			return attemptRef{}, noAccess()
		}
		return ref, nil
	}
	return attemptRef{}, forbidden()
}

// ownsExam reports whether actor is the staff member who created the exam.
func (a *App) ownsExam(actor Actor, examID string) bool {
	owner := ""
	a.proj.ViewExam(examID, func(x *projections.Exam) { owner = x.State.OwnerID })
	return owner != "" && actor.is(domain.RoleStaff) && owner == actor.UserID
}

// examExists reports whether the exam session has been scheduled.
func (a *App) examExists(examID string) bool {
	return a.proj.ViewExam(examID, func(*projections.Exam) {})
}

// authorizeExam checks that actor is staff and owns the session.
func (a *App) authorizeExam(actor Actor, examID string) error {
	if actor.UserID == "" {
		return unauthenticated("Connexion requise.")
	}
	if actor.Role != domain.RoleStaff {
		return forbidden()
	}
	if err := domain.CheckID("examId", examID); err != nil {
		return err
	}
	if !a.examExists(examID) {
		return notFound("examId")
	}
	if !a.ownsExam(actor, examID) {
		return noAccess()
	}
	return nil
}

// requireRole checks the actor's role.
func requireRole(actor Actor, roles ...domain.Role) error {
	if actor.UserID == "" {
		return unauthenticated("Connexion requise.")
	}
	for _, r := range roles {
		if actor.Role == r {
			return nil
		}
	}
	return forbidden()
}
