package server

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"cellule/app"
	"cellule/domain"
	"cellule/simulate"
)

// The demo: a certification session on the flagship scenario whose J1 is
// open now, a practice session where part of the cohort has already
// submitted (so the jury has locked reports to read), a staff account, a
// jury account assigned to candidates of both, and three candidates left
// untouched for the visitor. Everything is created through the use cases
// (and the cohort through the GraphQL API), exactly as real users would.

const (
	demoScenario     = "vitalia"
	demoStaffEmail   = "equipe@demo.cellule.test"
	demoJuryEmail    = "jury@demo.cellule.test"
	demoCredentials  = "demo-credentials.json"
	demoPasswordSize = 16
)

// demoVisitors are the three candidates printed for the visitor.
var demoVisitors = []string{"Camille Martin", "Yanis Benali", "Léa Dubois"}

// demoCohort are the simulated candidates and how far each goes: J1
// stages in the certification session, J2 and submission in the practice one.
var demoCohort = []struct {
	name     string
	practice bool
	stage    simulate.Stage
}{
	{"Inès Garnier", false, simulate.StageLogin},
	{"Hugo Lefèvre", false, simulate.StageQuestions},
	{"Manon Roux", false, simulate.StageQuestions},
	{"Lucas Fontaine", false, simulate.StageS1},
	{"Chloé Mercier", false, simulate.StageS1},
	{"Nathan Girard", false, simulate.StageS1},
	{"Sarah Lambert", true, simulate.StageS2},
	{"Théo Bonnet", true, simulate.StageS2},
	{"Emma Chevalier", true, simulate.StageSubmit},
	{"Louis Perrin", true, simulate.StageSubmit},
	{"Jade Morel", true, simulate.StageSubmit},
	{"Adam Faure", true, simulate.StageSubmit},
}

// demoFile is what the demo keeps in the data directory (mode 0600) so that
// each start prints the same working credentials: passwords and access
// codes are stored hashed in the events and cannot be shown again.
type demoFile struct {
	CreatedAt     time.Time       `json:"createdAt"`
	StaffEmail    string          `json:"staffEmail"`
	StaffPassword string          `json:"staffPassword"`
	JuryEmail     string          `json:"juryEmail"`
	JuryPassword  string          `json:"juryPassword"`
	Candidates    []demoCandidate `json:"candidates"`
	CohortDone    bool            `json:"cohortDone"`
}

type demoCandidate struct {
	Name string `json:"name"`
	Code string `json:"code"`
}

// Demo seeds the demo once (later starts only print the credentials) and
// fills the cohort by running simulated candidates against baseURL.
func (s *Server) Demo(ctx context.Context, baseURL string, stdout io.Writer) error {
	path := filepath.Join(s.cfg.DataDir, demoCredentials)
	df, err := readDemoFile(path)
	switch {
	case err == nil:
	case errors.Is(err, os.ErrNotExist):
		if df, err = s.seedDemo(ctx, path); err != nil {
			return err
		}
	default:
		return err
	}
	printDemo(stdout, baseURL, path, df)
	if df.CohortDone {
		return nil
	}
	return s.demoCohort(ctx, baseURL, path, df, stdout)
}

func readDemoFile(path string) (*demoFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var df demoFile
	if err := json.Unmarshal(data, &df); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &df, nil
}

func writeDemoFile(path string, df *demoFile) error {
	data, err := json.MarshalIndent(df, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func (s *Server) seedDemo(ctx context.Context, path string) (*demoFile, error) {
	a := s.app
	df := &demoFile{CreatedAt: time.Now().UTC(), StaffEmail: demoStaffEmail, JuryEmail: demoJuryEmail,
		StaffPassword: password(), JuryPassword: password()}
	staff, err := a.AddUser(ctx, app.System, app.AddUserInput{CommandID: "demo-staff", Role: domain.RoleStaff,
		Email: df.StaffEmail, DisplayName: "Équipe pédagogique (démo)", Password: df.StaffPassword})
	if errors.Is(err, domain.ErrConflict) {
		return nil, fmt.Errorf("the demo accounts exist but %s is missing: its passwords cannot be shown again (start with an empty --data to reseed)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("demo staff: %w", err)
	}
	jury, err := a.AddUser(ctx, app.System, app.AddUserInput{CommandID: "demo-jury", Role: domain.RoleJury,
		Email: df.JuryEmail, DisplayName: "Membre du jury (démo)", Password: df.JuryPassword})
	if err != nil {
		return nil, fmt.Errorf("demo jury: %w", err)
	}
	sess, err := a.Login(ctx, app.LoginInput{Email: df.StaffEmail, Password: df.StaffPassword, ClientKey: "demo"})
	if err != nil {
		return nil, fmt.Errorf("demo staff login: %w", err)
	}
	actor, err := a.Authenticate(ctx, sess.Token)
	if err != nil {
		return nil, err
	}
	_ = a.Logout(ctx, sess.Token)

	sched := demoSchedule(s.now())
	certID, err := s.demoExam(ctx, actor, "demo-exam-certification", "Vitalia — session de démonstration", domain.ModeCertification, sched)
	if err != nil {
		return nil, err
	}
	practiceID, err := s.demoExam(ctx, actor, "demo-exam-practice", "Vitalia — entraînement (démonstration)", domain.ModePractice, sched)
	if err != nil {
		return nil, err
	}
	slot := sched.J3Start
	enrol := func(examID, name string, i int, assign bool) (string, error) {
		e, err := a.EnrolCandidate(ctx, actor, app.EnrolCandidateInput{CommandID: fmt.Sprintf("demo-enrol-%s-%d", examID, i),
			ExamID: examID, Email: fmt.Sprintf("candidat%02d@demo.cellule.test", i), DisplayName: name})
		if err != nil {
			return "", fmt.Errorf("enrol %s: %w", name, err)
		}
		if assign {
			if _, err := a.AssignJury(ctx, actor, app.AssignJuryInput{CommandID: fmt.Sprintf("demo-jury-%d", i),
				ExamID: examID, JuryID: jury.UserID, CandidateID: e.CandidateID, OralSlot: slot}); err != nil {
				return "", fmt.Errorf("assign the jury to %s: %w", name, err)
			}
			slot = slot.Add(30 * time.Minute)
		}
		return e.AccessCode, nil
	}
	for i, name := range demoVisitors {
		code, err := enrol(certID, name, i+1, true)
		if err != nil {
			return nil, err
		}
		df.Candidates = append(df.Candidates, demoCandidate{Name: name, Code: code})
	}
	for i, c := range demoCohort {
		exam := certID
		if c.practice {
			exam = practiceID
		}
		code, err := enrol(exam, c.name, len(demoVisitors)+i+1, c.practice)
		if err != nil {
			return nil, err
		}
		df.Candidates = append(df.Candidates, demoCandidate{Name: c.name, Code: code})
	}
	_ = staff
	if err := writeDemoFile(path, df); err != nil {
		return nil, fmt.Errorf("save the demo credentials: %w", err)
	}
	return df, nil
}

func (s *Server) now() time.Time {
	if s.cfg.Clock != nil {
		return s.cfg.Clock()
	}
	return time.Now()
}

// demoSchedule opens J1 now: it started at the last full hour and lasts
// the scenario's 7 hours; J2 the next day, the orals the day after.
func demoSchedule(now time.Time) domain.Schedule {
	h0 := now.UTC().Truncate(time.Hour)
	day := 24 * time.Hour
	return domain.Schedule{
		J1Start: h0, J1End: h0.Add(7 * time.Hour),
		J2Start: h0.Add(day), J2End: h0.Add(day + 7*time.Hour),
		J3Start: h0.Add(2 * day), J3End: h0.Add(2*day + 9*time.Hour),
	}
}

func (s *Server) demoExam(ctx context.Context, actor app.Actor, id, title string, mode domain.Mode, sched domain.Schedule) (string, error) {
	out, err := s.app.CreateExam(ctx, actor, app.CreateExamInput{CommandID: id, ExamID: id, ScenarioID: demoScenario,
		Title: title, Mode: mode, Schedule: sched})
	if err != nil {
		return "", fmt.Errorf("demo session %s: %w", id, err)
	}
	return out.ID, nil
}

// demoCohort runs the simulated candidates through the API, then records
// that it is done so a restart does not run them again.
func (s *Server) demoCohort(ctx context.Context, baseURL, path string, df *demoFile, stdout io.Writer) error {
	var cands []simulate.Candidate
	for i, c := range demoCohort {
		cands = append(cands, simulate.Candidate{Code: df.Candidates[len(demoVisitors)+i].Code, Stage: c.stage})
	}
	fmt.Fprintf(stdout, "démo : %d candidats simulés passent l'épreuve par l'API…\n", len(cands))
	res, err := simulate.Run(ctx, simulate.Config{BaseURL: baseURL, Candidates: cands, QuestionsPerAgent: 2, Concurrency: 4, Seed: 1})
	if err != nil {
		return err
	}
	for _, e := range res.Errors {
		s.log.Warn("demo cohort: a simulated candidate failed", "err", e)
	}
	fmt.Fprintf(stdout, "démo : cohorte prête (%d questions, %d rapports déposés, %d échecs)\n", res.Questions, res.Submitted, res.Failed)
	df.CohortDone = true
	return writeDemoFile(path, df)
}

func printDemo(w io.Writer, baseURL, path string, df *demoFile) {
	fmt.Fprintf(w, "\nDémo cellule — %s\n", baseURL)
	fmt.Fprintf(w, "  Équipe pédagogique : %s  mot de passe %s\n", df.StaffEmail, df.StaffPassword)
	fmt.Fprintf(w, "  Jury               : %s  mot de passe %s\n", df.JuryEmail, df.JuryPassword)
	fmt.Fprintln(w, "  Candidats (code d'accès) :")
	for _, c := range df.Candidates[:min(len(demoVisitors), len(df.Candidates))] {
		fmt.Fprintf(w, "    %-16s %s\n", c.Name, c.Code)
	}
	fmt.Fprintf(w, "  (identifiants conservés dans %s)\n\n", path)
}

// password is a random demo password (base32, 80 bits).
func password() string { return rand.Text()[:demoPasswordSize] }
