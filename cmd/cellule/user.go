package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"golang.org/x/term"

	"cellule/agents/offline"
	"cellule/app"
	"cellule/domain"
	"cellule/server"
)

func init() {
	register("user", "manage staff and jury accounts (user add --role staff|jury --email E [--name N])", userCmd)
}

func userCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprintln(stderr, "usage: cellule user add --role staff|jury --email E [--name N] [--data DIR | --eventstore URL]")
		return exitCode(2)
	}
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	role := fs.String("role", "", "staff or jury (candidates are enrolled by staff)")
	email := fs.String("email", "", "e-mail address (the login)")
	name := fs.String("name", "", "display name (default: the part of the e-mail before @)")
	dataDir := fs.String("data", "./data", "data directory of the embedded event store")
	url := fs.String("eventstore", "", "KurrentDB/EventStoreDB connection string instead of the embedded store")
	if err := fs.Parse(args[1:]); err != nil {
		return exitCode(2)
	}
	if *role != "staff" && *role != "jury" || *email == "" {
		fmt.Fprintln(stderr, "user add: --role staff|jury and --email are required")
		return exitCode(2)
	}
	if *name == "" {
		*name, _, _ = strings.Cut(*email, "@")
	}
	password, err := readPassword(os.Stdin, stderr)
	if err != nil {
		return err
	}

	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	store, err := server.OpenStore(ctx, *dataDir, *url, log)
	if err != nil {
		return err
	}
	defer store.Close()
	a, err := app.New(app.Deps{Store: store, Engine: offline.New(), Logger: log, SchedulerInterval: -1})
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.Start(ctx); err != nil {
		return err
	}
	u, err := a.AddUser(ctx, app.System, app.AddUserInput{
		Role: domain.Role(*role), Email: *email, DisplayName: *name, Password: password,
	})
	if err != nil {
		var refusal *domain.Error
		if errors.As(err, &refusal) {
			return errors.New(refusal.Message)
		}
		return err
	}
	fmt.Fprintf(stdout, "compte %s créé : %s (%s)\n", *role, u.Email, u.UserID)
	return nil
}

// readPassword asks twice on a terminal (no echo), or reads the first line
// of stdin when it is a pipe or a file (scripts).
func readPassword(stdin *os.File, prompt io.Writer) (string, error) {
	fd := int(stdin.Fd())
	if !term.IsTerminal(fd) {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !(errors.Is(err, io.EOF) && line != "") {
			return "", fmt.Errorf("read the password from stdin: %w", err)
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	fmt.Fprint(prompt, "Mot de passe : ")
	p1, err := term.ReadPassword(fd)
	fmt.Fprintln(prompt)
	if err != nil {
		return "", err
	}
	fmt.Fprint(prompt, "Confirmez : ")
	p2, err := term.ReadPassword(fd)
	fmt.Fprintln(prompt)
	if err != nil {
		return "", err
	}
	if string(p1) != string(p2) {
		return "", errors.New("les deux mots de passe diffèrent")
	}
	return string(p1), nil
}
