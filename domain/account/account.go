// Package account is the decider of a user account (stream user-<id>):
// registration with a role, password and access-code hashes, disabling.
//
// Secrets never reach the domain: the app hashes passwords and access
// codes with argon2id and passes the PHC string; the decider refuses
// anything else, so a clear-text secret cannot be stored by mistake.
// E-mail uniqueness spans streams and is the app's job (e.g. a reservation
// stream per normalised e-mail hash appended with NoStream).
package account

import (
	"fmt"
	"strings"
	"time"

	"cellule/domain"
)

// MaxHashLen bounds a PHC hash string.
const MaxHashLen = 512

// State of an account.
type State struct {
	Registered   bool
	UserID       string
	Role         domain.Role
	Email        string
	DisplayName  string
	PasswordHash string
	CodeHash     string
	Disabled     bool
	Version      int
}

// Initial is the state before the first event.
func Initial() State { return State{} }

// Decider bundles Initial, Decide and Evolve.
var Decider = domain.Decider[State, Command]{Initial: Initial, Decide: Decide, Evolve: Evolve}

// Evolve applies one event.
func Evolve(s State, e domain.Event) State {
	s.Version++
	switch e := e.(type) {
	case domain.UserRegistered:
		s.Registered, s.UserID, s.Role, s.Email, s.DisplayName, s.PasswordHash =
			true, e.UserID, e.Role, e.Email, e.DisplayName, e.PasswordHash
	case domain.PasswordChanged:
		s.PasswordHash = e.PasswordHash
	case domain.AccessCodeIssued:
		s.CodeHash = e.CodeHash
	case domain.UserDisabled:
		s.Disabled = true
	}
	return s
}

// Command is one of the command types of this package; By is the actor.
type Command interface {
	meta() (by string, now time.Time)
}

// RegisterUser creates the account. Staff and jury need a password hash;
// candidates have none (they receive an access code).
type RegisterUser struct {
	UserID       string
	Role         domain.Role
	Email        string
	DisplayName  string
	PasswordHash string
	By           string
	Now          time.Time
}

// ChangePassword replaces a staff or jury password hash.
type ChangePassword struct {
	PasswordHash string
	By           string
	Now          time.Time
}

// IssueAccessCode replaces a candidate's access code hash.
type IssueAccessCode struct {
	CodeHash string
	By       string
	Now      time.Time
}

// DisableUser disables the account.
type DisableUser struct {
	Reason string
	By     string
	Now    time.Time
}

func (c RegisterUser) meta() (string, time.Time)    { return c.By, c.Now }
func (c ChangePassword) meta() (string, time.Time)  { return c.By, c.Now }
func (c IssueAccessCode) meta() (string, time.Time) { return c.By, c.Now }
func (c DisableUser) meta() (string, time.Time)     { return c.By, c.Now }

// CheckHash accepts only an argon2id PHC string ("$argon2id$v=19$m=…").
func CheckHash(field, h string) error {
	if !strings.HasPrefix(h, "$argon2id$") || len(h) > MaxHashLen || strings.ContainsAny(h, " \t\r\n") || strings.Count(h, "$") != 5 {
		return domain.Invalid(field, "Empreinte de secret invalide (argon2id attendu).")
	}
	return nil
}

// Decide returns the events a command produces, or a *domain.Error.
func Decide(s State, c Command) ([]domain.Event, error) {
	by, now := c.meta()
	at := now.UTC()
	if err := domain.CheckID("by", by); err != nil {
		return nil, err
	}
	if r, ok := c.(RegisterUser); ok {
		return register(s, r, at)
	}
	if !s.Registered {
		return nil, domain.NotFound("userId", "Compte introuvable.")
	}
	if s.Disabled {
		return nil, domain.Forbidden("Ce compte est désactivé.")
	}
	switch c := c.(type) {
	case ChangePassword:
		if s.Role == domain.RoleCandidate {
			return nil, domain.Forbidden("Les candidats se connectent avec un code d'accès, sans mot de passe.")
		}
		if err := CheckHash("passwordHash", c.PasswordHash); err != nil {
			return nil, err
		}
		return []domain.Event{domain.PasswordChanged{PasswordHash: c.PasswordHash, By: by, At: at}}, nil
	case IssueAccessCode:
		if s.Role != domain.RoleCandidate {
			return nil, domain.Forbidden("Seuls les candidats reçoivent un code d'accès.")
		}
		if err := CheckHash("codeHash", c.CodeHash); err != nil {
			return nil, err
		}
		return []domain.Event{domain.AccessCodeIssued{CodeHash: c.CodeHash, By: by, At: at}}, nil
	case DisableUser:
		if err := domain.CheckText("reason", c.Reason, domain.MaxShortText, true); err != nil {
			return nil, err
		}
		return []domain.Event{domain.UserDisabled{Reason: c.Reason, By: by, At: at}}, nil
	}
	return nil, domain.Invalid("", fmt.Sprintf("Commande inconnue : %T.", c))
}

func register(s State, c RegisterUser, at time.Time) ([]domain.Event, error) {
	if s.Registered {
		return nil, domain.Conflict("userId", "Ce compte existe déjà.")
	}
	if err := domain.FirstError(
		domain.CheckID("userId", c.UserID),
		domain.CheckText("displayName", c.DisplayName, domain.MaxShortText, true),
	); err != nil {
		return nil, err
	}
	if !c.Role.Valid() {
		return nil, domain.Invalid("role", "Rôle inconnu : staff, jury ou candidate.")
	}
	email, err := domain.NormaliseEmail("email", c.Email)
	if err != nil {
		return nil, err
	}
	switch {
	case c.Role == domain.RoleCandidate && c.PasswordHash != "":
		return nil, domain.Invalid("passwordHash", "Les candidats se connectent avec un code d'accès, sans mot de passe.")
	case c.Role != domain.RoleCandidate:
		if err := CheckHash("passwordHash", c.PasswordHash); err != nil {
			return nil, err
		}
	}
	return []domain.Event{domain.UserRegistered{
		UserID: c.UserID, Role: c.Role, Email: email, DisplayName: c.DisplayName,
		PasswordHash: c.PasswordHash, By: c.By, At: at,
	}}, nil
}
