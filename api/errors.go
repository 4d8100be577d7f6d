package api

import (
	"context"
	"errors"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"cellule/domain"
)

// Codes of extensions.code besides the refusals of domain and app. A
// document the server will not run (malformed, invalid against the schema,
// too deep, too complex, too large) is INVALID_INPUT with the precise
// problem in extensions.reason; anything unexpected is INTERNAL.
const (
	CodeInternal = "INTERNAL"

	ReasonParse      = errcode.ParseFailed      // GRAPHQL_PARSE_FAILED
	ReasonValidation = errcode.ValidationFailed // GRAPHQL_VALIDATION_FAILED
	ReasonComplexity = "COMPLEXITY_LIMIT_EXCEEDED"
	ReasonDepth      = "DEPTH_LIMIT_EXCEEDED"
	ReasonTooLarge   = "DOCUMENT_TOO_LARGE"
)

// internalMessage is all a client learns of an internal error.
const internalMessage = "Erreur interne : réessayez dans un instant."

// presentError maps an error to what the client sees: a refusal
// (*domain.Error, including app's UNAUTHENTICATED and RATE_LIMITED) keeps
// its code, French message and field; a document error becomes
// INVALID_INPUT; anything else is hidden behind INTERNAL and logged with
// its path only (no arguments: they may hold personal data).
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var refusal *domain.Error
		if errors.As(err, &refusal) {
			gerr.Message = refusal.Message
			if gerr.Message == "" {
				gerr.Message = string(refusal.Code)
			}
			gerr.Extensions = map[string]any{"code": string(refusal.Code)}
			if refusal.Field != "" {
				gerr.Extensions["field"] = refusal.Field
			}
			return gerr
		}
		// Errors gqlgen raises itself about the document carry a code.
		if code, ok := gerr.Extensions["code"].(string); ok && gerr.Err == nil {
			gerr.Extensions = map[string]any{"code": string(domain.CodeInvalidInput), "reason": code}
			return gerr
		}
		if errors.Is(err, context.Canceled) {
			log.DebugContext(ctx, "graphql: request cancelled", "path", gerr.Path.String())
		} else {
			log.ErrorContext(ctx, "graphql: internal error", "path", gerr.Path.String(), "err", err)
		}
		return &gqlerror.Error{
			Message:    internalMessage,
			Path:       gerr.Path,
			Extensions: map[string]any{"code": CodeInternal},
		}
	}
}

// recoverPanic turns a resolver panic into an internal error (logged).
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql: panic in resolver", "panic", p)
		return errors.New("panic in resolver")
	}
}
