package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"strings"
	"testing"

	"cellule/server"
)

// httpLogin signs in with a GraphQL login mutation over a plain
// http.Client, whose jar then holds the session cookie for plain GETs.
func httpLogin(t *testing.T, ts *testServer, doc string, v vars) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	hc := &http.Client{Jar: jar}
	body, _ := json.Marshal(map[string]any{"query": doc, "variables": v})
	req, _ := http.NewRequest(http.MethodPost, ts.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	res, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || bytes.Contains(out, []byte(`"errors"`)) {
		t.Fatalf("login: %d %s", res.StatusCode, out)
	}
	return hc
}

func TestReportPDFRoute(t *testing.T) {
	clk := &testClock{t: duringJ1}
	ts := startServer(t, t.TempDir(), clk, nil, server.HTTPConfig{})
	s := seed(t, ts, 2)
	att, other := s.attemptIDs[0], s.attemptIDs[1]

	c := loginCandidate(t, ts, s.codes[0])
	for _, text := range []string{"Former les conseillers à l'offre Élan", "Réparer le tunnel de souscription", "Cibler les indépendants"} {
		mustDo(t, c, `mutation($in: ConclusionInput!) { writeConclusion(input: $in) { id } }`, vars{"in": vars{"attemptId": att, "text": text}}, nil)
	}
	clk.Set(duringJ2) // a new day, a new session (sessions last 12 hours)
	c = loginCandidate(t, ts, s.codes[0])
	mustDo(t, c, `mutation($in: AttemptRefInput!) { submitReport(input: $in) { version } }`, vars{"in": vars{"attemptId": att}}, nil)

	cand := httpLogin(t, ts, `mutation($c: String!) { loginWithCode(code: $c) { user { id } } }`, vars{"c": s.codes[0]})
	login := func(email string) *http.Client {
		return httpLogin(t, ts, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, vars{"e": email, "p": testPass})
	}
	jury, staff := login(juryEmail), login(staffEmail)
	anon := &http.Client{}
	url := func(id string) string { return ts.url + "/api/attempts/" + id + "/rapport.pdf" }

	refusals := []struct {
		name   string
		hc     *http.Client
		id     string
		status int
	}{
		{"anonymous", anon, att, http.StatusUnauthorized},
		{"the candidate (the PDF is the jury's)", cand, att, http.StatusForbidden},
		{"the jury before the lock", jury, other, http.StatusForbidden},
		{"an unknown attempt", jury, "no-such-attempt", http.StatusNotFound},
		{"a malformed id", jury, "bad%20id", http.StatusBadRequest},
	}
	for _, r := range refusals {
		t.Run("refused to "+r.name, func(t *testing.T) {
			res, err := r.hc.Get(url(r.id))
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != r.status {
				t.Fatalf("status %d (%s), want %d", res.StatusCode, body, r.status)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") || bytes.HasPrefix(body, []byte("%PDF")) {
				t.Errorf("a refusal is French text, got %s", ct)
			}
		})
	}

	for name, hc := range map[string]*http.Client{"jury assigned": jury, "staff of the session": staff} {
		t.Run("served to the "+name, func(t *testing.T) {
			res, err := hc.Get(url(att))
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", res.StatusCode, body)
			}
			if ct := res.Header.Get("Content-Type"); ct != "application/pdf" || !bytes.HasPrefix(body, []byte("%PDF-")) {
				t.Fatalf("content type %q, body starts %q", ct, body[:min(8, len(body))])
			}
			disp, params, err := mime.ParseMediaType(res.Header.Get("Content-Disposition"))
			if err != nil || disp != "attachment" || params["filename"] != "rapport-candidat-a0-"+strings.ToLower(att[:8])+".pdf" {
				t.Errorf("disposition %q %v (%v)", disp, params, err)
			}
			if res.Header.Get("Cache-Control") != "private, no-store" {
				t.Errorf("a candidate's report must not be cached: %q", res.Header.Get("Cache-Control"))
			}
			text := pdfText(t, body)
			if text == "" {
				return
			}
			for _, want := range []string{"Candidat A0", "Session de test", "Former les conseillers à l'offre Élan", "Réparer le tunnel de souscription", "page 1"} {
				if !strings.Contains(text, want) {
					t.Errorf("the PDF text lacks %q", want)
				}
			}
		})
	}
}

// pdfText extracts the text with pdftotext (poppler) when it is installed;
// "" (and the test logs it) otherwise.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Log("pdftotext not installed: text extraction not checked")
		return ""
	}
	f := t.TempDir() + "/r.pdf"
	if err := os.WriteFile(f, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.CommandContext(context.Background(), bin, "-enc", "UTF-8", f, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}
