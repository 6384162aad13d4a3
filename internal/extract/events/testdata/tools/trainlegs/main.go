// Command trainlegs fits the leg scorer of package events (see package
// legtrain) on the annotated sets named by -sets. It prints leave-one-set-out
// figures (train on every set but one, score that one) for the rules alone
// and for the rules plus the scorer at several thresholds, then, with -out,
// trains on every set and writes the model with the chosen threshold: the
// highest whose F1, averaged over the folds, is within 0.005 of the best
// (legtrain.Choose). It lives under
// testdata so that it is no part of the binary; `go generate` in package
// events runs it:
//
//	go run ./testdata/tools/trainlegs -root ../../../testdata -out legmodel.json
//
// Only the sets named by -sets are read: a blind set stays out until it is
// retired.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/yalu-osint/yalu/internal/extract"
	"github.com/yalu-osint/yalu/internal/extract/events"
	"github.com/yalu-osint/yalu/internal/extract/events/legtrain"
)

func main() {
	sets := flag.String("sets", "corpus,heldout,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7,heldout8,heldout9,heldout10,heldout11,heldout12,heldout13,heldout14,heldout15", "annotated sets under -root to train on")
	root := flag.String("root", "testdata", "folder of the sets")
	out := flag.String("out", "", "write the model here (none: only report)")
	p := legtrain.Defaults
	flag.IntVar(&p.Rounds, "rounds", p.Rounds, "boosting rounds")
	flag.IntVar(&p.Depth, "depth", p.Depth, "tree depth")
	flag.Float64Var(&p.Eta, "eta", p.Eta, "shrinkage")
	flag.BoolVar(&p.Judge, "judge", p.Judge, "let the model judge the rules' own legs too (events keeps them)")
	show := flag.String("show", "", "list this set's false hits and misses across its fold (at -at), and the gold legs no candidate pair covers")
	at := flag.Float64("at", 0.5, "threshold for -show, one of the thresholds tried")
	drop := flag.String("drop", "", "comma-separated prefixes of features to leave out (for ablations)")
	flag.Parse()
	ctx := context.Background()
	ex, err := extract.New()
	if err != nil {
		fail(err)
	}
	var all []legtrain.Set
	for _, name := range strings.Split(*sets, ",") {
		s, err := legtrain.Load(ctx, ex, filepath.Join(*root, name), strings.Split(*drop, ","))
		if err != nil {
			fail(err)
		}
		all = append(all, s)
	}
	folds, err := legtrain.CrossValidate(all, nil, p)
	if err != nil {
		fail(err)
	}
	fmt.Printf("%-10s %5s %18s", "set", "gold", "rules P/R/F1")
	for _, th := range legtrain.Thresholds {
		fmt.Printf("   %4.2f", th)
	}
	fmt.Println("   ceiling")
	var sum legtrain.Fold
	sum.TP, sum.Pred = make([]int, len(legtrain.Thresholds)), make([]int, len(legtrain.Thresholds))
	row := func(f legtrain.Fold) {
		fmt.Printf("%-10s %5d %18s", f.Set, f.Gold, prf(f.RuleTP, f.RulePred, f.Gold))
		for ti := range legtrain.Thresholds {
			fmt.Printf("   %.3f", legtrain.F1(f.TP[ti], f.Pred[ti], f.Gold))
		}
		fmt.Printf("   %.3f\n", float64(f.Covered)/float64(max(f.Gold, 1)))
	}
	for _, f := range folds {
		row(f)
		sum.Gold, sum.Covered, sum.RuleTP, sum.RulePred = sum.Gold+f.Gold, sum.Covered+f.Covered, sum.RuleTP+f.RuleTP, sum.RulePred+f.RulePred
		for ti := range legtrain.Thresholds {
			sum.TP[ti] += f.TP[ti]
			sum.Pred[ti] += f.Pred[ti]
		}
	}
	sum.Set = "all"
	row(sum)
	fmt.Printf("%-10s %5s %18s", "mean", "", "")
	for ti := range legtrain.Thresholds {
		m := 0.0
		for _, f := range folds {
			m += legtrain.F1(f.TP[ti], f.Pred[ti], f.Gold)
		}
		fmt.Printf("   %.3f", m/float64(len(folds)))
	}
	fmt.Println()
	best := legtrain.Choose(folds)
	fmt.Printf("chosen threshold %.2f: %s across the folds\n", legtrain.Thresholds[best], prf(sum.TP[best], sum.Pred[best], sum.Gold))
	for _, f := range folds {
		if f.Set == *show {
			showErrors(f, *at)
		}
	}
	for _, s := range all {
		if s.Name != *show {
			continue
		}
		for _, d := range s.Docs {
			for _, g := range d.Uncovered {
				fmt.Printf("  uncovered %s: %s → %s (general %v)\n", d.ID, g.From, g.To, g.General)
			}
		}
	}
	if *out == "" {
		return
	}
	m := legtrain.Train(all, p).Export(legtrain.Thresholds[best],
		fmt.Sprintf("sets %s; leave-one-set-out legs %s (rules alone %s)", *sets, prf(sum.TP[best], sum.Pred[best], sum.Gold), prf(sum.RuleTP, sum.RulePred, sum.Gold)))
	if err := write(*out, m); err != nil {
		fail(err)
	}
}

// write stores the model one tree a line: small, and a retrained model
// diffs by tree.
func write(path string, m events.LegModel) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	b = []byte(strings.ReplaceAll(string(b), "],[", "],\n["))
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

func showErrors(f legtrain.Fold, at float64) {
	ti := -1
	for k, th := range legtrain.Thresholds {
		if th == at {
			ti = k
		}
	}
	if ti < 0 {
		fail(fmt.Errorf("-at %v is not one of the thresholds tried", at))
	}
	names := events.FeatureNames()
	for _, c := range []struct {
		tag string
		ex  []legtrain.Example
	}{{"false hit", f.FalseHits[ti]}, {"missed", f.Misses[ti]}} {
		for _, e := range c.ex {
			var fs []string
			for _, k := range e.Feats {
				fs = append(fs, names[k])
			}
			fmt.Printf("  %-9s %.2f rule=%v %s → %s  %s\n", c.tag, f.Scorer.Prob(e.Feats), e.Rule, e.From, e.To, strings.Join(fs, " "))
		}
	}
}

func prf(tp, pred, gold int) string {
	return fmt.Sprintf("%.2f/%.2f/%.3f", float64(tp)/float64(max(pred, 1)), float64(tp)/float64(max(gold, 1)), legtrain.F1(tp, pred, gold))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainlegs:", err)
	os.Exit(1)
}
