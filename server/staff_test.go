package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"cellule/server"
	"cellule/simulate"
)

// importResponse is the JSON of the import route.
type importResponse struct {
	Preview struct {
		Encoding     string
		Valid        int
		Invalid      int
		FileProblems []struct {
			Line    int
			Message string
		}
		Rows []struct {
			Line     int
			Email    string
			Problems []struct {
				Line    int
				Column  string
				Message string
			}
		}
	}
	Imported []struct {
		Line       int
		Email      string
		AccessCode string
	}
	AccessCodesCSV string `json:"accessCodesCsv"`
	Error          *struct{ Code, Field, Message string }
}

func postImport(t *testing.T, hc *http.Client, ts *testServer, examID, query string, body io.Reader, header http.Header) (int, importResponse) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, ts.url+"/api/exams/"+examID+"/candidates/import?"+query, body)
	req.Header.Set("Content-Type", "text/csv")
	for k, v := range header {
		req.Header[k] = v
	}
	res, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out importResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("import answer is not JSON: %v", err)
	}
	return res.StatusCode, out
}

// hideLength hides a reader's length, so the request is chunked and the
// server finds the size only by reading.
type hideLength struct{ io.Reader }

// The import route previews a malformed file line by line, imports
// nothing of it unless asked for the valid lines, refuses a 10 MB file
// (announced or chunked) and a UTF-16 one with a clear message, and is
// refused to the jury, candidates, anonymous callers and other sites.
func TestCandidateImportRoute(t *testing.T) {
	ts := startServer(t, t.TempDir(), &testClock{t: sched.J1Start.Add(-24 * time.Hour)}, nil, server.HTTPConfig{})
	s := seed(t, ts, 1)
	login := func(email string) *http.Client {
		return httpLogin(t, ts, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, vars{"e": email, "p": testPass})
	}
	staff, jury := login(staffEmail), login(juryEmail)
	cand := httpLogin(t, ts, `mutation($c: String!) { loginWithCode(code: $c) { user { id } } }`, vars{"c": s.codes[0]})
	candidates := func() int {
		var out struct {
			ExamSession struct{ Candidates []struct{ Email string } }
		}
		mustDo(t, s.staff, `query($id: ID!) { examSession(id: $id) { candidates { email } } }`, vars{"id": s.examID}, &out)
		return len(out.ExamSession.Candidates)
	}
	file := "nom;email;temps_supplementaire\nAna;ana@etu.fr;33\nBen;pas-une-adresse;\nChloé;ANA@etu.fr;\nDan;dan@etu.fr;250\nEve;eve@etu.fr;\n"

	status, p := postImport(t, staff, ts, s.examID, "mode=preview", strings.NewReader(file), nil)
	if status != 200 || p.Preview.Valid != 2 || p.Preview.Invalid != 3 || len(p.Preview.Rows) != 5 {
		t.Fatalf("preview: %d %+v", status, p.Preview)
	}
	wantProblems := map[int]string{3: "email", 4: "email", 5: "temps_supplementaire"}
	for _, r := range p.Preview.Rows {
		col, bad := wantProblems[r.Line]
		if bad != (len(r.Problems) == 1) || (bad && (r.Problems[0].Column != col || r.Problems[0].Line != r.Line || r.Problems[0].Message == "")) {
			t.Errorf("line %d: problems %+v", r.Line, r.Problems)
		}
	}

	status, p = postImport(t, staff, ts, s.examID, "mode=import", strings.NewReader(file), nil)
	if status != http.StatusUnprocessableEntity || p.Error == nil || p.Error.Code != "INVALID_INPUT" || len(p.Imported) != 0 || candidates() != 1 {
		t.Fatalf("import of a file with bad lines: %d %+v; %d candidates", status, p.Error, candidates())
	}

	status, p = postImport(t, staff, ts, s.examID, "mode=import&validOnly=1&commandId=imp-1", strings.NewReader(file), nil)
	if status != 200 || len(p.Imported) != 2 || candidates() != 3 {
		t.Fatalf("valid-only import: %d %+v", status, p)
	}
	if !strings.HasPrefix(p.AccessCodesCSV, "\ufeffNom;Adresse e-mail;Code d'accès") || !strings.Contains(p.AccessCodesCSV, p.Imported[0].AccessCode) {
		t.Fatalf("access codes CSV:\n%s", p.AccessCodesCSV)
	}
	loginCandidate(t, ts, p.Imported[0].AccessCode)

	big := bytes.Repeat([]byte("Nom Prénom;adresse@etu.fr;0\n"), 10<<20/28+1)
	for name, body := range map[string]io.Reader{"announced": bytes.NewReader(big), "chunked": hideLength{bytes.NewReader(big)}} {
		status, p = postImport(t, staff, ts, s.examID, "mode=import", body, nil)
		if status != http.StatusRequestEntityTooLarge || p.Error == nil || !strings.Contains(p.Error.Message, "trop volumineux : 2 Mo au plus") {
			t.Fatalf("10 MB file (%s): %d %+v", name, status, p.Error)
		}
	}
	status, p = postImport(t, staff, ts, s.examID, "mode=preview", bytes.NewReader([]byte{0xFF, 0xFE, 'n', 0}), nil)
	if status != 200 || len(p.Preview.FileProblems) != 1 || !strings.Contains(p.Preview.FileProblems[0].Message, "UTF-16") {
		t.Fatalf("UTF-16 file: %d %+v", status, p.Preview)
	}
	if candidates() != 3 {
		t.Fatalf("%d candidates after refused files, want 3", candidates())
	}

	for who, hc := range map[string]*http.Client{"jury": jury, "candidate": cand} {
		if status, p := postImport(t, hc, ts, s.examID, "mode=preview", strings.NewReader(file), nil); status != 403 || p.Error.Code != "FORBIDDEN" {
			t.Errorf("%s: %d %+v", who, status, p.Error)
		}
	}
	if status, _ := postImport(t, &http.Client{}, ts, s.examID, "mode=preview", strings.NewReader(file), nil); status != 401 {
		t.Errorf("anonymous: %d", status)
	}
	if status, _ := postImport(t, staff, ts, s.examID, "mode=import", strings.NewReader(file), http.Header{"Origin": {"http://ailleurs.example"}}); status != 403 {
		t.Errorf("cross-origin import: %d", status)
	}
	if candidates() != 3 {
		t.Fatalf("refused callers changed the session: %d candidates", candidates())
	}
}

// On a cohort run by `cellule simulate`'s engine over the API, the staff
// read the analytics through GraphQL and download the exports; jury and
// candidates get none of it.
func TestStaffAnalyticsAndExportsOnASimulatedCohort(t *testing.T) {
	clk := &testClock{t: duringJ1}
	ts := startServer(t, t.TempDir(), clk, nil, server.HTTPConfig{})
	const n = 6
	s := seed(t, ts, n)
	var cands []simulate.Candidate
	for _, c := range s.codes {
		cands = append(cands, simulate.Candidate{Code: c, Stage: simulate.StageS1})
	}
	res, err := simulate.Run(context.Background(), simulate.Config{BaseURL: ts.url, Candidates: cands, QuestionsPerAgent: 2, Concurrency: 3, Seed: 3})
	if err != nil || res.Failed != 0 {
		t.Fatalf("simulate: %v %+v", err, res)
	}

	var out struct {
		ExamAnalytics struct {
			Questions struct {
				Total int
				Items []struct{ Text, AgentID string }
			}
			Candidates []struct {
				Questions   int
				FactsEarned int
			}
			Agents []struct {
				AgentID   string
				Questions int
			}
			Facts         []struct{ FactID, Text string }
			Distributions []struct {
				Metric string
				N      int
				Bins   []struct{ Count int }
			}
		}
		ExamLive struct {
			Questions  int
			Candidates []struct{ Questions int }
		}
	}
	doc := `query($id: ID!) {
		examAnalytics(examId: $id) {
			questions(limit: 5, sort: SPECIFICITY, desc: true) { total items { text agentId } }
			candidates { questions factsEarned }
			agents { agentId questions }
			facts(rareThreshold: 0.5) { factId text }
			distributions { metric n bins { count } }
		}
		examLive(examId: $id) { questions candidates { questions } }
	}`
	mustDo(t, s.staff, doc, vars{"id": s.examID}, &out)
	a := out.ExamAnalytics
	if int64(a.Questions.Total) != res.Questions || len(a.Questions.Items) != 5 || len(a.Candidates) != n || out.ExamLive.Questions != a.Questions.Total {
		t.Fatalf("analytics: %d questions (simulated %d), %d items, %d candidates, live %d", a.Questions.Total, res.Questions, len(a.Questions.Items), len(a.Candidates), out.ExamLive.Questions)
	}
	perAgent, perCandidate := 0, 0
	for _, ag := range a.Agents {
		perAgent += ag.Questions
	}
	for _, c := range a.Candidates {
		perCandidate += c.Questions
	}
	if perAgent != a.Questions.Total || perCandidate != a.Questions.Total || len(a.Facts) == 0 || len(a.Distributions) == 0 {
		t.Fatalf("per agent %d, per candidate %d, total %d; %d facts, %d distributions", perAgent, perCandidate, a.Questions.Total, len(a.Facts), len(a.Distributions))
	}
	for _, d := range a.Distributions {
		if d.Metric == "Questions" {
			sum := 0
			for _, b := range d.Bins {
				sum += b.Count
			}
			if d.N != n || sum != n {
				t.Fatalf("distribution of questions: n %d, bins hold %d, want %d", d.N, sum, n)
			}
		}
	}

	// Jury and candidates reach none of the staff queries.
	cand := loginCandidate(t, ts, s.codes[0])
	for who, c := range map[string]interface {
		Do(context.Context, string, map[string]any, any) error
	}{"jury": s.jury, "candidate": cand} {
		for _, q := range []string{
			`query($id: ID!) { examAnalytics(examId: $id) { examId } }`,
			`query($id: ID!) { examLive(examId: $id) { online } }`,
			`query($id: ID!) { examChangeLog(examId: $id) { kind } }`,
			`query { scenarios { id } }`,
			`mutation { addUser(input: {role: STAFF, email: "x@ecole.fr", displayName: "X", password: "motdepasse-solide"}) { id } }`,
		} {
			v := vars{"id": s.examID}
			if !strings.Contains(q, "$id") {
				v = nil
			}
			if got := codeOf(t, c, q, v); got != "FORBIDDEN" {
				t.Errorf("%s: %s → %q, want FORBIDDEN", who, firstLine(q), got)
			}
		}
	}

	// Exports.
	staff := httpLogin(t, ts, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, vars{"e": staffEmail, "p": testPass})
	get := func(hc *http.Client, file string) (*http.Response, []byte) {
		res, err := hc.Get(ts.url + "/api/exams/" + s.examID + "/export/" + file)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res, body
	}
	res2, body := get(staff, "questions.xlsx")
	_, params, _ := mime.ParseMediaType(res2.Header.Get("Content-Disposition"))
	if res2.StatusCode != 200 || !strings.HasSuffix(params["filename"], "-questions-"+time.Now().UTC().Format("2006-01-02")+".xlsx") ||
		res2.Header.Get("Content-Type") != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Fatalf("questions.xlsx: %d %v", res2.StatusCode, res2.Header)
	}
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Questions")
	if err != nil || len(rows) != a.Questions.Total+1 {
		t.Fatalf("questions sheet: %d rows (%v), want %d", len(rows), err, a.Questions.Total+1)
	}
	res2, body = get(staff, "analyse.xlsx")
	if f, err := excelize.OpenReader(bytes.NewReader(body)); res2.StatusCode != 200 || err != nil || len(f.GetSheetList()) != 3 {
		t.Fatalf("analyse.xlsx: %d %v", res2.StatusCode, err)
	}
	res2, body = get(staff, "rapports.csv")
	if res2.StatusCode != 200 || !bytes.HasPrefix(body, []byte("\ufeff")) || bytes.Count(body, []byte("\r\n")) != n+1 {
		t.Fatalf("rapports.csv: %d\n%s", res2.StatusCode, body)
	}
	for file, want := range map[string]int{"analyse.csv": 404, "nope.xlsx": 404} {
		if res, _ := get(staff, file); res.StatusCode != want {
			t.Errorf("%s: %d, want %d", file, res.StatusCode, want)
		}
	}
	jury := httpLogin(t, ts, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, vars{"e": juryEmail, "p": testPass})
	if res, _ := get(jury, "questions.csv"); res.StatusCode != 403 {
		t.Errorf("jury export: %d", res.StatusCode)
	}
	if res, _ := get(&http.Client{}, "questions.csv"); res.StatusCode != 401 {
		t.Errorf("anonymous export: %d", res.StatusCode)
	}
}
