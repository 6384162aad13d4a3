package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/yalu-osint/yalu/internal/eval"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
)

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval")
	format := fs.String("format", "text", "output format: text or json")
	verbose := fs.Bool("v", false, "list each document's misses, false hits and mismatches")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("name the corpus directory (NNN-slug.txt with NNN-slug.gold.json beside each): %w", errUsage)
	}
	ex, err := loadExtractor()
	if err != nil {
		return err
	}
	cases, err := eval.LoadCorpus(fs.Arg(0))
	if err != nil {
		return err
	}
	rep, err := eval.Score(cases, func(c eval.Case) (*model.ExtractionResult, error) {
		return ExtractCase(ctx, ex, c)
	})
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(env.Stdout, rep)
	}
	if !*verbose {
		rep.PerDoc = nil
	}
	return rep.WriteText(env.Stdout)
}

// ExtractCase runs a corpus document through the cleaner (as a plain-text
// file, chrome and all) and the extractor. When the text carries no date of
// its own, the gold publication date stands in for the feed's date, which
// is what anchors relative dates in real use.
func ExtractCase(ctx context.Context, ex pipeline.Extractor, c eval.Case) (*model.ExtractionResult, error) {
	doc, err := pipeline.Clean(ctx, &model.Original{Body: []byte(c.Text), ContentType: "text/plain; charset=utf-8", Path: c.ID + ".txt"})
	if err != nil {
		return nil, err
	}
	if doc.Published == nil && c.Gold.Published != "" {
		if t, err := time.Parse("2006-01-02", c.Gold.Published); err == nil {
			doc.Published = &t
		}
	}
	return ex.Extract(ctx, doc)
}
