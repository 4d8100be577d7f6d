package app

import (
	"context"
	"sort"

	"cellule/domain"
	"cellule/projections"
)

// ListUsers lists the staff or jury accounts (to pick jury members);
// candidates are listed per session (Exam). Staff only.
func (a *App) ListUsers(ctx context.Context, actor Actor, role domain.Role) ([]UserView, error) {
	if err := requireRole(actor, domain.RoleStaff); err != nil {
		return nil, err
	}
	if role != domain.RoleStaff && role != domain.RoleJury {
		return nil, domain.Invalid("role", "Rôle invalide : staff ou jury.")
	}
	var out []UserView
	a.proj.EachUser(func(u *projections.User) {
		if u.State.Role == role {
			out = append(out, userView(u))
		}
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Email < out[j].Email })
	return out, nil
}
