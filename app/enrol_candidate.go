package app

import (
	"context"

	"cellule/domain"
	"cellule/domain/account"
	"cellule/domain/exam"
)

// EnrolCandidateInput enrols a candidate in a session.
type EnrolCandidateInput struct {
	CommandID    string
	ExamID       string
	Email        string
	DisplayName  string
	ExtraTimePct int
}

// Enrolment is the result of an enrolment.
type Enrolment struct {
	CandidateID string
	AttemptID   string
	// AccessCode is shown once and stored only hashed. It is empty when
	// the same command is sent again (use ReissueAccessCode).
	AccessCode string
}

// EnrolCandidate creates the candidate's account if the e-mail is new
// (reusing it otherwise), enrols them, opens their attempt and issues an
// access code. Staff, own session. CONFLICT e-mail of a staff or jury
// account, already enrolled, J2 over; INVALID_INPUT e-mail, name, extra
// time. Each step has its own command id derived from CommandID, so a
// retry after a failure in the middle completes the enrolment.
func (a *App) EnrolCandidate(ctx context.Context, actor Actor, in EnrolCandidateInput) (Enrolment, error) {
	if err := ensureCommandID(&in.CommandID); err != nil {
		return Enrolment{}, err
	}
	if err := a.authorizeExam(actor, in.ExamID); err != nil {
		return Enrolment{}, err
	}
	email, err := domain.NormaliseEmail("email", in.Email)
	if err != nil {
		return Enrolment{}, err
	}
	if err := domain.CheckText("displayName", in.DisplayName, domain.MaxShortText, true); err != nil {
		return Enrolment{}, err
	}
	if err := domain.CheckExtraTime("extraTimePct", in.ExtraTimePct); err != nil {
		return Enrolment{}, err
	}
	userID := userIDFor(email)
	now := a.now()
	if _, st, ok := a.user(userID); ok && st.Role != domain.RoleCandidate {
		return Enrolment{}, domain.Conflict("email", "Cette adresse e-mail appartient à un compte du personnel ou du jury.")
	} else if !ok {
		_, err := a.onAccount(ctx, actor, userID, in.CommandID+":register", in.CommandID, account.RegisterUser{
			UserID: userID, Role: domain.RoleCandidate, Email: email, DisplayName: in.DisplayName, By: actor.UserID, Now: now,
		})
		// CONFLICT: registered meanwhile by a concurrent enrolment: fine.
		if err != nil && domain.CodeOf(err) != domain.CodeConflict {
			return Enrolment{}, err
		}
	}
	attemptID := deriveID(in.CommandID+":attempt", "")
	_, err = run(ctx, a, a.exams, command[exam.State]{
		stream: domain.ExamStream(in.ExamID), id: in.CommandID + ":enrol", actor: actor, correlation: in.CommandID, causation: in.CommandID,
		decide: func(s exam.State) ([]domain.Event, error) {
			return exam.Decide(s, exam.EnrolCandidate{CandidateID: userID, DisplayName: in.DisplayName, Email: email,
				ExtraTimePct: in.ExtraTimePct, AttemptID: attemptID, By: actor.UserID, Now: now})
		},
	})
	if err != nil {
		return Enrolment{}, err
	}
	if err := a.reconcileExam(ctx, in.ExamID); err != nil {
		return Enrolment{}, err
	}
	code, err := a.issueCode(ctx, actor, userID, in.CommandID+":code", in.CommandID)
	if err != nil {
		return Enrolment{}, err
	}
	return Enrolment{CandidateID: userID, AttemptID: attemptID, AccessCode: code}, nil
}

// issueCode issues a fresh access code; "" when this command id already
// issued one (the code was shown then and cannot be shown again).
func (a *App) issueCode(ctx context.Context, actor Actor, userID, commandID, correlation string) (string, error) {
	code := newAccessCode()
	out, err := a.onAccount(ctx, actor, userID, commandID, correlation, account.IssueAccessCode{
		CodeHash: a.cfg.CodeArgon2.hashCode(normaliseCode(code)), By: actor.UserID, Now: a.now(),
	})
	if err != nil {
		return "", err
	}
	if out.replayed {
		return "", nil
	}
	return code, nil
}
