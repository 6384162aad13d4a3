package cli

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/yalu-osint/yalu/internal/dedup"
	"github.com/yalu-osint/yalu/internal/extract"
	"github.com/yalu-osint/yalu/internal/pipeline"
	"github.com/yalu-osint/yalu/internal/store"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

// app is an opened database with the pipeline wired to it.
type app struct {
	store    store.Store
	pipeline *pipeline.Pipeline
	log      *slog.Logger
	dbPath   string
}

func openStore(ctx context.Context, path string) (*sqlite.Store, string, error) {
	if path == "" {
		p, err := sqlite.DefaultPath()
		if err != nil {
			return nil, "", fmt.Errorf("finding the default database location: %w; pass --db PATH", err)
		}
		path = p
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, path, fmt.Errorf("opening database %s: %w", path, err)
	}
	return st, path, nil
}

func openApp(ctx context.Context, env *Env, cf *commonFlags) (*app, error) {
	log := cf.logger(env)
	st, path, err := openStore(ctx, cf.db)
	if err != nil {
		return nil, err
	}
	ex, err := loadExtractor()
	if err != nil {
		st.Close()
		return nil, err
	}
	clusterer, err := dedup.New(dedup.Config{Store: st, Logger: log})
	if err != nil {
		st.Close()
		return nil, err
	}
	p := &pipeline.Pipeline{
		Store:     st,
		Stories:   clusterer,
		Extractor: ex,
		Logger:    log,
		Now:       env.Now,
	}
	return &app{store: st, pipeline: p, log: log, dbPath: path}, nil
}

func (a *app) Close() error { return a.store.Close() }

// loadExtractor loads the gazetteer and lexicons once per process.
var loadExtractor = sync.OnceValues(func() (*extract.Extractor, error) {
	ex, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("loading extraction data: %w", err)
	}
	return ex, nil
})
