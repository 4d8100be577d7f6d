package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/schollz/progressbar/v3"

	"cellule/projections"
	"cellule/server"
)

func init() {
	register("rebuild", "re-fold every projection from the events and report counts", rebuildCmd)
}

// rebuildCmd folds the whole store into fresh projections, as the server
// does at start, and reports what it found: a check that every event still
// decodes and a measure of start-up time.
func rebuildCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rebuild", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data", "./data", "data directory of the embedded event store")
	url := fs.String("eventstore", "", "KurrentDB/EventStoreDB connection string instead of the embedded store")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	store, err := server.OpenStore(ctx, *dataDir, *url, log)
	if err != nil {
		return err
	}
	defer store.Close()

	// The store does not tell its length up front: the bar counts events.
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("événements repliés"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("évt"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetVisibility(!*quiet),
	)
	start := time.Now()
	_, counts, err := projections.Rebuild(ctx, store, func(c projections.Counts) {
		bar.Set64(int64(c.Events + c.Skipped))
	})
	bar.Finish()
	fmt.Fprintln(stderr)
	if err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Fprintf(stdout, "événements   %d (ignorés : %d)\n", counts.Events, counts.Skipped)
	fmt.Fprintf(stdout, "position     %d\n", counts.Position)
	fmt.Fprintf(stdout, "sessions     %d\n", counts.Exams)
	fmt.Fprintf(stdout, "tentatives   %d\n", counts.Attempts)
	fmt.Fprintf(stdout, "évaluations  %d\n", counts.Evaluations)
	fmt.Fprintf(stdout, "comptes      %d (sessions de connexion : %d)\n", counts.Users, counts.Sessions)
	fmt.Fprintf(stdout, "durée        %s\n", took.Round(time.Millisecond))
	if counts.Skipped > 0 {
		// Unknown types are skipped by design (a newer binary wrote them);
		// undecodable ones deserve a look.
		fmt.Fprintf(stderr, "attention : %d événement(s) ignoré(s) (type inconnu ou illisible)\n", counts.Skipped)
	}
	return nil
}
