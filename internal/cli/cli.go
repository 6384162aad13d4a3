// Package cli is yalu's command-line interface: one file per command, wired
// explicitly in the commands table below.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// Version is set at build time with -ldflags "-X .../internal/cli.Version=…".
var Version = "0.1.0-dev"

// Env is what a command may touch of the outside world, so tests can run
// commands in-process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
	// Ready, when set, is told the address a server listens on (tests).
	Ready func(addr string)
}

// OSEnv is the real process environment.
func OSEnv() *Env {
	return &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now}
}

func (e *Env) isTerminal() bool {
	f, ok := e.Stderr.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// errUsage marks a command-line mistake: exit status 2.
var errUsage = errors.New("usage error")

// errPartial marks a run where some inputs failed but others succeeded: exit status 1.
var errPartial = errors.New("some inputs failed")

type command struct {
	name    string
	summary string
	usage   string // arguments after the command name
	example string
	run     func(ctx context.Context, env *Env, args []string) error
}

func commands() []command {
	return []command{
		{"add", "ingest files, directories, web pages or stdin", "[flags] PATH|URL|- ...",
			"yalu add ~/reports/ https://www.dailynk.com/english/some-report/", runAdd},
		{"docs", "list stored documents", "[flags]", "yalu docs --format json --limit 20", runDocs},
		{"show", "print one document's clean text and metadata", "[flags] ID", "yalu show 12 --format json", runShow},
		{"search", "full-text search over stored documents", "[flags] QUERY", `yalu search "spy camera" ; yalu search 혜산`, runSearch},
		{"extract", "print the facts extracted from documents without storing them", "[flags] FILE|URL|- ...",
			"yalu extract --format text report.html", runExtract},
		{"reprocess", "re-run cleaning and extraction over every stored original", "[flags]", "yalu reprocess", runReprocess},
		{"stories", "list stories: every copy of a report grouped as one", "[flags]", "yalu stories --format json", runStories},
		{"feeds", "follow news feeds: add, import, export, list, rm, poll", "SUBCOMMAND [flags] ...",
			"yalu feeds import outlets.opml && yalu feeds poll --once", runFeeds},
		{"serve", "run the HTTP API, web interface and feed polling", "[flags]", "yalu serve --listen 127.0.0.1:8080", runServe},
		{"demo", "load the bundled sample corpus into a demo database and serve it", "[flags]", "yalu demo", runDemo},
		{"eval", "score extraction against gold-annotated corpora (several are pooled)", "[flags] DIR...", "yalu eval testdata/corpus", runEval},
		{"bench", "measure ingest speed and memory against bare go-readability", "ingest [flags]", "yalu bench ingest --docs 10000", runBench},
		{"version", "print the version", "", "yalu version", runVersion},
	}
}

// Run executes the command line args (without the program name) and returns
// the process exit status: 0 success, 1 something failed, 2 usage error.
func Run(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			return Run(ctx, []string{args[1], "--help"}, env)
		}
		printUsage(env.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "--version" || args[0] == "-version" {
		args[0] = "version"
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(env.Stderr, "yalu %s: %v\nRun 'yalu %s --help' for usage.\n", c.name, strings.TrimSuffix(err.Error(), ": "+errUsage.Error()), c.name)
			return 2
		case errors.Is(err, errPartial):
			fmt.Fprintf(env.Stderr, "yalu %s: %v\n", c.name, err)
			return 1
		case errors.Is(err, context.Canceled):
			fmt.Fprintf(env.Stderr, "yalu %s: interrupted\n", c.name)
			return 130
		default:
			fmt.Fprintf(env.Stderr, "yalu %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(env.Stderr, "yalu: unknown command %q\nRun 'yalu --help' for the list of commands.\n", args[0])
	return 2
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `yalu turns open-source reporting on illicit trade with North Korea into an
evidence-linked, searchable record: places, organisations, goods, prices,
quantities and dates, each with the words it came from.

Usage:
  yalu COMMAND [flags] [arguments]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Every command takes --db PATH (or YALU_DB) to choose the database file;
the default is $XDG_DATA_HOME/yalu/yalu.db (~/.local/share/yalu/yalu.db).

Run 'yalu COMMAND --help' for a command's flags and an example.
`)
}

// newFlags makes a command's flag set with the help text every command shares.
func newFlags(env *Env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("yalu "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		for _, c := range commands() {
			if c.name == name {
				fmt.Fprintf(env.Stdout, "yalu %s — %s\n\nUsage:\n  yalu %s %s\n\nExample:\n  %s\n", c.name, c.summary, c.name, c.usage, c.example)
			}
		}
		var has bool
		fs.VisitAll(func(*flag.Flag) { has = true })
		if has {
			fmt.Fprintln(env.Stdout, "\nFlags:")
			fs.SetOutput(env.Stdout)
			fs.PrintDefaults()
			fs.SetOutput(env.Stderr)
		}
	}
	return fs
}

// parse parses flags, allowing flags after positional arguments
// ("yalu show 12 --format json").
func parse(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return fmt.Errorf("%v: %w", err, errUsage)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, positional...))
}

// commonFlags are the flags every store-using command takes.
type commonFlags struct {
	db       string
	logLevel string
}

func (c *commonFlags) register(fs *flag.FlagSet, env *Env) {
	fs.StringVar(&c.db, "db", env.Getenv("YALU_DB"), "database file (default $XDG_DATA_HOME/yalu/yalu.db; env YALU_DB)")
	fs.StringVar(&c.logLevel, "log-level", "info", "log level: debug, info, warn or error")
}

func (c *commonFlags) logger(env *Env) *slog.Logger {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.logLevel)); err != nil {
		lvl = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: lvl}))
}

func runVersion(_ context.Context, env *Env, args []string) error {
	fs := newFlags(env, "version")
	if err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "yalu %s\n", Version)
	return nil
}
