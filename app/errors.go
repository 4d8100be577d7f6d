package app

import (
	"fmt"
	"time"

	"cellule/domain"
)

// App-level refusal codes, beside the domain's. They are domain.Code values
// so that the api layer maps every refusal the same way: domain.CodeOf(err)
// → extensions.code.
const (
	// CodeUnauthenticated: no valid session (bad, ended or expired token;
	// wrong credentials).
	CodeUnauthenticated domain.Code = "UNAUTHENTICATED"
	// CodeRateLimited: too many attempts in a window (logins, questions).
	CodeRateLimited domain.Code = "RATE_LIMITED"
)

// Sentinels for errors.Is.
var (
	ErrUnauthenticated = &domain.Error{Code: CodeUnauthenticated}
	ErrRateLimited     = &domain.Error{Code: CodeRateLimited}
)

func unauthenticated(message string) *domain.Error {
	return &domain.Error{Code: CodeUnauthenticated, Message: message}
}

func rateLimited(wait time.Duration) *domain.Error {
	minutes := int(wait.Round(time.Minute) / time.Minute)
	if minutes < 1 {
		minutes = 1
	}
	return &domain.Error{Code: CodeRateLimited, Message: fmt.Sprintf("Trop de tentatives : réessayez dans %d min.", minutes)}
}

// notFound: the id names nothing.
func notFound(field string) *domain.Error {
	return domain.NotFound(field, "Introuvable.")
}

// noAccess: the item exists but belongs to someone else (another
// candidate's attempt, a session of another staff member, a candidate not
// assigned to this jury member).
func noAccess() *domain.Error {
	return domain.Forbidden("Vous n'avez pas accès à cet élément.")
}

func forbidden() *domain.Error {
	return domain.Forbidden("Action non autorisée pour votre rôle.")
}
