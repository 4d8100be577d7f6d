package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"cellule/agents"
	"cellule/agents/offline"
	"cellule/scenarios"
)

func init() {
	register("ask", "ask an agent one question (ask --agent ID [--scenario DIR] [--history FILE] [--json] [--day J1|J2] \"question\")", runAsk)
}

const askUsage = `usage: cellule ask --agent ID [--scenario DIR] [--history FILE] [--json] [--day J1|J2] "question"`

// historyTurn is one earlier exchange in the --history file (a JSON array).
type historyTurn struct {
	Question string   `json:"question"`
	Answer   string   `json:"answer"`
	Facts    []string `json:"facts"`
}

// askResult is what --json prints.
type askResult struct {
	Agent  string   `json:"agent"`
	Text   string   `json:"text"`
	Facts  []string `json:"facts"`
	Engine string   `json:"engine"`
}

func runAsk(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("ask", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("scenario", "", "dossier du scénario (par défaut : le scénario intégré "+defaultScenario+")")
	agentID := fl.String("agent", "", "identifiant de l'agent (data, terrain, direction, lieu, communication, technique…)")
	historyFile := fl.String("history", "", "fichier JSON des échanges précédents : [{\"question\":…, \"answer\":…, \"facts\":[…]}]")
	asJSON := fl.Bool("json", false, "affiche la réponse en JSON {agent, text, facts, engine}")
	day := fl.String("day", "", "journée (J1 ou J2) ; par défaut, la première journée de l'agent")
	if err := fl.Parse(args); err != nil {
		return exitCode(2)
	}
	question := strings.Join(fl.Args(), " ")
	if *agentID == "" || strings.TrimSpace(question) == "" {
		fmt.Fprintln(stderr, askUsage)
		return exitCode(2)
	}
	s, err := loadScenario(*dir)
	if err != nil {
		return err
	}
	q := agents.Question{Scenario: s, AgentID: *agentID, Text: question, Day: scenarios.Day(*day)}
	if a, ok := s.Agent(*agentID); ok && q.Day == "" && len(a.Days) > 0 {
		q.Day = a.Days[0]
	}
	if *historyFile != "" {
		data, err := os.ReadFile(*historyFile)
		if err != nil {
			return err
		}
		var turns []historyTurn
		if err := json.Unmarshal(data, &turns); err != nil {
			return fmt.Errorf("historique %s : %w", *historyFile, err)
		}
		for _, t := range turns {
			q.History = append(q.History, agents.Turn{Question: t.Question, Answer: t.Answer, FactIDs: t.Facts})
			q.Disclosed = append(q.Disclosed, t.Facts...)
		}
	}
	emit := func(chunk string) error {
		if !*asJSON {
			_, err := io.WriteString(stdout, chunk)
			return err
		}
		return nil
	}
	ans, err := offline.New().Answer(ctx, q, emit)
	if err != nil {
		return askError(err)
	}
	if *asJSON {
		facts := ans.FactIDs
		if facts == nil {
			facts = []string{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(askResult{Agent: ans.AgentID, Text: ans.Text, Facts: facts, Engine: ans.Engine})
	}
	fmt.Fprintln(stdout)
	if len(ans.FactIDs) > 0 {
		fmt.Fprintf(stderr, "faits : %s\n", strings.Join(ans.FactIDs, ", "))
	}
	return nil
}

// askError says in French what was wrong with the question.
func askError(err error) error {
	switch {
	case errors.Is(err, agents.ErrEmptyQuestion):
		return fmt.Errorf("question vide")
	case errors.Is(err, agents.ErrQuestionTooLong):
		return fmt.Errorf("question trop longue (%d caractères au plus)", agents.MaxQuestionLen)
	case errors.Is(err, agents.ErrUnknownAgent):
		return fmt.Errorf("agent inconnu : %w", err)
	case errors.Is(err, agents.ErrAgentClosed):
		return fmt.Errorf("agent indisponible ce jour-là : %w", err)
	}
	return err
}
