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
	register("user", "manage accounts: user add|passwd|disable (see cellule user)", userCmd)
}

const userUsage = `usage:
  cellule user add --role staff|jury --email E [--name N]   password from a prompt or stdin
  cellule user passwd --email E                            reset a staff or jury password (prompt or stdin)
  cellule user disable --email E --reason R                the account can no longer log in; its sessions end
each takes [--data DIR | --eventstore URL]; they may run while the server runs on the same store`

func userCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, userUsage)
		return exitCode(2)
	}
	fs := flag.NewFlagSet("user "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	email := fs.String("email", "", "e-mail address (the login)")
	dataDir := fs.String("data", "./data", "data directory of the embedded event store")
	url := fs.String("eventstore", "", "KurrentDB/EventStoreDB connection string instead of the embedded store")
	var role, name, reason *string
	switch args[0] {
	case "add":
		role = fs.String("role", "", "staff or jury (candidates are enrolled by staff)")
		name = fs.String("name", "", "display name (default: the part of the e-mail before @)")
	case "passwd":
	case "disable":
		reason = fs.String("reason", "", "why (kept in the account's history)")
	default:
		fmt.Fprintln(stderr, userUsage)
		return exitCode(2)
	}
	if err := fs.Parse(args[1:]); err != nil {
		return exitCode(2)
	}
	switch {
	case *email == "":
		fmt.Fprintf(stderr, "user %s: --email is required\n", args[0])
		return exitCode(2)
	case role != nil && *role != "staff" && *role != "jury":
		fmt.Fprintln(stderr, "user add: --role staff|jury is required")
		return exitCode(2)
	case reason != nil && *reason == "":
		fmt.Fprintln(stderr, "user disable: --reason is required")
		return exitCode(2)
	}
	var password string
	if args[0] != "disable" {
		var err error
		if password, err = readPassword(os.Stdin, stderr); err != nil {
			return err
		}
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
	var u app.UserView
	switch args[0] {
	case "add":
		if *name == "" {
			*name, _, _ = strings.Cut(*email, "@")
		}
		u, err = a.AddUser(ctx, app.System, app.AddUserInput{Role: domain.Role(*role), Email: *email, DisplayName: *name, Password: password})
	case "passwd":
		u, err = a.SetPassword(ctx, app.System, app.SetPasswordInput{Email: *email, Password: password})
	case "disable":
		u, err = a.DisableUser(ctx, app.System, app.DisableUserInput{Email: *email, Reason: *reason})
	}
	if err != nil {
		var refusal *domain.Error
		if errors.As(err, &refusal) {
			return errors.New(refusal.Message)
		}
		return err
	}
	switch args[0] {
	case "add":
		fmt.Fprintf(stdout, "compte %s créé : %s (%s)\n", *role, u.Email, u.UserID)
	case "passwd":
		fmt.Fprintf(stdout, "mot de passe remplacé : %s\n", u.Email)
	case "disable":
		fmt.Fprintf(stdout, "compte désactivé : %s\n", u.Email)
	}
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
