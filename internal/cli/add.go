package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/schollz/progressbar/v3"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
	"github.com/yalu-osint/yalu/internal/source/fetch"
	"github.com/yalu-osint/yalu/internal/source/files"
)

// input is one thing named on the command line, expanded: a file, a URL or stdin.
type input struct {
	kind string // "file", "url", "stdin"
	ref  string
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// expandInputs turns arguments into inputs, walking directories.
func expandInputs(ctx context.Context, args []string) ([]input, files.Skipped, []error) {
	var ins []input
	skipped := files.Skipped{}
	var errs []error
	for _, a := range args {
		switch {
		case a == "-":
			ins = append(ins, input{"stdin", "-"})
		case isURL(a):
			ins = append(ins, input{"url", a})
		default:
			sk, err := files.Walk(ctx, a, func(p string) error {
				ins = append(ins, input{"file", p})
				return nil
			})
			for k, v := range sk {
				skipped[k] += v
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", a, err))
			}
		}
	}
	return ins, skipped, errs
}

// loader reads inputs into originals.
type loader struct {
	env     *Env
	fetcher *fetch.Fetcher
	maxSize int64
}

func newLoader(env *Env, allowPrivate bool, maxSize int64) *loader {
	f := fetch.New(fetch.Config{AllowPrivate: allowPrivate, MaxBody: maxSize, UserAgent: "yalu/" + Version + " (+https://github.com/yalu-osint/yalu)"})
	return &loader{env: env, fetcher: f, maxSize: maxSize}
}

func (l *loader) load(ctx context.Context, in input) (*model.Original, error) {
	switch in.kind {
	case "stdin":
		o, err := files.FromReader(l.env.Stdin, l.maxSize, l.env.Now())
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		o.Path = "-"
		return o, nil
	case "url":
		resp, err := l.fetcher.Fetch(ctx, fetch.Request{URL: in.ref})
		if err != nil {
			return nil, err
		}
		o, err := files.FromReader(strings.NewReader(string(resp.Body)), l.maxSize, resp.FetchedAt)
		if err != nil {
			return nil, err
		}
		o.URL, o.RequestURL = resp.URL, resp.RequestURL
		o.Headers = resp.Header
		if ct := resp.Header.Get("Content-Type"); ct != "" {
			o.ContentType = ct
		}
		return o, nil
	default:
		return files.Read(in.ref, l.maxSize, l.env.Now())
	}
}

func runAdd(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "add")
	var cf commonFlags
	cf.register(fs, env)
	allowPrivate := fs.Bool("allow-private", false, "allow fetching URLs on loopback or private networks")
	maxSize := fs.Int64("max-size", files.DefaultMaxSize, "largest input in bytes")
	quiet := fs.Bool("quiet", false, "print only errors and the summary")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("name at least one file, directory, URL or - for standard input: %w", errUsage)
	}
	a, err := openApp(ctx, env, &cf)
	if err != nil {
		return err
	}
	defer a.Close()

	ins, skipped, errs := expandInputs(ctx, fs.Args())
	for _, e := range errs {
		fmt.Fprintf(env.Stderr, "error: %v\n", e)
	}
	l := newLoader(env, *allowPrivate, *maxSize)
	var bar *progressbar.ProgressBar
	if env.isTerminal() && !*quiet && len(ins) > 1 {
		bar = progressbar.NewOptions(len(ins), progressbar.OptionSetWriter(env.Stderr),
			progressbar.OptionSetDescription("ingesting"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	}
	var s addSummary
	s.failed = len(errs)
	for _, in := range ins {
		if ctx.Err() != nil {
			break
		}
		out, err := ingestOne(ctx, a, l, in)
		if bar != nil {
			_ = bar.Add(1)
		}
		if err != nil {
			s.failed++
			fmt.Fprintf(env.Stderr, "error: %s: %v\n", in.ref, err)
			continue
		}
		s.count(out)
		if bar == nil && !*quiet {
			a.log.Info("ingested", "input", in.ref, "document_id", out.DocumentID, "new", out.NewOriginal, "story_id", out.StoryID, "title", out.Title)
		}
	}
	if bar != nil {
		_ = bar.Finish()
	}
	fmt.Fprintln(env.Stdout, s.String(skipped))
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.failed > 0 {
		return fmt.Errorf("%d of %d inputs failed (see the error lines above); everything else was stored: %w", s.failed, len(ins)+len(errs), errPartial)
	}
	return nil
}

func ingestOne(ctx context.Context, a *app, l *loader, in input) (*pipeline.Outcome, error) {
	o, err := l.load(ctx, in)
	if err != nil {
		return nil, err
	}
	out, err := a.pipeline.Ingest(ctx, o)
	if err != nil {
		var hint string
		if out != nil && out.SHA256 != "" {
			hint = " (the original is kept; 'yalu reprocess' retries it)"
		}
		return nil, fmt.Errorf("%w%s", err, hint)
	}
	return out, nil
}

type addSummary struct {
	added, unchanged, stories, failed int
}

func (s *addSummary) count(out *pipeline.Outcome) {
	if out.NewOriginal || out.Processed {
		s.added++
		if out.NewStory {
			s.stories++
		}
	} else {
		s.unchanged++
	}
}

func (s *addSummary) String(skipped files.Skipped) string {
	msg := fmt.Sprintf("added %d document(s) (%d new stories), %d already stored", s.added, s.stories, s.unchanged)
	if n := skipped.Total(); n > 0 {
		msg += fmt.Sprintf(", skipped %d (%s)", n, skipped)
	}
	if s.failed > 0 {
		msg += fmt.Sprintf(", %d failed", s.failed)
	}
	return msg
}
