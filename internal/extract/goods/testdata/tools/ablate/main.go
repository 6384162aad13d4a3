// Command ablate measures how the goods finder does on goods no list
// foresaw: it removes a deterministic half of the lexicon's commodities (by
// a hash of the id; both halves in turn) and scores the commodities field
// on the dev sets, overall and on the gold goods that the removed entries
// found with the full lexicon. It lives under testdata so that it is no
// part of the binary:
//
//	go run ./internal/extract/goods/testdata/tools/ablate [-sets corpus,heldout,…] [-v]
package main

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"

	"github.com/yalu-osint/yalu/internal/eval"
	"github.com/yalu-osint/yalu/internal/extract/goods"
	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/model"
)

func main() {
	sets := flag.String("sets", "corpus,heldout,heldout2,heldout3,heldout4,heldout5,heldout6", "dev sets under testdata")
	root := flag.String("root", "testdata", "folder of the sets")
	verbose := flag.Bool("v", false, "list the backoff's records and the removed-half misses")
	flag.Parse()
	lex, err := lexicon.Load()
	if err != nil {
		fail(err)
	}
	full := goods.New(lex)
	halves := [2]*goods.Finder{}
	removed := [2]map[string]bool{{}, {}}
	for h := range 2 {
		l := *lex
		l.Commodities = nil
		for _, c := range lex.Commodities {
			if half(c.ID) == h {
				removed[h][c.ID] = true
			} else {
				l.Commodities = append(l.Commodities, c)
			}
		}
		halves[h] = goods.New(&l)
	}
	var tot [3]counts // full, half 0 removed, half 1 removed
	var abl [2]ablCounts
	for _, set := range strings.Split(*sets, ",") {
		cases, err := eval.LoadCorpus(filepath.Join(*root, set))
		if err != nil {
			fail(err)
		}
		var per [3]counts
		for _, c := range cases {
			// The text as the eval command reads it: through the cleaner.
			doc, err := c.Document(context.Background())
			if err != nil {
				fail(err)
			}
			c.Text = doc.Text
			fullGoods := full.Find(c.Text)
			per[0].add(score(c, fullGoods))
			if *verbose {
				for _, p := range fullGoods {
					if strings.HasPrefix(p.ID, "hs") || p.ID == "" {
						ok := score(c, []model.Commodity{p}).tp > 0
						fmt.Printf("  full %s %s: %q [%s] %v\n", set, c.ID, p.Name, p.HS, ok)
					}
				}
			}
			for h := range 2 {
				got := halves[h].Find(c.Text)
				per[h+1].add(score(c, got))
				// The gold goods the removed entries found with the full lexicon.
				var gold []eval.GoldCommodity
				for _, g := range c.Gold.Commodities {
					for _, p := range fullGoods {
						if removed[h][p.ID] && matches(g, p) {
							gold = append(gold, g)
							break
						}
					}
				}
				a := &abl[h]
				a.gold += len(gold)
				cc := c
				cc.Gold.Commodities = gold
				a.recovered += score(cc, got).tp
				// The backoff's records: right or wrong against the whole gold.
				var back []model.Commodity
				for _, p := range got {
					if strings.HasPrefix(p.ID, "hs") || p.ID == "" {
						back = append(back, p)
					}
				}
				s := score(c, back)
				a.backTP += s.tp
				a.backFP += s.fp
				if *verbose {
					for _, p := range back {
						ok := score(c, []model.Commodity{p}).tp > 0
						fmt.Printf("  half%d %s %s: %q [%s] %v\n", h, set, c.ID, p.Name, p.HS, ok)
					}
					for _, g := range gold {
						if score(eval.Case{Text: c.Text, Gold: eval.Gold{Commodities: []eval.GoldCommodity{g}}}, got).tp == 0 {
							fmt.Printf("  half%d %s %s: MISS %q [%s]\n", h, set, c.ID, g.Name, g.HS)
						}
					}
				}
			}
		}
		fmt.Printf("%-9s full %s | -half0 %s | -half1 %s\n", set, per[0], per[1], per[2])
		for k := range tot {
			tot[k].tp += per[k].tp
			tot[k].fp += per[k].fp
			tot[k].fn += per[k].fn
		}
	}
	fmt.Printf("%-9s full %s | -half0 %s | -half1 %s\n", "ALL", tot[0], tot[1], tot[2])
	for h := range 2 {
		a := abl[h]
		fmt.Printf("removed half%d: %d entries; gold goods they found %d, recovered %d (recall %.3f); backoff records %d right, %d wrong (precision %.3f)\n",
			h, len(removed[h]), a.gold, a.recovered, ratio(a.recovered, a.gold), a.backTP, a.backFP, ratio(a.backTP, a.backTP+a.backFP))
	}
	a := ablCounts{abl[0].gold + abl[1].gold, abl[0].recovered + abl[1].recovered, abl[0].backTP + abl[1].backTP, abl[0].backFP + abl[1].backFP}
	fmt.Printf("both halves: removed-half recall %.3f (%d/%d), backoff precision %.3f (%d/%d)\n",
		ratio(a.recovered, a.gold), a.recovered, a.gold, ratio(a.backTP, a.backTP+a.backFP), a.backTP, a.backTP+a.backFP)
}

type counts struct{ tp, fp, fn int }

func (c *counts) add(d counts) { c.tp += d.tp; c.fp += d.fp; c.fn += d.fn }

func (c counts) String() string {
	p, r := ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %.3f R %.3f F %.3f (%3d/%3d/%3d)", p, r, f, c.tp, c.fp, c.fn)
}

type ablCounts struct{ gold, recovered, backTP, backFP int }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// half is the half an entry falls in, by a hash of its id.
func half(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() & 1)
}

// score scores the commodities field of one case against got.
func score(c eval.Case, got []model.Commodity) counts {
	rep, err := eval.Score([]eval.Case{c}, func(eval.Case) (*model.ExtractionResult, error) {
		return &model.ExtractionResult{Commodities: got}, nil
	})
	if err != nil {
		fail(err)
	}
	f, _ := rep.Field(eval.FieldCommodities)
	return counts{f.TP, f.FP, f.FN}
}

// matches reports whether the eval rules match gold g with prediction p.
func matches(g eval.GoldCommodity, p model.Commodity) bool {
	return score(eval.Case{Gold: eval.Gold{Commodities: []eval.GoldCommodity{g}}}, []model.Commodity{p}).tp > 0
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "ablate:", err)
	os.Exit(1)
}
