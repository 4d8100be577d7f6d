package server_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"sync"
	"testing"
	"time"

	"cellule/client"
	"cellule/server"
)

// BenchmarkReportMutation measures the round trip of a report edit over
// HTTP (POST /graphql → app → append → projections caught up → answer)
// with 100 candidates writing at once, each on their own session and
// keep-alive connection, with no pause between edits (alternately
// editOralPrepNote and editCause). b.N is the number of edits measured,
// after 3 per candidate that are not (the simultaneous start); p50/p99 are
// reported in milliseconds, as the candidates measure them.
//
// The candidates run in their own process (this test binary started again
// as a load generator, see TestMain), as browsers would: sharing the
// server's process, their allocations paced the server's garbage
// collector and their goroutines queued with its handlers. Both processes
// still share this machine's cores.
//
// It runs twice in the same process: on the Go runtime's defaults (the
// baseline), and with the settings `cellule serve` applies (TuneRuntime)
// — the product's figure.
//
//	go test -run '^$' -bench ReportMutation -benchtime 5000x ./server/
func BenchmarkReportMutation(b *testing.B) {
	b.Run("runtime=go-defaults", benchReportMutation)
	b.Run("runtime=serve", func(b *testing.B) {
		_, restore := server.TuneRuntime(nil)
		defer restore()
		benchReportMutation(b)
	})
}

func benchReportMutation(b *testing.B) {
	const candidates = 100
	clk := &testClock{t: duringJ1.Add(-2 * time.Hour)}
	ts := startServer(b, b.TempDir(), clk, nil, server.HTTPConfig{})
	s := seed(b, ts, candidates)
	clk.Set(duringJ1)

	gen, err := startLoadGen(loadSpec{URL: ts.url, Codes: s.codes, AttemptIDs: s.attemptIDs, Edits: b.N})
	if err != nil {
		b.Fatal(err)
	}
	defer gen.stop()
	b.ResetTimer()
	lat, err := gen.run()
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	slices.Sort(lat)
	if len(lat) == 0 {
		return
	}
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(float64(len(lat))*p))]) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(len(lat))/b.Elapsed().Seconds(), "edits/s")
}

// loadSpec is what the load generator is given on its standard input.
type loadSpec struct {
	URL        string
	Codes      []string // one candidate per code
	AttemptIDs []string
	Edits      int // in all
}

// loadGenEnv makes the test binary a load generator (see TestMain).
const loadGenEnv = "CELLULE_BENCH_LOADGEN"

func TestMain(m *testing.M) {
	if os.Getenv(loadGenEnv) == "1" {
		if err := loadGen(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "load generator:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// loadGen reads a loadSpec, logs every candidate in and gives each a cause
// to edit, says "ready", waits for "go", then runs the edits and writes
// their latencies (µs, JSON).
func loadGen(in io.Reader, out io.Writer) error {
	r := bufio.NewReader(in)
	line, err := r.ReadBytes('\n')
	if err != nil {
		return err
	}
	var spec loadSpec
	if err := json.Unmarshal(line, &spec); err != nil {
		return err
	}
	ctx := context.Background()
	n := len(spec.Codes)
	clients := make([]*client.Client, n)
	causes := make([]string, n)
	for i, code := range spec.Codes {
		c, err := client.New(spec.URL)
		if err != nil {
			return err
		}
		if err := c.Do(ctx, `mutation($c: String!) { loginWithCode(code: $c) { user { id } } }`, map[string]any{"c": code}, nil); err != nil {
			return fmt.Errorf("login: %w", err)
		}
		var added struct{ AddCause struct{ ID string } }
		if err := c.Do(ctx, `mutation($in: CauseInput!) { addCause(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"attemptId": spec.AttemptIDs[i], "text": "Cause initiale"}}, &added); err != nil {
			return fmt.Errorf("add cause: %w", err)
		}
		clients[i], causes[i] = c, added.AddCause.ID
	}
	fmt.Fprintln(out, "ready")
	if _, err := r.ReadBytes('\n'); err != nil {
		return err
	}
	const (
		editCause = `mutation($in: CauseInput!) { editCause(input: $in) { version } }`
		editNote  = `mutation($in: OralPrepNoteInput!) { editOralPrepNote(input: $in) { version } }`
	)
	// The first edits of each candidate are not counted: the hundred
	// start at the same instant, a burst that steady writing does not
	// have, and in a short run it alone would be the slowest percent.
	const warmup = 3
	latencies := make([][]int64, n)
	var failed sync.Once
	var failure error
	var wg sync.WaitGroup
	for i := range n {
		edits := spec.Edits / n
		if i < spec.Edits%n {
			edits++
		}
		wg.Go(func() {
			lat := make([]int64, 0, edits)
			for j := range warmup + edits {
				doc, in := editNote, map[string]any{"attemptId": spec.AttemptIDs[i], "competency": "C21", "text": fmt.Sprintf("Note %d", j)}
				if j%2 == 1 {
					doc, in = editCause, map[string]any{"attemptId": spec.AttemptIDs[i], "id": causes[i], "text": fmt.Sprintf("Cause révisée %d", j)}
				}
				start := time.Now()
				if err := clients[i].Do(ctx, doc, map[string]any{"in": in}, nil); err != nil {
					failed.Do(func() { failure = err })
					return
				}
				if j >= warmup {
					lat = append(lat, time.Since(start).Microseconds())
				}
			}
			latencies[i] = lat
		})
	}
	wg.Wait()
	if failure != nil {
		return failure
	}
	return json.NewEncoder(out).Encode(slices.Concat(latencies...))
}

// loadGenProc is a running load generator.
type loadGenProc struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Reader
}

// startLoadGen starts this test binary as a load generator and waits
// until its candidates are logged in.
func startLoadGen(spec loadSpec) (*loadGenProc, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), loadGenEnv+"=1")
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	g := &loadGenProc{cmd: cmd, stdin: stdin, out: bufio.NewReader(stdout)}
	if err := json.NewEncoder(stdin).Encode(spec); err != nil {
		g.stop()
		return nil, err
	}
	if line, err := g.out.ReadString('\n'); err != nil || line != "ready\n" {
		g.stop()
		return nil, fmt.Errorf("load generator not ready: %q %v", line, err)
	}
	return g, nil
}

// run starts the edits and returns their latencies in µs.
func (g *loadGenProc) run() ([]int64, error) {
	if _, err := io.WriteString(g.stdin, "go\n"); err != nil {
		return nil, err
	}
	var lat []int64
	if err := json.NewDecoder(g.out).Decode(&lat); err != nil {
		return nil, errors.Join(fmt.Errorf("load generator: %w", err), g.cmd.Wait())
	}
	return lat, g.cmd.Wait()
}

func (g *loadGenProc) stop() {
	g.stdin.Close()
	if g.cmd.ProcessState == nil {
		g.cmd.Process.Kill()
		g.cmd.Wait()
	}
}
