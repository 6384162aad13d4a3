// Package legtrain fits the leg scorer of package events: gradient-boosted
// trees on the logistic loss over the binary features events.LegCandidates
// gives each pair of places, labelled by the gold legs of annotated sets.
// It also scores a model by leave-one-set-out cross-validation, the figure
// that says how the scorer does on writers it has not seen. The command
// events/testdata/tools/trainlegs (run by go generate) writes legmodel.json
// with it; the quality tests of package cli run its cross-validation.
package legtrain

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"

	"github.com/yalu-osint/yalu/internal/eval"
	"github.com/yalu-osint/yalu/internal/extract"
	"github.com/yalu-osint/yalu/internal/extract/events"
)

// Example is one candidate pair of a document.
type Example struct {
	Feats    []int // indices into events.FeatureNames
	Label    bool  // a gold leg
	Rule     bool  // the rules state it
	From, To string
}

// Doc is one annotated report's candidates and gold legs.
type Doc struct {
	ID        string
	Examples  []Example
	Gold      []eval.GoldLeg // distinct by name
	Uncovered []eval.GoldLeg // gold legs no candidate covers
}

// Set is one annotated set.
type Set struct {
	Name string
	Docs []Doc
}

// Load extracts every report of the annotated set in dir as `yalu eval`
// does (eval.Case.Document) and labels its candidates. Features whose names start with
// one of drop are left out (for ablations).
func Load(ctx context.Context, ex *extract.Extractor, dir string, drop []string) (Set, error) {
	cases, err := eval.LoadCorpus(dir)
	if err != nil {
		return Set{}, err
	}
	index := map[string]int{}
	for k, n := range events.FeatureNames() {
		index[n] = k
	}
	s := Set{Name: filepath.Base(dir)}
	for _, c := range cases {
		d, err := c.Document(ctx)
		if err != nil {
			return Set{}, fmt.Errorf("%s: %w", c.ID, err)
		}
		cands, err := ex.LegCandidates(ctx, d)
		if err != nil {
			return Set{}, fmt.Errorf("%s: %w", c.ID, err)
		}
		dd := Doc{ID: c.ID}
		for _, g := range c.Gold.Legs {
			if !slices.ContainsFunc(dd.Gold, func(h eval.GoldLeg) bool { return h.From == g.From && h.To == g.To }) {
				dd.Gold = append(dd.Gold, g)
			}
		}
		covered := make([]bool, len(dd.Gold))
		for _, cd := range cands {
			e := Example{From: cd.From, To: cd.To, Rule: cd.Rule}
			for _, f := range cd.Features {
				if !slices.ContainsFunc(drop, func(p string) bool { return p != "" && strings.HasPrefix(f, p) }) {
					e.Feats = append(e.Feats, index[f])
				}
			}
			for k, g := range dd.Gold {
				if !covered[k] && eval.LegMatches(g, cd.From, cd.FromID, cd.To, cd.ToID) {
					covered[k], e.Label = true, true
					break
				}
			}
			dd.Examples = append(dd.Examples, e)
		}
		for k, c := range covered {
			if !c {
				dd.Uncovered = append(dd.Uncovered, dd.Gold[k])
			}
		}
		s.Docs = append(s.Docs, dd)
	}
	return s, nil
}

// Params are the boosting settings.
type Params struct {
	Rounds, Depth int
	Eta           float64 // shrinkage
	// Judge: the model also judges the rules' own legs. Without it (as
	// events runs the scorer) the rules' legs stand, and the model learns
	// only from the pairs the rules leave out.
	Judge bool
}

// Defaults are the settings legmodel.json is trained with.
var Defaults = Params{Rounds: 100, Depth: 3, Eta: 0.3}

// Thresholds are the probabilities cross-validation tries.
var Thresholds = []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8}

// Model is a base score plus boosted trees.
type Model struct {
	Base  float64
	Trees [][]Node
}

// Node is a split on Feat (Yes when a pair has it) or, with Feat −1, a leaf.
type Node struct {
	Feat    int
	Yes, No int
	Value   float64
}

// Train fits a model on every document of sets.
func Train(sets []Set, p Params) *Model {
	var data []Example
	for _, s := range sets {
		for _, d := range s.Docs {
			for _, e := range d.Examples {
				if p.Judge || !e.Rule {
					data = append(data, e)
				}
			}
		}
	}
	return boost(data, len(events.FeatureNames()), p)
}

// boost fits gradient-boosted trees on the logistic loss (second-order
// steps, an L2 penalty of 1 on leaf values, leaves of at least unit
// hessian). Deterministic: no sampling.
func boost(data []Example, n int, p Params) *Model {
	pos := 0
	for _, e := range data {
		if e.Label {
			pos++
		}
	}
	pr := (float64(pos) + 1) / (float64(len(data)) + 2)
	m := &Model{Base: math.Log(pr / (1 - pr))}
	margin := make([]float64, len(data))
	for i := range margin {
		margin[i] = m.Base
	}
	g, h := make([]float64, len(data)), make([]float64, len(data))
	has := make([][]bool, len(data))
	for i, e := range data {
		has[i] = make([]bool, n)
		for _, f := range e.Feats {
			has[i][f] = true
		}
	}
	const lambda, minH = 1.0, 1.0
	gf, hf := make([]float64, n), make([]float64, n)
	all := make([]int, len(data))
	for i := range all {
		all[i] = i
	}
	for range p.Rounds {
		for i, e := range data {
			q := 1 / (1 + math.Exp(-margin[i]))
			y := 0.0
			if e.Label {
				y = 1
			}
			g[i], h[i] = q-y, max(q*(1-q), 1e-6)
		}
		var tree []Node
		var grow func(idx []int, d int) int
		grow = func(idx []int, d int) int {
			G, H := 0.0, 0.0
			for _, i := range idx {
				G += g[i]
				H += h[i]
			}
			k := len(tree)
			tree = append(tree, Node{Feat: -1, Value: -p.Eta * G / (H + lambda)})
			if d == p.Depth {
				return k
			}
			clear(gf)
			clear(hf)
			for _, i := range idx {
				for _, f := range data[i].Feats {
					gf[f] += g[i]
					hf[f] += h[i]
				}
			}
			best, bestGain := -1, 0.0
			for f := 1; f < n; f++ { // feature 0 is the bias, which every pair has
				gl, hl := gf[f], hf[f]
				gr, hr := G-gl, H-hl
				if hl < minH || hr < minH {
					continue
				}
				if gain := gl*gl/(hl+lambda) + gr*gr/(hr+lambda) - G*G/(H+lambda); gain > bestGain+1e-9 {
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
			tree[k].Feat = best
			y := grow(yes, d+1)
			nn := grow(no, d+1)
			tree[k].Yes, tree[k].No = y, nn
			return k
		}
		grow(all, 0)
		for i := range data {
			k := 0
			for tree[k].Feat >= 0 {
				if has[i][tree[k].Feat] {
					k = tree[k].Yes
				} else {
					k = tree[k].No
				}
			}
			margin[i] += tree[k].Value
		}
		m.Trees = append(m.Trees, tree)
	}
	return m
}

// Fold is one set scored by a model trained on the others.
type Fold struct {
	Set               string
	Gold              int   // distinct gold legs
	Covered           int   // gold legs some candidate covers
	RuleTP, RulePred  int   // the rules alone
	TP, Pred          []int // the model, at each of Thresholds
	Scorer            *events.Scorer
	FalseHits, Misses [][]Example // at each threshold, for inspection
}

// CrossValidate scores each of the sets named in held (all when held is
// empty) by a model trained on every other set, compiled and scored as the
// extractor runs it.
func CrossValidate(sets []Set, held []string, p Params) ([]Fold, error) {
	var out []Fold
	for k := range sets {
		if len(held) > 0 && !slices.Contains(held, sets[k].Name) {
			continue
		}
		others := slices.Concat(sets[:k:k], sets[k+1:])
		sc, err := events.CompileLegModel(Train(others, p).Export(0.5, ""))
		if err != nil {
			return nil, fmt.Errorf("fold %s: %w", sets[k].Name, err)
		}
		f := Fold{Set: sets[k].Name, Scorer: sc, TP: make([]int, len(Thresholds)), Pred: make([]int, len(Thresholds)),
			FalseHits: make([][]Example, len(Thresholds)), Misses: make([][]Example, len(Thresholds))}
		for _, d := range sets[k].Docs {
			f.Gold += len(d.Gold)
			f.Covered += len(d.Gold) - len(d.Uncovered)
			for _, e := range d.Examples {
				if e.Rule {
					f.RulePred++
					if e.Label {
						f.RuleTP++
					}
				}
				prob := sc.Prob(e.Feats)
				for ti, th := range Thresholds {
					// Without Judge the rules' legs stand, as in the extractor.
					switch yes := (!p.Judge && e.Rule) || prob >= th; {
					case yes && e.Label:
						f.TP[ti]++
						f.Pred[ti]++
					case yes:
						f.Pred[ti]++
						f.FalseHits[ti] = append(f.FalseHits[ti], e)
					case e.Label:
						f.Misses[ti] = append(f.Misses[ti], e)
					}
				}
			}
		}
		out = append(out, f)
	}
	return out, nil
}

// F1 is the harmonic mean of precision tp/pred and recall tp/gold.
func F1(tp, pred, gold int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(pred), float64(tp)/float64(gold)
	return 2 * p * r / (p + r)
}

// Choose picks the threshold index: the highest whose F1, averaged over the
// folds, is within 0.005 of the best (precision first). Each fold is one
// set of writers and counts alike, so the largest set does not choose for
// the others: the figure estimates a new set of writers.
func Choose(folds []Fold) int {
	f1 := func(ti int) float64 {
		sum := 0.0
		for _, f := range folds {
			sum += F1(f.TP[ti], f.Pred[ti], f.Gold)
		}
		return sum / float64(max(len(folds), 1))
	}
	top := 0
	for ti := range Thresholds {
		if f1(ti) > f1(top) {
			top = ti
		}
	}
	best := top
	for ti := range Thresholds {
		if ti > best && f1(ti) >= f1(top)-0.005 {
			best = ti
		}
	}
	return best
}

// Export turns m into the form events embeds.
func (m *Model) Export(threshold float64, note string) events.LegModel {
	names := events.FeatureNames()
	lm := events.LegModel{Weights: map[string]float64{"bias": round(m.Base)}, Threshold: threshold, Trained: note}
	for _, t := range m.Trees {
		nodes := make([]events.TreeNode, 0, len(t))
		for _, nd := range t {
			tn := events.TreeNode{Value: round(nd.Value)}
			if nd.Feat >= 0 {
				tn = events.TreeNode{Feature: names[nd.Feat], Yes: nd.Yes, No: nd.No}
			}
			nodes = append(nodes, tn)
		}
		lm.Trees = append(lm.Trees, nodes)
	}
	return lm
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }
