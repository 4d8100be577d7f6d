package exam

import (
	"fmt"
	"time"

	"cellule/domain"
)

// Decide returns the events a command produces, or a *domain.Error.
func Decide(s State, c Command) ([]domain.Event, error) {
	if sc, ok := c.(ScheduleExam); ok {
		return scheduleExam(s, sc)
	}
	if !s.Scheduled {
		return nil, domain.NotFound("examId", "Session d'examen introuvable.")
	}
	switch c := c.(type) {
	case EnrolCandidate:
		return enrol(s, c)
	case GrantAccommodation:
		return grantAccommodation(s, c)
	case AssignJury:
		return assignJury(s, c)
	case UnassignJury:
		return unassignJury(s, c)
	case AdjustSchedule:
		return adjustSchedule(s, c)
	}
	return nil, domain.Invalid("", fmt.Sprintf("Commande inconnue : %T.", c))
}

func scheduleExam(s State, c ScheduleExam) ([]domain.Event, error) {
	if s.Scheduled {
		return nil, domain.Conflict("examId", "Cette session d'examen existe déjà.")
	}
	if err := domain.FirstError(
		domain.CheckID("examId", c.ExamID),
		domain.CheckID("scenarioId", c.ScenarioID),
		domain.CheckText("scenarioVersion", c.ScenarioVersion, domain.MaxShortText, false),
		domain.CheckText("title", c.Title, domain.MaxShortText, true),
		domain.CheckID("by", c.By),
	); err != nil {
		return nil, err
	}
	if !c.Mode.Valid() {
		return nil, domain.Invalid("mode", "Mode inconnu : « certification » ou « practice » attendu.")
	}
	sched := c.Schedule.UTC()
	if err := sched.Validate(); err != nil {
		return nil, err
	}
	if !sched.J2End.After(c.Now) {
		return nil, domain.Invalid("schedule.j2End", "Cette session serait déjà terminée.")
	}
	envelope, err := domain.EurosToCents("envelopeEuros", c.EnvelopeEuros, domain.MaxEnvelopeEuros)
	if err != nil {
		return nil, err
	}
	if envelope == 0 {
		return nil, domain.Invalid("envelopeEuros", "L'enveloppe budgétaire doit être positive.")
	}
	if err := checkAgents(c.Agents); err != nil {
		return nil, err
	}
	if err := checkKPIs(c.KPIs); err != nil {
		return nil, err
	}
	return []domain.Event{domain.ExamScheduled{
		ExamID: c.ExamID,
		Exam: domain.ExamSnapshot{
			ScenarioID: c.ScenarioID, ScenarioVersion: c.ScenarioVersion, Title: c.Title,
			Mode: c.Mode, Schedule: sched, EnvelopeCents: envelope,
			Agents: c.Agents, KPIs: c.KPIs,
		},
		OwnerID: c.By,
		At:      c.Now.UTC(),
	}}, nil
}

func checkAgents(agents []domain.AgentInfo) error {
	if len(agents) == 0 {
		return domain.Invalid("agents", "Le scénario n'a aucun agent.")
	}
	if len(agents) > domain.MaxListLen {
		return domain.Invalid("agents", "Trop d'agents.")
	}
	seen := map[string]bool{}
	for _, a := range agents {
		if err := domain.FirstError(
			domain.CheckID("agents.id", a.ID),
			domain.CheckText("agents.name", a.Name, domain.MaxShortText, true),
		); err != nil {
			return err
		}
		if seen[a.ID] {
			return domain.Invalid("agents.id", "Agent en double : "+a.ID+".")
		}
		seen[a.ID] = true
		if a.Kind != "team" && a.Kind != "supplier" {
			return domain.Invalid("agents.kind", "Type d'agent inconnu : « team » ou « supplier » attendu.")
		}
		if len(a.Days) == 0 || len(a.Days) > 3 {
			return domain.Invalid("agents.days", "L'agent "+a.ID+" doit être disponible au moins un jour.")
		}
		for _, d := range a.Days {
			if d != domain.J1 && d != domain.J2 && d != domain.J3 {
				return domain.Invalid("agents.days", "Jour inconnu : J1, J2 ou J3 attendu.")
			}
		}
	}
	return nil
}

func checkKPIs(kpis []domain.KPIInfo) error {
	if len(kpis) > domain.MaxListLen {
		return domain.Invalid("kpis", "Trop d'indicateurs.")
	}
	seen := map[string]bool{}
	for _, k := range kpis {
		if err := domain.FirstError(
			domain.CheckID("kpis.id", k.ID),
			domain.CheckText("kpis.label", k.Label, domain.MaxShortText, true),
			domain.CheckText("kpis.unit", k.Unit, domain.MaxShortText, false),
		); err != nil {
			return err
		}
		if seen[k.ID] {
			return domain.Invalid("kpis.id", "Indicateur en double : "+k.ID+".")
		}
		seen[k.ID] = true
	}
	return nil
}

func enrol(s State, c EnrolCandidate) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckID("candidateId", c.CandidateID),
		domain.CheckID("attemptId", c.AttemptID),
		domain.CheckText("displayName", c.DisplayName, domain.MaxShortText, true),
		domain.CheckExtraTime("extraTimePct", c.ExtraTimePct),
		domain.CheckID("by", c.By),
	); err != nil {
		return nil, err
	}
	email, err := domain.NormaliseEmail("email", c.Email)
	if err != nil {
		return nil, err
	}
	if !c.Now.Before(s.Exam.Schedule.J2End) {
		return nil, domain.Conflict("", "Les journées de production sont terminées : inscription impossible.")
	}
	if _, dup := s.Candidates[c.CandidateID]; dup {
		return nil, domain.Conflict("candidateId", "Ce candidat est déjà inscrit.")
	}
	for _, o := range s.Candidates {
		if o.AttemptID == c.AttemptID {
			return nil, domain.Conflict("attemptId", "Cet identifiant de copie est déjà utilisé.")
		}
		if o.Email == email {
			return nil, domain.Conflict("email", "Un candidat inscrit utilise déjà cette adresse e-mail.")
		}
	}
	return []domain.Event{domain.CandidateEnrolled{
		ExamID: s.ExamID, CandidateID: c.CandidateID, DisplayName: c.DisplayName, Email: email,
		ExtraTimePct: c.ExtraTimePct, AttemptID: c.AttemptID, By: c.By, At: c.Now.UTC(),
	}}, nil
}

func grantAccommodation(s State, c GrantAccommodation) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckID("candidateId", c.CandidateID),
		domain.CheckExtraTime("extraTimePct", c.ExtraTimePct),
		domain.CheckText("reason", c.Reason, domain.MaxShortText, true),
		domain.CheckID("by", c.By),
	); err != nil {
		return nil, err
	}
	cand, ok := s.Candidates[c.CandidateID]
	if !ok {
		return nil, domain.NotFound("candidateId", "Candidat introuvable dans cette session.")
	}
	if cand.ExtraTimePct == c.ExtraTimePct {
		return nil, domain.Conflict("extraTimePct", "Ce temps supplémentaire est déjà accordé.")
	}
	sched := s.Exam.Schedule
	// Past the candidate's deadline the report is locked: extra time granted
	// then would reopen it, and shrinking it must not lock it in the past.
	if !c.Now.Before(sched.Deadline(cand.ExtraTimePct)) || !c.Now.Before(sched.Deadline(c.ExtraTimePct)) {
		return nil, domain.Conflict("extraTimePct", "Trop tard : l'échéance de ce candidat serait déjà dépassée.")
	}
	return []domain.Event{domain.AccommodationGranted{
		ExamID: s.ExamID, CandidateID: c.CandidateID, AttemptID: cand.AttemptID,
		ExtraTimePct: c.ExtraTimePct, Reason: c.Reason, By: c.By, At: c.Now.UTC(),
	}}, nil
}

func assignJury(s State, c AssignJury) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckID("juryId", c.JuryID),
		domain.CheckID("candidateId", c.CandidateID),
		domain.CheckID("by", c.By),
	); err != nil {
		return nil, err
	}
	cand, ok := s.Candidates[c.CandidateID]
	if !ok {
		return nil, domain.NotFound("candidateId", "Candidat introuvable dans cette session.")
	}
	if c.JuryID == c.CandidateID {
		return nil, domain.Invalid("juryId", "Un candidat ne peut pas être son propre jury.")
	}
	slot := c.OralSlot.UTC()
	sched := s.Exam.Schedule
	if slot.Before(sched.J3Start) || slot.Add(OralDuration).After(sched.J3End) {
		return nil, domain.Invalid("oralSlot", "Le créneau d'oral doit tenir dans la journée J3.")
	}
	if cur, assigned := cand.Juries[c.JuryID]; assigned && cur.Equal(slot) {
		return nil, domain.Conflict("juryId", "Ce membre du jury est déjà assigné à ce candidat sur ce créneau.")
	}
	for _, id := range s.Order {
		other := s.Candidates[id]
		if other.CandidateID == c.CandidateID {
			continue
		}
		if t, ok := other.Juries[c.JuryID]; ok && overlaps(t, slot) {
			return nil, domain.Conflict("oralSlot", "Ce membre du jury a déjà un oral sur ce créneau.")
		}
	}
	return []domain.Event{domain.JuryAssigned{
		ExamID: s.ExamID, JuryID: c.JuryID, CandidateID: c.CandidateID, OralSlot: slot, By: c.By, At: c.Now.UTC(),
	}}, nil
}

func overlaps(a, b time.Time) bool {
	return a.Before(b.Add(OralDuration)) && b.Before(a.Add(OralDuration))
}

func unassignJury(s State, c UnassignJury) ([]domain.Event, error) {
	if err := domain.FirstError(domain.CheckID("juryId", c.JuryID), domain.CheckID("candidateId", c.CandidateID), domain.CheckID("by", c.By)); err != nil {
		return nil, err
	}
	cand, ok := s.Candidates[c.CandidateID]
	if !ok {
		return nil, domain.NotFound("candidateId", "Candidat introuvable dans cette session.")
	}
	if _, assigned := cand.Juries[c.JuryID]; !assigned {
		return nil, domain.NotFound("juryId", "Ce membre du jury n'est pas assigné à ce candidat.")
	}
	return []domain.Event{domain.JuryUnassigned{
		ExamID: s.ExamID, JuryID: c.JuryID, CandidateID: c.CandidateID, By: c.By, At: c.Now.UTC(),
	}}, nil
}

func adjustSchedule(s State, c AdjustSchedule) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckText("reason", c.Reason, domain.MaxShortText, true),
		domain.CheckID("by", c.By),
	); err != nil {
		return nil, err
	}
	next := c.Schedule.UTC()
	if err := next.Validate(); err != nil {
		return nil, err
	}
	cur := s.Exam.Schedule
	if next == cur {
		return nil, domain.Conflict("schedule", "Le calendrier est inchangé.")
	}
	if !c.Now.Before(cur.J2End) {
		// Production is over: only the oral day may still move, otherwise
		// a report could be reopened (or locked retroactively).
		if !next.J1Start.Equal(cur.J1Start) || !next.J1End.Equal(cur.J1End) ||
			!next.J2Start.Equal(cur.J2Start) || !next.J2End.Equal(cur.J2End) {
			return nil, domain.Conflict("schedule", "Les journées J1 et J2 sont terminées : seule la journée J3 peut encore être déplacée.")
		}
	} else if !next.J2End.After(c.Now) {
		return nil, domain.Invalid("schedule.j2End", "La nouvelle fin de J2 est déjà passée.")
	}
	return []domain.Event{domain.ScheduleAdjusted{
		ExamID: s.ExamID, Schedule: next, Reason: c.Reason, By: c.By, At: c.Now.UTC(),
	}}, nil
}
