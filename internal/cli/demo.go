package cli

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/yalu-osint/yalu/internal/demo"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

func runDemo(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "demo")
	var cf commonFlags
	cf.register(fs, env)
	listen := fs.String("listen", "127.0.0.1:8080", "address to listen on")
	loadOnly := fs.Bool("load-only", false, "load the sample corpus and exit without serving")
	if err := parse(fs, args); err != nil {
		return err
	}
	if cf.db == "" {
		// The demo keeps to its own database so it never mixes samples into real work.
		p, err := sqlite.DefaultPath()
		if err != nil {
			return fmt.Errorf("finding the data directory: %w; pass --db PATH", err)
		}
		cf.db = filepath.Join(filepath.Dir(p), "demo.db")
	}
	a, err := openApp(ctx, env, &cf)
	if err != nil {
		return err
	}
	defer a.Close()
	origs, err := demo.Originals(env.Now())
	if err != nil {
		return err
	}
	var s addSummary
	for _, o := range origs {
		out, err := a.pipeline.Ingest(ctx, o)
		if err != nil {
			s.failed++
			fmt.Fprintf(env.Stderr, "error: %s: %v\n", o.Path+o.URL, err)
			continue
		}
		s.count(out)
	}
	fmt.Fprintf(env.Stdout, "demo corpus: %s into %s\n", s.String(nil), a.dbPath)
	if s.failed > 0 {
		return fmt.Errorf("%d sample documents failed to load: %w", s.failed, errPartial)
	}
	if *loadOnly {
		return nil
	}
	fmt.Fprintln(env.Stdout, "Try: the document list, a document's highlighted facts, Stories, and search (e.g. 혜산, coal, spy camera).")
	return serve(ctx, env, a, *listen, false, false)
}
