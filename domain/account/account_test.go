package account_test

import (
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/account"
	"cellule/domain/domaintest"
)

const hash = "$argon2id$v=19$m=65536,t=1,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"

var (
	t0    = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	staff = domain.UserRegistered{UserID: "s1", Role: domain.RoleStaff, Email: "chef@ecole.fr", DisplayName: "Claire", PasswordHash: hash, By: "setup", At: t0}
	cand  = domain.UserRegistered{UserID: "u1", Role: domain.RoleCandidate, Email: "lea@ecole.fr", DisplayName: "Léa", By: "s1", At: t0}
	off   = domain.UserDisabled{Reason: "Départ", By: "s1", At: t0}
)

func evs(e ...domain.Event) []domain.Event { return e }

func TestAccount(t *testing.T) {
	reg := account.RegisterUser{UserID: "s1", Role: domain.RoleStaff, Email: " Chef@Ecole.fr", DisplayName: "Claire", PasswordHash: hash, By: "setup", Now: t0}
	mut := func(f func(*account.RegisterUser)) account.RegisterUser { c := reg; f(&c); return c }
	domaintest.Run(t, account.Decider, []domaintest.Case[account.Command]{
		{Name: "registers staff with a normalised e-mail", When: reg, Then: evs(staff)},
		{Name: "registers a candidate without password", When: account.RegisterUser{UserID: "u1", Role: domain.RoleCandidate, Email: "lea@ecole.fr", DisplayName: "Léa", By: "s1", Now: t0}, Then: evs(cand)},
		{Name: "refuses a second registration", Given: evs(staff), When: reg, Refused: domain.CodeConflict},
		{Name: "refuses a clear-text password", When: mut(func(c *account.RegisterUser) { c.PasswordHash = "hunter2" }), Refused: domain.CodeInvalidInput, Field: "passwordHash"},
		{Name: "refuses staff without password", When: mut(func(c *account.RegisterUser) { c.PasswordHash = "" }), Refused: domain.CodeInvalidInput, Field: "passwordHash"},
		{Name: "refuses a candidate with a password", When: mut(func(c *account.RegisterUser) { c.Role = domain.RoleCandidate }), Refused: domain.CodeInvalidInput, Field: "passwordHash"},
		{Name: "refuses an unknown role", When: mut(func(c *account.RegisterUser) { c.Role = "admin" }), Refused: domain.CodeInvalidInput, Field: "role"},
		{Name: "refuses an invalid e-mail", When: mut(func(c *account.RegisterUser) { c.Email = "chef" }), Refused: domain.CodeInvalidInput, Field: "email"},
		{Name: "changes a password", Given: evs(staff), When: account.ChangePassword{PasswordHash: hash + "x", By: "s1", Now: t0},
			Then: evs(domain.PasswordChanged{PasswordHash: hash + "x", By: "s1", At: t0})},
		{Name: "a candidate has no password to change", Given: evs(cand), When: account.ChangePassword{PasswordHash: hash, By: "u1", Now: t0}, Refused: domain.CodeForbidden},
		{Name: "issues a candidate's access code", Given: evs(cand), When: account.IssueAccessCode{CodeHash: hash, By: "s1", Now: t0},
			Then: evs(domain.AccessCodeIssued{CodeHash: hash, By: "s1", At: t0})},
		{Name: "staff get no access code", Given: evs(staff), When: account.IssueAccessCode{CodeHash: hash, By: "s1", Now: t0}, Refused: domain.CodeForbidden},
		{Name: "refuses a clear-text access code", Given: evs(cand), When: account.IssueAccessCode{CodeHash: "ABCD-1234", By: "s1", Now: t0}, Refused: domain.CodeInvalidInput},
		{Name: "disables", Given: evs(cand), When: account.DisableUser{Reason: "Départ", By: "s1", Now: t0}, Then: evs(off)},
		{Name: "a disabled account accepts nothing", Given: evs(cand, off), When: account.IssueAccessCode{CodeHash: hash, By: "s1", Now: t0}, Refused: domain.CodeForbidden},
		{Name: "commands on a missing account are not found", When: account.DisableUser{Reason: "x", By: "s1", Now: t0}, Refused: domain.CodeNotFound},
	})
	s := account.Decider.Fold(evs(cand, domain.AccessCodeIssued{CodeHash: hash}, off))
	if !s.Disabled || s.CodeHash != hash || s.Email != "lea@ecole.fr" || s.Role != domain.RoleCandidate {
		t.Errorf("state %+v", s)
	}
}
