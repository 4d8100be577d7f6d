// Package api is cellule's GraphQL API (gqlgen, schema first: *.graphqls
// in this folder). Resolvers only translate between GraphQL and the use
// cases of package app, which authorizes every call; the api never reads the
// store or the projections.
//
// Regenerate after a schema change with `make generate`; the generated files
// (generated.go, models_gen.go) are committed and generated_test.go fails
// when they are stale.
package api

import "cellule/app"

// Resolver is the root resolver.
type Resolver struct {
	app *app.App
}
