package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"cellule/simulate"
)

func init() {
	register("simulate", "run scripted candidates against a server (simulate --addr URL --candidates N --codes FILE)", simulateCmd)
}

func simulateCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "http://127.0.0.1:8080", "server URL")
	n := fs.Int("candidates", 10, "number of candidates to run (at most one per access code)")
	codes := fs.String("codes", "", "file of candidate access codes, one per line (# comments allowed)")
	stageName := fs.String("stage", "submit", "how far each candidate goes: login, questions, s1, s2 or submit")
	perAgent := fs.Int("questions", 2, "questions to each open agent")
	concurrency := fs.Int("concurrency", 16, "candidates running at once")
	think := fs.Duration("think", 0, "pause between two actions of a candidate (e.g. 2s)")
	seed := fs.Uint64("seed", 0, "seed of the choice of questions (0: random)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if *codes == "" || *n <= 0 {
		fmt.Fprintln(stderr, "simulate: --codes FILE and --candidates N > 0 are required")
		return exitCode(2)
	}
	stage, err := simulate.ParseStage(*stageName)
	if err != nil {
		return err
	}
	list, err := readCodes(*codes)
	if err != nil {
		return err
	}
	if len(list) < *n {
		return fmt.Errorf("%s holds %d access codes, %d candidates asked", *codes, len(list), *n)
	}
	cands := make([]simulate.Candidate, *n)
	for i := range cands {
		cands[i] = simulate.Candidate{Code: list[i], Stage: stage}
	}
	start := time.Now()
	res, err := simulate.Run(ctx, simulate.Config{
		BaseURL: strings.TrimSuffix(*addr, "/"), Candidates: cands, QuestionsPerAgent: *perAgent,
		Concurrency: *concurrency, Think: *think, Seed: *seed,
		Progress: func(i int, err error) {
			if err != nil {
				fmt.Fprintf(stderr, "candidat %d : %v\n", i+1, err)
			}
		},
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "candidats %d (échecs : %d), questions %d, réponses %d, fragments %d, modifications %d, rapports déposés %d, en %s\n",
		res.Candidates, res.Failed, res.Questions, res.Answers, res.Chunks, res.Mutations, res.Submitted, time.Since(start).Round(time.Millisecond))
	if res.Failed > 0 {
		return exitCode(1)
	}
	return nil
}

func readCodes(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		// "code" or "code  anything" (the demo file adds the name after it).
		out = append(out, strings.Fields(line)[0])
	}
	return out, sc.Err()
}
