package cli

import (
	"context"
	"fmt"

	"github.com/schollz/progressbar/v3"

	"github.com/yalu-osint/yalu/internal/clean"
	"github.com/yalu-osint/yalu/internal/model"
)

func runReprocess(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "reprocess")
	var cf commonFlags
	cf.register(fs, env)
	if err := parse(fs, args); err != nil {
		return err
	}
	a, err := openApp(ctx, env, &cf)
	if err != nil {
		return err
	}
	defer a.Close()
	total, err := a.store.CountOriginals(ctx)
	if err != nil {
		return fmt.Errorf("counting originals: %w", err)
	}
	var bar *progressbar.ProgressBar
	if env.isTerminal() && total > 1 {
		bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(env.Stderr),
			progressbar.OptionSetDescription("reprocessing"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	}
	var done, failed int
	err = a.store.EachOriginal(ctx, func(o *model.Original) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		_, err := a.pipeline.Reprocess(ctx, o)
		if bar != nil {
			_ = bar.Add(1)
		}
		if err != nil {
			failed++
			src := o.URL
			if src == "" {
				src = o.Path
			}
			fmt.Fprintf(env.Stderr, "error: sha256:%s (%s): %v\n", o.SHA256[:12], orDash(src), err)
			return nil
		}
		done++
		return nil
	})
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		return fmt.Errorf("reprocessing: %w", err)
	}
	fmt.Fprintf(env.Stdout, "reprocessed %d of %d originals with %s and extractor %s", done, total, clean.Version, a.pipeline.Extractor.Version())
	if failed > 0 {
		fmt.Fprintf(env.Stdout, ", %d failed\n", failed)
		return fmt.Errorf("%d originals could not be processed (they stay stored): %w", failed, errPartial)
	}
	fmt.Fprintln(env.Stdout)
	return nil
}
