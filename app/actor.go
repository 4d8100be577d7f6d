package app

import "cellule/domain"

// Actor is who calls a use case: the authenticated user (see Authenticate).
type Actor struct {
	UserID string
	Role   domain.Role
}

// RoleSystem is the role of the command line and of the app's own
// background work (deadline lock, reconciliation): never a logged-in user.
const RoleSystem domain.Role = "system"

// System is the actor of the command line (`cellule user add`). The api
// layer never builds it: Authenticate only returns real accounts.
var System = Actor{UserID: "system", Role: RoleSystem}

// scheduler is the actor of the deadline lock and reconciliation.
var scheduler = Actor{UserID: "scheduler", Role: RoleSystem}

func (a Actor) is(r domain.Role) bool { return a.UserID != "" && a.Role == r }
