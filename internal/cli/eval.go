package cli

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/yalu-osint/yalu/internal/eval"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
)

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval")
	format := fs.String("format", "text", "output format: text or json")
	verbose := fs.Bool("v", false, "list each document's misses, false hits and mismatches")
	ci := fs.Bool("ci", false, "add each field's 95% confidence interval of F1 (1,000 bootstrap draws of the documents)")
	against := fs.String("against", "", "score a second annotation of the same reports (a directory of NNN-slug.gold.json with their texts) instead of the extractor: how far two annotators agree")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		return fmt.Errorf("name the corpus directory (NNN-slug.txt with NNN-slug.gold.json beside each), or several to pool: %w", errUsage)
	}
	if *against != "" && fs.NArg() != 1 {
		return fmt.Errorf("-against compares two annotations of one set: name one corpus directory: %w", errUsage)
	}
	var cases []eval.Case
	for _, dir := range fs.Args() {
		cs, err := eval.LoadCorpus(dir)
		if err != nil {
			return err
		}
		if fs.NArg() > 1 {
			// Pooled sets number their reports alike: the set names them.
			for i := range cs {
				cs[i].ID = filepath.Base(filepath.Clean(dir)) + "/" + cs[i].ID
			}
		}
		cases = append(cases, cs...)
	}
	var predict func(c eval.Case) (*model.ExtractionResult, error)
	if *against != "" {
		second, err := eval.LoadCorpus(*against)
		if err != nil {
			return fmt.Errorf("loading the second annotation: %w", err)
		}
		byID := make(map[string]*eval.Gold, len(second))
		for i := range second {
			byID[second[i].ID] = &second[i].Gold
		}
		for _, c := range cases {
			if byID[c.ID] == nil {
				return fmt.Errorf("%s has no annotation of %s: annotate every report of %s, or score a directory that holds only those annotated", *against, c.ID, fs.Arg(0))
			}
		}
		predict = func(c eval.Case) (*model.ExtractionResult, error) { return byID[c.ID].Result(), nil }
	} else {
		ex, err := loadExtractor()
		if err != nil {
			return err
		}
		predict = func(c eval.Case) (*model.ExtractionResult, error) { return ExtractCase(ctx, ex, c) }
	}
	rep, err := eval.Score(cases, predict)
	if err != nil {
		return err
	}
	if *ci {
		rep.Bootstrap(1000)
	}
	if *format == "json" {
		return writeJSON(env.Stdout, rep)
	}
	if !*verbose {
		rep.PerDoc = nil
	}
	return rep.WriteText(env.Stdout)
}

// ExtractCase runs a corpus document through the cleaner (Case.Document)
// and the extractor.
func ExtractCase(ctx context.Context, ex pipeline.Extractor, c eval.Case) (*model.ExtractionResult, error) {
	doc, err := c.Document(ctx)
	if err != nil {
		return nil, err
	}
	return ex.Extract(ctx, doc)
}
