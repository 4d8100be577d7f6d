package sqlite

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/uuid"

	"cellule/eventstore"
)

// crashChildEnv names the database file a crash child appends to; set only
// in the child process started by TestCrashKeepsEveryAcknowledgedAppend.
const crashChildEnv = "CELLULE_CRASH_CHILD_DB"

const crashWriters = 4

// TestCrashChild is not a test: it is the child process of the crash test.
// It appends forever from several goroutines (so group commit is in play)
// and prints one line per acknowledged append.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		t.Skip("runs only as the child of the crash test")
	}
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx := context.Background()
	var out sync.Mutex
	var wg sync.WaitGroup
	for g := range crashWriters {
		wg.Go(func() {
			stream := fmt.Sprintf("crash-%d", g)
			var exp eventstore.ExpectedRevision = eventstore.NoStream{}
			if last, err := s.ReadStream(ctx, stream, eventstore.Backwards, eventstore.End, 1); err == nil {
				exp = eventstore.Exact(last[0].Revision)
			}
			for {
				id := uuid.New()
				n := 1 + rand.IntN(3)
				evs := make([]eventstore.EventData, n)
				for i := range evs {
					evs[i] = eventstore.EventData{ID: uuid.New(), Type: "Crashed", Data: []byte(`{"pad":"` + strings.Repeat("x", rand.IntN(2000)) + `"}`)}
				}
				evs[n-1].ID = id
				res, err := s.Append(ctx, stream, exp, evs...)
				if err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(3)
				}
				exp = eventstore.Exact(res.NextExpectedRevision)
				// One write per line, after Append returned: only what is
				// durable is ever reported.
				out.Lock()
				fmt.Fprintf(os.Stdout, "ack %s %d %d %s .\n", stream, res.NextExpectedRevision, res.Position, id)
				out.Unlock()
			}
		})
	}
	wg.Wait()
}

type ack struct {
	stream   string
	revision uint64
	position uint64
	id       uuid.UUID
}

func parseAck(line string) (ack, bool) {
	f := strings.Fields(line)
	if len(f) != 6 || f[0] != "ack" || f[5] != "." { // a line cut by the kill is ignored
		return ack{}, false
	}
	rev, err1 := strconv.ParseUint(f[2], 10, 64)
	pos, err2 := strconv.ParseUint(f[3], 10, 64)
	id, err3 := uuid.Parse(f[4])
	if err1 != nil || err2 != nil || err3 != nil {
		return ack{}, false
	}
	return ack{f[1], rev, pos, id}, true
}

// TestCrashKeepsEveryAcknowledgedAppend kills a writing child with SIGKILL
// at random moments and checks, after each kill, that every append the
// child saw acknowledged is in the file, in order, with no revision gap,
// and that SQLite finds the file intact.
func TestCrashKeepsEveryAcknowledgedAppend(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash test starts 24 processes")
	}
	const kills = 24
	path := filepath.Join(t.TempDir(), "events.db")
	var acked []ack
	for round := range kills {
		got := runAndKill(t, path, time.Duration(10+rand.IntN(150))*time.Millisecond)
		if len(got) == 0 {
			t.Fatalf("round %d: the child acknowledged nothing", round)
		}
		acked = append(acked, got...)
		checkAfterCrash(t, path, acked)
	}
	t.Logf("%d kills, %d acknowledged appends, all present", kills, len(acked))
}

// runAndKill starts a child, lets it append for about d after its first
// acknowledgement, kills it and returns what it acknowledged.
func runAndKill(t *testing.T, path string, d time.Duration) []ack {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan ack, 1024)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if a, ok := parseAck(sc.Text()); ok {
				lines <- a
			}
		}
	}()
	var got []ack
	select {
	case a, ok := <-lines:
		if !ok {
			cmd.Wait()
			t.Fatalf("child ended before its first append: %s", stderr.String())
		}
		got = append(got, a)
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("child acknowledged nothing in 20 s")
	}
	time.Sleep(d)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for a := range lines {
		got = append(got, a)
	}
	cmd.Wait()
	return got
}

func checkAfterCrash(t *testing.T, path string, acked []ack) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after the kill: %v", err)
	}
	defer s.Close()
	ctx := context.Background()
	stored := make(map[string][]eventstore.RecordedEvent)
	for g := range crashWriters {
		stream := fmt.Sprintf("crash-%d", g)
		evs, err := s.ReadStream(ctx, stream, eventstore.Forwards, 0, 1<<30)
		if err != nil && !errors.Is(err, eventstore.ErrStreamNotFound) {
			t.Fatal(err)
		}
		for i, e := range evs {
			if e.Revision != uint64(i) {
				t.Fatalf("%s: revision %d at index %d: a gap", stream, e.Revision, i)
			}
			if i > 0 && e.Position <= evs[i-1].Position {
				t.Fatalf("%s: position %d after %d", stream, e.Position, evs[i-1].Position)
			}
		}
		stored[stream] = evs
	}
	for _, a := range acked {
		evs := stored[a.stream]
		if a.revision >= uint64(len(evs)) {
			t.Fatalf("acknowledged %s@%d is lost (the stream has %d events)", a.stream, a.revision, len(evs))
		}
		if e := evs[a.revision]; e.ID != a.id || e.Position != a.position {
			t.Fatalf("acknowledged %s@%d: stored id %s position %d, acknowledged %s %d", a.stream, a.revision, e.ID, e.Position, a.id, a.position)
		}
	}
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var integrity string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("integrity check: %q %v", integrity, err)
	}
}
