package server_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"cellule/client"
	"cellule/server"
)

// BenchmarkReportMutation measures the round trip of a report edit over
// HTTP (POST /graphql → app → append → projections caught up → answer)
// with 100 candidates writing at once, each on their own session and with
// no pause between edits. b.N is the total number of edits; p50/p99 are
// reported in milliseconds. It runs twice in the same process: on the Go
// runtime's defaults (the baseline), and with the settings `cellule serve`
// applies (TuneRuntime) — the product's figure.
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
	clients := make([]*client.Client, candidates)
	causes := make([]string, candidates)
	for i := range clients {
		clients[i] = loginCandidate(b, ts, s.codes[i])
		var out struct{ AddCause struct{ ID string } }
		mustDo(b, clients[i], `mutation($in: CauseInput!) { addCause(input: $in) { id } }`,
			vars{"in": vars{"attemptId": s.attemptIDs[i], "text": "Cause initiale"}}, &out)
		causes[i] = out.AddCause.ID
	}
	const (
		editCause = `mutation($in: CauseInput!) { editCause(input: $in) { version } }`
		editNote  = `mutation($in: OralPrepNoteInput!) { editOralPrepNote(input: $in) { version } }`
	)
	ctx := context.Background()
	latencies := make([][]time.Duration, candidates)
	var failed sync.Once
	var failure error
	b.ResetTimer()
	var wg sync.WaitGroup
	for i := range candidates {
		n := b.N / candidates
		if i < b.N%candidates {
			n++
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			lat := make([]time.Duration, 0, n)
			for j := range n {
				doc, in := editNote, vars{"attemptId": s.attemptIDs[i], "competency": "C21", "text": fmt.Sprintf("Note %d", j)}
				if j%2 == 1 {
					doc, in = editCause, vars{"attemptId": s.attemptIDs[i], "id": causes[i], "text": fmt.Sprintf("Cause révisée %d", j)}
				}
				start := time.Now()
				if err := clients[i].Do(ctx, doc, vars{"in": in}, nil); err != nil {
					failed.Do(func() { failure = err })
					return
				}
				lat = append(lat, time.Since(start))
			}
			latencies[i] = lat
		}()
	}
	wg.Wait()
	b.StopTimer()
	if failure != nil {
		b.Fatal(failure)
	}
	all := slices.Concat(latencies...)
	slices.Sort(all)
	if len(all) == 0 {
		return
	}
	pct := func(p float64) float64 {
		return float64(all[min(len(all)-1, int(float64(len(all))*p))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(len(all))/b.Elapsed().Seconds(), "edits/s")
}
