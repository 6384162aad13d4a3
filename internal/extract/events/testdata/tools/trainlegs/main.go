// Command trainlegs fits the leg scorer of package events: a logistic model
// over the features events.LegCandidates gives each pair of places, labelled
// by the gold legs of the annotated sets. It prints leave-one-set-out
// figures (train on every set but one, score that one) for the rules alone
// and for the scorer at several thresholds, then trains on every set and
// writes the model with the threshold that did best across the folds. It
// lives under testdata so that it is no part of the binary; `go generate`
// in package events runs it:
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
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/yalu-osint/yalu/internal/eval"
	"github.com/yalu-osint/yalu/internal/extract"
	"github.com/yalu-osint/yalu/internal/extract/events"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
)

type example struct {
	feats []int
	label bool
	rule  bool
	from  string
	to    string
}

type doc struct {
	id    string
	ex    []example
	gold  []eval.GoldLeg // distinct by name
	union int            // gold legs no candidate covers
}

type set struct {
	name string
	docs []doc
}

func main() {
	sets := flag.String("sets", "corpus,heldout,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7,heldout8,heldout9", "annotated sets under -root to train on")
	root := flag.String("root", "testdata", "folder of the sets")
	out := flag.String("out", "", "write the model here (none: only report)")
	l2 := flag.Float64("l2", 1.0, "L2 penalty on the weights (bias excluded)")
	iters := flag.Int("iters", 4000, "gradient steps")
	kind := flag.String("model", "gbdt", "lr (logistic regression) or gbdt (boosted trees)")
	rounds := flag.Int("rounds", 100, "boosting rounds (gbdt)")
	depth := flag.Int("depth", 3, "tree depth (gbdt)")
	eta := flag.Float64("eta", 0.3, "shrinkage (gbdt)")
	show := flag.String("show", "", "list this set's false hits and misses across its fold (at -at)")
	at := flag.Float64("at", 0.5, "threshold for -show")
	union := flag.Bool("union", true, "the rules' legs stand and the model only adds (as events runs it); false: the model also judges the rules' legs")
	drop := flag.String("drop", "", "comma-separated prefixes of features to leave out (for ablations)")
	flag.Parse()
	ctx := context.Background()
	ex, err := extract.New()
	if err != nil {
		fail(err)
	}
	names := events.FeatureNames()
	index := map[string]int{}
	for k, n := range names {
		index[n] = k
	}
	var all []set
	for _, name := range strings.Split(*sets, ",") {
		s, err := load(ctx, ex, filepath.Join(*root, name), index, strings.Split(*drop, ","))
		if err != nil {
			fail(err)
		}
		s.name = name
		all = append(all, s)
	}
	thresholds := []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7}
	fmt.Printf("%-10s %5s %18s", "set", "gold", "rules P/R/F1")
	for _, th := range thresholds {
		fmt.Printf("   %4.2f", th)
	}
	fmt.Println("   ceiling")
	var rulesT, goldT, ceilT int
	var rulesP int
	tp, pp := make([]int, len(thresholds)), make([]int, len(thresholds))
	for k := range all {
		var train []example
		for j := range all {
			if j != k {
				for _, d := range all[j].docs {
					train = appendTrain(train, d.ex, *union)
				}
			}
		}
		w := learn(*kind, train, len(names), *l2, *iters, *rounds, *depth, *eta)
		g, rt, rp, ceil := 0, 0, 0, 0
		for _, d := range all[k].docs {
			g += len(d.gold)
			ceil += len(d.gold) - d.union
			for _, e := range d.ex {
				if e.rule {
					rp++
					if e.label {
						rt++
					}
				}
			}
		}
		rulesT, rulesP, goldT, ceilT = rulesT+rt, rulesP+rp, goldT+g, ceilT+ceil
		fmt.Printf("%-10s %5d %18s", all[k].name, g, prf(rt, rp, g))
		for ti, th := range thresholds {
			t, p := 0, 0
			for _, d := range all[k].docs {
				for _, e := range d.ex {
					if (*union && e.rule) || w.prob(e.feats) >= th {
						p++
						if e.label {
							t++
						}
					}
				}
			}
			tp[ti] += t
			pp[ti] += p
			fmt.Printf("   %.3f", f1(t, p, g))
		}
		fmt.Printf("   %.3f\n", float64(ceil)/float64(max(g, 1)))
		if all[k].name == *show {
			defer showErrors(all[k], w, *at, names)
		}
	}
	fmt.Printf("%-10s %5d %18s", "all", goldT, prf(rulesT, rulesP, goldT))
	best := 0
	for ti := range thresholds {
		fmt.Printf("   %.3f", f1(tp[ti], pp[ti], goldT))
		if f1(tp[ti], pp[ti], goldT) > f1(tp[best], pp[best], goldT) {
			best = ti
		}
	}
	top := best
	fmt.Printf("   %.3f\n", float64(ceilT)/float64(max(goldT, 1)))
	// Precision first: the highest threshold whose F1 is within 0.005 of
	// the best.
	for ti := range thresholds {
		if ti > best && f1(tp[ti], pp[ti], goldT) >= f1(tp[top], pp[top], goldT)-0.005 {
			best = ti
		}
	}
	fmt.Printf("chosen threshold %.2f: %s across the folds\n", thresholds[best], prf(tp[best], pp[best], goldT))
	if *out == "" {
		return
	}
	var train []example
	for _, s := range all {
		for _, d := range s.docs {
			train = appendTrain(train, d.ex, *union)
		}
	}
	w := learn(*kind, train, len(names), *l2, *iters, *rounds, *depth, *eta)
	m := events.LegModel{Weights: map[string]float64{}, Threshold: thresholds[best],
		Trained: fmt.Sprintf("%d pairs from the sets %s; leave-one-set-out legs %s (rules alone %s)", len(train), *sets, prf(tp[best], pp[best], goldT), prf(rulesT, rulesP, goldT))}
	for k, n := range names {
		if w.w[k] != 0 {
			m.Weights[n] = math.Round(w.w[k]*1e4) / 1e4
		}
	}
	for _, t := range w.trees {
		var nodes []events.TreeNode
		for _, nd := range t {
			tn := events.TreeNode{Value: math.Round(nd.value*1e4) / 1e4}
			if nd.feat >= 0 {
				tn = events.TreeNode{Feature: names[nd.feat], Yes: nd.yes, No: nd.no}
			}
			nodes = append(nodes, tn)
		}
		m.Trees = append(m.Trees, nodes)
	}
	// One tree a line: small, and a retrained model diffs by tree.
	b, err := json.Marshal(m)
	if err != nil {
		fail(err)
	}
	b = []byte(strings.ReplaceAll(string(b), "],[", "],\n["))
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		fail(err)
	}
}

// appendTrain adds a document's pairs to the training data; with union set
// the rules' own legs stay out, since the model only adds to them.
func appendTrain(train, ex []example, union bool) []example {
	for _, e := range ex {
		if !union || !e.rule {
			train = append(train, e)
		}
	}
	return train
}

func showErrors(s set, w *scorerModel, th float64, names []string) {
	for _, d := range s.docs {
		fmt.Println("==", d.id)
		for _, e := range d.ex {
			p := w.prob(e.feats)
			if (p >= th) != e.label || (e.label && e.rule != (p >= th)) {
				var fs []string
				for _, f := range e.feats {
					fs = append(fs, names[f])
				}
				tag := "false hit"
				if e.label {
					tag = "missed"
				}
				fmt.Printf("  %-9s %.2f rule=%v %s → %s  %s\n", tag, p, e.rule, e.from, e.to, strings.Join(fs, " "))
			}
		}
		for _, g := range d.gold {
			if !slices.ContainsFunc(d.ex, func(e example) bool { return e.label && e.from != "" && eval.LegMatches(g, e.from, e.to) }) {
				fmt.Printf("  no candidate %s → %s\n", g.From, g.To)
			}
		}
	}
}

// load extracts every document of one set and labels its candidates.
func load(ctx context.Context, ex *extract.Extractor, dir string, index map[string]int, drop []string) (set, error) {
	cases, err := eval.LoadCorpus(dir)
	if err != nil {
		return set{}, err
	}
	var s set
	for _, c := range cases {
		d, err := pipeline.Clean(ctx, &model.Original{Body: []byte(c.Text), ContentType: "text/plain; charset=utf-8", Path: c.ID + ".txt"})
		if err != nil {
			return set{}, fmt.Errorf("%s: %w", c.ID, err)
		}
		if d.Published == nil && c.Gold.Published != "" {
			if t, err := time.Parse(time.DateOnly, c.Gold.Published); err == nil {
				d.Published = &t
			}
		}
		cands, err := ex.LegCandidates(ctx, d)
		if err != nil {
			return set{}, fmt.Errorf("%s: %w", c.ID, err)
		}
		dd := doc{id: c.ID}
		for _, g := range c.Gold.Legs {
			if !slices.ContainsFunc(dd.gold, func(h eval.GoldLeg) bool { return h.From == g.From && h.To == g.To }) {
				dd.gold = append(dd.gold, g)
			}
		}
		covered := make([]bool, len(dd.gold))
		for _, cd := range cands {
			e := example{from: cd.From, to: cd.To, rule: cd.Rule}
			for _, f := range cd.Features {
				if f == "rule_gen" {
					e.rule = true
				}
				if slices.ContainsFunc(drop, func(p string) bool { return p != "" && strings.HasPrefix(f, p) }) {
					continue
				}
				e.feats = append(e.feats, index[f])
			}
			for k, g := range dd.gold {
				if !covered[k] && eval.LegMatches(g, cd.From, cd.To) {
					covered[k], e.label = true, true
					break
				}
			}
			dd.ex = append(dd.ex, e)
		}
		for _, c := range covered {
			if !c {
				dd.union++
			}
		}
		s.docs = append(s.docs, dd)
	}
	return s, nil
}

// scorerModel is a linear part plus boosted trees, as events scores.
type scorerModel struct {
	w     []float64
	trees [][]node
}

// node is a tree node: a split on feat (yes: the pair has it), or a leaf
// (feat −1) worth value.
type node struct {
	feat    int
	yes, no int
	value   float64
}

func (m *scorerModel) margin(feats []int) float64 {
	s := 0.0
	for _, f := range feats {
		s += m.w[f]
	}
	for _, t := range m.trees {
		k := 0
		for t[k].feat >= 0 {
			if slices.Contains(feats, t[k].feat) {
				k = t[k].yes
			} else {
				k = t[k].no
			}
		}
		s += t[k].value
	}
	return s
}

func (m *scorerModel) prob(feats []int) float64 { return 1 / (1 + math.Exp(-m.margin(feats))) }

func learn(kind string, data []example, n int, l2 float64, iters, rounds, depth int, eta float64) *scorerModel {
	if kind == "lr" {
		return &scorerModel{w: fit(data, n, l2, iters)}
	}
	return boost(data, n, rounds, depth, eta)
}

// boost fits gradient-boosted trees on the logistic loss (second-order
// steps, L2 of 1 on leaf values); the bias is the base score.
func boost(data []example, n, rounds, depth int, eta float64) *scorerModel {
	m := &scorerModel{w: make([]float64, n)}
	pos := 0
	for _, e := range data {
		if e.label {
			pos++
		}
	}
	pr := (float64(pos) + 1) / (float64(len(data)) + 2)
	m.w[0] = math.Log(pr / (1 - pr))
	margin := make([]float64, len(data))
	for i := range margin {
		margin[i] = m.w[0]
	}
	g, h := make([]float64, len(data)), make([]float64, len(data))
	has := make([][]bool, len(data))
	for i, e := range data {
		has[i] = make([]bool, n)
		for _, f := range e.feats {
			has[i][f] = true
		}
	}
	const lambda, minH = 1.0, 1.0
	gf, hf := make([]float64, n), make([]float64, n)
	for range rounds {
		for i, e := range data {
			p := 1 / (1 + math.Exp(-margin[i]))
			y := 0.0
			if e.label {
				y = 1
			}
			g[i], h[i] = p-y, max(p*(1-p), 1e-6)
		}
		var tree []node
		var grow func(idx []int, d int) int
		grow = func(idx []int, d int) int {
			G, H := 0.0, 0.0
			for _, i := range idx {
				G += g[i]
				H += h[i]
			}
			k := len(tree)
			tree = append(tree, node{feat: -1, value: -eta * G / (H + lambda)})
			if d == depth {
				return k
			}
			clear(gf)
			clear(hf)
			for _, i := range idx {
				for _, f := range data[i].feats {
					gf[f] += g[i]
					hf[f] += h[i]
				}
			}
			best, bestGain := -1, 0.0
			for f := 1; f < n; f++ {
				gl, hl := gf[f], hf[f]
				gr, hr := G-gl, H-hl
				if hl < minH || hr < minH {
					continue
				}
				gain := gl*gl/(hl+lambda) + gr*gr/(hr+lambda) - G*G/(H+lambda)
				if gain > bestGain+1e-9 {
					best, bestGain = f, gain
				}
			}
			if best < 0 {
				return k
			}
			var yes, no []int
			for _, i := range idx {
				if has[i][best] {
					yes = append(yes, i)
				} else {
					no = append(no, i)
				}
			}
			tree[k].feat = best
			y := grow(yes, d+1)
			nn := grow(no, d+1)
			tree[k].yes, tree[k].no = y, nn
			return k
		}
		all := make([]int, len(data))
		for i := range all {
			all[i] = i
		}
		grow(all, 0)
		for i := range data {
			k := 0
			for tree[k].feat >= 0 {
				if has[i][tree[k].feat] {
					k = tree[k].yes
				} else {
					k = tree[k].no
				}
			}
			margin[i] += tree[k].value
		}
		m.trees = append(m.trees, tree)
	}
	return m
}

// fit trains a logistic regression by full-batch gradient descent with
// Adam steps; feature 0 is the bias and goes unpenalised.
func fit(data []example, n int, l2 float64, iters int) []float64 {
	w := make([]float64, n)
	m, v := make([]float64, n), make([]float64, n)
	g := make([]float64, n)
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	for it := 1; it <= iters; it++ {
		clear(g)
		for _, e := range data {
			p := prob(w, e.feats)
			y := 0.0
			if e.label {
				y = 1
			}
			for _, f := range e.feats {
				g[f] += p - y
			}
		}
		for k := range w {
			g[k] /= float64(len(data))
			if k != 0 {
				g[k] += l2 * w[k] / float64(len(data))
			}
			m[k] = b1*m[k] + (1-b1)*g[k]
			v[k] = b2*v[k] + (1-b2)*g[k]*g[k]
			mh := m[k] / (1 - math.Pow(b1, float64(it)))
			vh := v[k] / (1 - math.Pow(b2, float64(it)))
			w[k] -= lr * mh / (math.Sqrt(vh) + eps)
		}
	}
	return w
}

func prob(w []float64, feats []int) float64 {
	s := 0.0
	for _, f := range feats {
		s += w[f]
	}
	return 1 / (1 + math.Exp(-s))
}

func f1(tp, pred, gold int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(pred), float64(tp)/float64(gold)
	return 2 * p * r / (p + r)
}

func prf(tp, pred, gold int) string {
	return fmt.Sprintf("%.2f/%.2f/%.3f", float64(tp)/float64(max(pred, 1)), float64(tp)/float64(max(gold, 1)), f1(tp, pred, gold))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainlegs:", err)
	os.Exit(1)
}
