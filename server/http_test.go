package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"cellule/api"
	"cellule/client"
	"cellule/server"
)

type rawResponse struct {
	status int
	header http.Header
	body   struct {
		Data   json.RawMessage
		Errors []struct {
			Message    string
			Extensions map[string]string
		}
	}
}

func (r rawResponse) code() string {
	if len(r.body.Errors) == 0 {
		return ""
	}
	return r.body.Errors[0].Extensions["code"]
}

// post sends a raw GraphQL POST with the given headers.
func post(t *testing.T, url, body string, header map[string]string) rawResponse {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	out := rawResponse{status: res.StatusCode, header: res.Header}
	data, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(data, &out.body); err != nil {
		t.Fatalf("HTTP %d: not a GraphQL answer: %s", res.StatusCode, data)
	}
	return out
}

func gqlBody(query string, v vars) string {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": v})
	return string(b)
}

const loginDoc = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`

func TestCrossOriginRequestsAreRefused(t *testing.T) {
	clk := &testClock{t: duringJ1}
	ts := startServer(t, t.TempDir(), clk, nil, server.HTTPConfig{Origins: []string{"https://exam.example.org"}})
	seed(t, ts, 0)
	login := gqlBody(loginDoc, vars{"e": staffEmail, "p": testPass})
	for _, c := range []struct {
		name   string
		header map[string]string
		ok     bool
	}{
		{"same origin", map[string]string{"Origin": ts.url}, true},
		{"a configured origin", map[string]string{"Origin": "https://exam.example.org"}, true},
		{"no Origin, not a browser", nil, true},
		{"no Origin, same-origin fetch", map[string]string{"Sec-Fetch-Site": "same-origin"}, true},
		{"another site", map[string]string{"Origin": "https://evil.example"}, false},
		{"same host, other scheme", map[string]string{"Origin": strings.Replace(ts.url, "http:", "https:", 1)}, false},
		{"opaque origin", map[string]string{"Origin": "null"}, false},
		{"cross-site fetch without Origin", map[string]string{"Sec-Fetch-Site": "cross-site"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := post(t, ts.url, login, c.header)
			cookie := r.header.Get("Set-Cookie")
			if c.ok {
				if r.status != http.StatusOK || r.code() != "" || !strings.Contains(cookie, server.CookieName+"=") {
					t.Fatalf("HTTP %d code %q cookie %q: want a signed-in answer", r.status, r.code(), cookie)
				}
				return
			}
			if r.status != http.StatusForbidden || r.code() != "FORBIDDEN" || cookie != "" {
				t.Fatalf("HTTP %d code %q cookie %q: want 403 FORBIDDEN and no session", r.status, r.code(), cookie)
			}
		})
	}
}

func TestSessionCookie(t *testing.T) {
	clk := &testClock{t: duringJ1}
	for _, c := range []struct {
		name       string
		cfg        server.HTTPConfig
		header     map[string]string
		wantSecure bool
	}{
		{"plain HTTP", server.HTTPConfig{}, nil, false},
		{"behind a TLS proxy", server.HTTPConfig{TrustProxy: true}, map[string]string{"X-Forwarded-Proto": "https"}, true},
		{"forced Secure", server.HTTPConfig{SecureCookies: true}, nil, true},
		{"proxy header not trusted", server.HTTPConfig{}, map[string]string{"X-Forwarded-Proto": "https"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts := startServer(t, t.TempDir(), clk, nil, c.cfg)
			seed(t, ts, 0)
			h := map[string]string{}
			for k, v := range c.header {
				h[k] = v
			}
			r := post(t, ts.url, gqlBody(loginDoc, vars{"e": staffEmail, "p": testPass}), h)
			res := http.Response{Header: r.header}
			cookies := res.Cookies()
			if len(cookies) != 1 {
				t.Fatalf("cookies %v", r.header.Values("Set-Cookie"))
			}
			ck := cookies[0]
			if !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Secure != c.wantSecure || ck.Path != "/" {
				t.Fatalf("cookie %+v: want HttpOnly, SameSite=Strict, Secure=%v, Path=/", ck, c.wantSecure)
			}

			// The cookie authenticates; logout clears it and ends the session.
			h["Cookie"] = ck.Name + "=" + ck.Value
			me := post(t, ts.url, gqlBody(`query { me { email } }`, nil), h)
			if !strings.Contains(string(me.body.Data), staffEmail) {
				t.Fatalf("me with the cookie: %s", me.body.Data)
			}
			out := post(t, ts.url, gqlBody(`mutation { logout }`, nil), h)
			cleared := (&http.Response{Header: out.header}).Cookies()
			if len(cleared) != 1 || cleared[0].MaxAge >= 0 || cleared[0].Value != "" {
				t.Fatalf("logout cookies %v: want the cookie cleared", out.header.Values("Set-Cookie"))
			}
			if me := post(t, ts.url, gqlBody(`query { me { email } }`, nil), h); string(me.body.Data) != `{"me":null}` {
				t.Fatalf("me with the ended session: %s", me.body.Data)
			}
		})
	}
}

func TestDocumentLimits(t *testing.T) {
	clk := &testClock{t: duringJ1}
	ts := startServer(t, t.TempDir(), clk, nil, server.HTTPConfig{})
	seed(t, ts, 0)

	t.Run("oversized body", func(t *testing.T) {
		big := gqlBody(`query { me { id } }`, vars{"pad": strings.Repeat("x", api.DefaultMaxDocument)})
		r := post(t, ts.url, big, nil)
		if r.status != http.StatusRequestEntityTooLarge || r.code() != "INVALID_INPUT" || r.body.Errors[0].Extensions["reason"] != api.ReasonTooLarge {
			t.Fatalf("HTTP %d %+v: want 413 INVALID_INPUT %s", r.status, r.body.Errors, api.ReasonTooLarge)
		}
	})
	t.Run("too complex", func(t *testing.T) {
		var q strings.Builder
		q.WriteString("query {")
		for i := range 500 {
			q.WriteString(" a")
			q.WriteString(strings.Repeat("x", i%7))
			q.WriteString(string(rune('a'+i%26)) + string(rune('a'+i/26)))
			q.WriteString(": me { id email displayName role }")
		}
		q.WriteString(" }")
		r := post(t, ts.url, gqlBody(q.String(), nil), nil)
		if r.code() != "INVALID_INPUT" || r.body.Errors[0].Extensions["reason"] != api.ReasonComplexity {
			t.Fatalf("HTTP %d %+v: want INVALID_INPUT %s", r.status, r.body.Errors, api.ReasonComplexity)
		}
	})
	t.Run("malformed", func(t *testing.T) {
		r := post(t, ts.url, gqlBody(`query { me { id `, nil), nil)
		if r.code() != "INVALID_INPUT" || r.body.Errors[0].Extensions["reason"] != api.ReasonParse {
			t.Fatalf("%+v: want INVALID_INPUT %s", r.body.Errors, api.ReasonParse)
		}
	})
	t.Run("unknown field", func(t *testing.T) {
		r := post(t, ts.url, gqlBody(`query { me { password } }`, nil), nil)
		if r.code() != "INVALID_INPUT" || r.body.Errors[0].Extensions["reason"] != api.ReasonValidation {
			t.Fatalf("%+v: want INVALID_INPUT %s", r.body.Errors, api.ReasonValidation)
		}
	})
	t.Run("GET is not served", func(t *testing.T) {
		res, err := http.Get(ts.url + "/graphql?query=%7Bme%7Bid%7D%7D")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMethodNotAllowed {
			t.Fatalf("GET /graphql: HTTP %d, want 405", res.StatusCode)
		}
	})
}

func TestWebSocketAuthentication(t *testing.T) {
	clk := &testClock{t: duringJ1.Add(-2 * time.Hour)}
	ts := startServer(t, t.TempDir(), clk, nil, server.HTTPConfig{})
	s := seed(t, ts, 1)
	ctx := context.Background()
	wsURL := "ws" + strings.TrimPrefix(ts.url, "http") + "/graphql"

	t.Run("without a session the connection is refused", func(t *testing.T) {
		_, err := ts.client().Dial(ctx, client.DialOptions{})
		var ce *client.CloseError
		if !errors.As(err, &ce) || ce.Code != api.CloseUnauthenticated {
			t.Fatalf("dial without a session: %v, want close %d", err, api.CloseUnauthenticated)
		}
	})
	t.Run("a session cookie from another origin is refused at the upgrade", func(t *testing.T) {
		_, err := s.staff.Dial(ctx, client.DialOptions{Origin: "https://evil.example"})
		if err == nil || !strings.Contains(err.Error(), "403") {
			t.Fatalf("dial from another origin: %v, want HTTP 403", err)
		}
	})
	t.Run("the token in the init payload authenticates", func(t *testing.T) {
		r := post(t, ts.url, gqlBody(loginDoc, vars{"e": staffEmail, "p": testPass}), nil)
		token := (&http.Response{Header: r.header}).Cookies()[0].Value
		conn := dialAsStaff(t, ts.client(), client.DialOptions{InitPayload: map[string]any{"token": token}})
		// No cookie can be set over a WebSocket: login is HTTP only.
		if code := codeOf(t, conn, loginDoc, vars{"e": staffEmail, "p": testPass}); code != "FORBIDDEN" {
			t.Fatalf("login over WebSocket: %q, want FORBIDDEN", code)
		}
	})
	t.Run("an open connection ends with its session's logout", func(t *testing.T) {
		staff := ts.client()
		mustDo(t, staff, loginDoc, vars{"e": staffEmail, "p": testPass}, nil)
		conn := dialAsStaff(t, staff, client.DialOptions{})
		// Another tab (same cookie, over HTTP) logs out.
		mustDo(t, staff, `mutation { logout }`, nil, nil)
		select {
		case <-conn.Done():
		case <-time.After(5 * time.Second):
			t.Fatal("the WebSocket stayed open after its session's logout")
		}
		if err := conn.Do(ctx, `query { me { email } }`, nil, nil); err == nil {
			t.Fatal("a query went through the socket of an ended session")
		}
		// Reconnecting with the ended session is refused.
		_, err := staff.Dial(ctx, client.DialOptions{})
		var ce *client.CloseError
		if !errors.As(err, &ce) || ce.Code != api.CloseUnauthenticated {
			t.Fatalf("dial after logout: %v, want close %d", err, api.CloseUnauthenticated)
		}
	})
	t.Run("the legacy graphql-ws protocol is accepted", func(t *testing.T) {
		r := post(t, ts.url, gqlBody(loginDoc, vars{"e": staffEmail, "p": testPass}), nil)
		ck := (&http.Response{Header: r.header}).Cookies()[0]
		h := http.Header{"Origin": {ts.url}, "Cookie": {ck.Name + "=" + ck.Value}}
		d := websocket.Dialer{Subprotocols: []string{"graphql-ws"}}
		ws, _, err := d.Dial(wsURL, h)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.Close()
		if ws.Subprotocol() != "graphql-ws" {
			t.Fatalf("negotiated %q", ws.Subprotocol())
		}
		ws.WriteJSON(map[string]any{"type": "connection_init"})
		ws.WriteJSON(map[string]any{"id": "1", "type": "start", "payload": map[string]any{"query": "query { me { email } }"}})
		ws.SetReadDeadline(time.Now().Add(5 * time.Second))
		var got []string
		for {
			var m struct {
				Type    string
				Payload json.RawMessage
			}
			if err := ws.ReadJSON(&m); err != nil {
				t.Fatalf("after %v: %v", got, err)
			}
			got = append(got, m.Type)
			if m.Type == "data" {
				if !bytes.Contains(m.Payload, []byte(staffEmail)) {
					t.Fatalf("data %s", m.Payload)
				}
				break
			}
		}
		if got[0] != "connection_ack" {
			t.Fatalf("messages %v: want connection_ack first", got)
		}
	})
}

// dialAsStaff opens a WebSocket and checks it is the staff member's
// (closed at the end of the test).
func dialAsStaff(t *testing.T, c *client.Client, opts client.DialOptions) *client.Conn {
	t.Helper()
	ctx := context.Background()
	conn, err := c.Dial(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	var me struct{ Me struct{ Email string } }
	if err := conn.Do(ctx, `query { me { email } }`, nil, &me); err != nil || me.Me.Email != staffEmail {
		t.Fatalf("me over the WebSocket: %+v %v", me, err)
	}
	return conn
}

func TestHealthReadinessAndMetrics(t *testing.T) {
	clk := &testClock{t: duringJ1}
	ts := startServer(t, t.TempDir(), clk, nil, server.HTTPConfig{})
	seed(t, ts, 1)
	for path, want := range map[string]string{"/healthz": "ok", "/readyz": "ready"} {
		res, err := http.Get(ts.url + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("%s: HTTP %d %q", path, res.StatusCode, body)
		}
	}
	res, err := http.Get(ts.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, want := range []string{
		`cellule_graphql_operations_total{code="OK",field="enrolCandidate",kind="mutation"} 1`,
		`cellule_http_requests_total{code="200",method="POST",route="graphql"}`,
		"cellule_events_appended_total",
		"cellule_projection_position",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	// No personal data in metrics.
	for _, leak := range []string{"@test.cellule", "Candidat A0"} {
		if strings.Contains(string(body), leak) {
			t.Errorf("/metrics contains %q", leak)
		}
	}
}

// One server per data directory: a second one on the same embedded store
// refuses to start, saying why, and starts once the first has stopped.
func TestOneServerPerDataDirectory(t *testing.T) {
	dir := t.TempDir()
	clk := &testClock{t: duringJ1}
	first := startServer(t, dir, clk, nil, server.HTTPConfig{})
	cfg := server.Config{DataDir: dir, Clock: clk.Now, NoSPA: true, SchedulerInterval: -1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if _, err := server.New(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "another cellule serve") {
		t.Fatalf("second server on the same directory: %v, want a refusal", err)
	}
	first.stop()
	second, err := server.New(context.Background(), cfg)
	if err != nil {
		t.Fatalf("after the first stopped: %v", err)
	}
	second.Close()
}
