package server_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"cellule/client"
	"cellule/server"
)

// TestSlowSubscriberDoesNotBlockOthers: one connection subscribes to an
// attempt's updates and never reads again (with a tiny receive buffer, so
// the server's writes to it back up); meanwhile the candidate keeps
// editing and a second tab follows every update to the last one.
func TestSlowSubscriberDoesNotBlockOthers(t *testing.T) {
	clk := &testClock{t: duringJ1.Add(-2 * time.Hour)}
	ts := startServer(t, t.TempDir(), clk, nil, server.HTTPConfig{})
	s := seed(t, ts, 1)
	clk.Set(duringJ1)
	cand := loginCandidate(t, ts, s.codes[0])
	att := s.attemptIDs[0]
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const sub = `subscription($a: ID!) { attemptUpdates(attemptId: $a) { version eventType } }`

	// The slow tab: a raw connection that stops reading after the ack.
	u := strings.TrimPrefix(ts.url, "http://")
	token := loginCookie(t, ts, s.codes[0])
	d := websocket.Dialer{
		Subprotocols: []string{client.Subprotocol},
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
			if tc, ok := c.(*net.TCPConn); ok {
				tc.SetReadBuffer(1024)
			}
			return c, err
		},
	}
	slow, _, err := d.DialContext(ctx, "ws://"+u+"/graphql", http.Header{"Origin": {ts.url}, "Cookie": {token}})
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	slow.WriteJSON(map[string]any{"type": "connection_init"})
	var ack struct{ Type string }
	if err := slow.ReadJSON(&ack); err != nil || ack.Type != "connection_ack" {
		t.Fatalf("slow tab: %v %v", ack, err)
	}
	slow.WriteJSON(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": sub, "variables": map[string]any{"a": att}}})
	// ...and never reads again.

	fast, err := cand.Dial(ctx, client.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer fast.Close()
	updates, err := fast.Subscribe(ctx, sub, vars{"a": att})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // let both subscriptions register

	// The reading tab follows the updates as they come.
	seen := make(chan int, 1024)
	go func() {
		defer close(seen)
		for r := range updates {
			var m struct{ AttemptUpdates struct{ Version int } }
			if r.Decode(&m) == nil {
				seen <- m.AttemptUpdates.Version
			}
		}
	}()

	const edits = 600
	var out struct{ EditOralPrepNote struct{ Version int } }
	for i := range edits {
		long := strings.Repeat(fmt.Sprintf("Note de préparation n° %d. ", i), 20)
		if err := cand.Do(ctx, `mutation($in: OralPrepNoteInput!) { editOralPrepNote(input: $in) { version } }`,
			vars{"in": vars{"attemptId": att, "competency": "C21", "text": long}}, &out); err != nil {
			t.Fatalf("edit %d while a tab does not read: %v", i, err)
		}
	}
	last := out.EditOralPrepNote.Version
	for v := range seen {
		if v == last {
			return // the reading tab saw the last edit
		}
	}
	t.Fatalf("the reading tab's stream ended before version %d (%v)", last, ctx.Err())
}

// loginCookie signs a candidate in over raw HTTP and returns "name=value".
func loginCookie(t *testing.T, ts *testServer, code string) string {
	t.Helper()
	r := post(t, ts.url, gqlBody(`mutation($c: String!) { loginWithCode(code: $c) { user { id } } }`, vars{"c": code}), nil)
	cks := (&http.Response{Header: r.header}).Cookies()
	if len(cks) != 1 {
		t.Fatalf("login: %+v", r.body.Errors)
	}
	return cks[0].Name + "=" + cks[0].Value
}
