package legtrain

import (
	"slices"
	"testing"

	"github.com/yalu-osint/yalu/internal/extract"
	"github.com/yalu-osint/yalu/internal/extract/events"
)

// A pair is a leg when it has feature 1 and not feature 2: the trees must
// learn the interaction, which no single feature gives.
func TestBoostLearnsAnInteraction(t *testing.T) {
	var data []Example
	for k := range 400 {
		f := []int{0}
		a, b := k%2 == 0, k%3 == 0
		if a {
			f = append(f, 1)
		}
		if b {
			f = append(f, 2)
		}
		if k%5 == 0 {
			f = append(f, 3) // noise
		}
		data = append(data, Example{Feats: f, Label: a && !b})
	}
	sc, err := events.CompileLegModel(boost(data, 4, Params{Rounds: 60, Depth: 2, Eta: 0.3}).Export(0.5, ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		feats []int
		leg   bool
	}{{[]int{0, 1}, true}, {[]int{0, 1, 3}, true}, {[]int{0, 1, 2}, false}, {[]int{0, 2}, false}, {[]int{0}, false}} {
		if p := sc.Prob(c.feats); (p > 0.8) != c.leg || (p < 0.2) == c.leg {
			t.Errorf("P(leg | %v) = %.3f, want it near %v", c.feats, p, c.leg)
		}
	}
}

func TestChoosePrefersPrecisionOnNearTies(t *testing.T) {
	n := len(Thresholds)
	f := Fold{Gold: 100, TP: make([]int, n), Pred: make([]int, n)}
	for ti := range Thresholds {
		f.TP[ti], f.Pred[ti] = 80-ti, 100-5*ti // precision rises, recall falls
	}
	best := Choose([]Fold{f})
	top := 0
	for ti := range Thresholds {
		if F1(f.TP[ti], f.Pred[ti], 100) > F1(f.TP[top], f.Pred[top], 100) {
			top = ti
		}
	}
	if best < top || F1(f.TP[best], f.Pred[best], 100) < F1(f.TP[top], f.Pred[top], 100)-0.005 {
		t.Errorf("chose %d (F1 %.3f), best F1 at %d (%.3f)", best, F1(f.TP[best], f.Pred[best], 100), top, F1(f.TP[top], f.Pred[top], 100))
	}
	if best+1 < n && F1(f.TP[best+1], f.Pred[best+1], 100) >= F1(f.TP[top], f.Pred[top], 100)-0.005 {
		t.Errorf("chose %d, but %d is a higher threshold within 0.005 of the best", best, best+1)
	}
}

// The scorer must help on writers it has not seen: trained on every other
// annotated set, it must raise legs F1 on the two sets studied least (heldout9 and 10), at
// the embedded model's threshold, over the rules alone, without giving up
// much precision.
func TestScorerGeneralises(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts and trains on every annotated set; skipped with -short")
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var sets []Set
	for _, name := range []string{"corpus", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11"} {
		s, err := Load(t.Context(), ex, "../../../../testdata/"+name, nil)
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, s)
	}
	ti := slices.Index(Thresholds, events.ScorerThreshold())
	if ti < 0 {
		t.Fatalf("the embedded threshold %v is not one cross-validation tries", events.ScorerThreshold())
	}
	tp, pred, gold, rtp, rpred := 0, 0, 0, 0, 0
	folds, err := CrossValidate(sets, []string{"heldout9", "heldout10"}, Defaults)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range folds {
		tp, pred, gold, rtp, rpred = tp+f.TP[ti], pred+f.Pred[ti], gold+f.Gold, rtp+f.RuleTP, rpred+f.RulePred
	}
	rules, scored := F1(rtp, rpred, gold), F1(tp, pred, gold)
	t.Logf("heldout9+10 legs, trained on the other sets: rules alone F1 %.3f (P %.3f), with the scorer %.3f (P %.3f)", rules, float64(rtp)/float64(rpred), scored, float64(tp)/float64(pred))
	// The rules have been studied on these sets too, so they do better
	// there than on a new writer; the scorer must still add to them, and
	// the pair must stay above a floor set about 0.03 under its
	// measurement (0.633 on 2026-11-26).
	if scored < rules+0.015 {
		t.Errorf("with the scorer F1 %.3f, rules alone %.3f: the scorer no longer adds 0.015 on unseen writers", scored, rules)
	}
	if scored < 0.60 {
		t.Errorf("with the scorer F1 %.3f, below its floor 0.60", scored)
	}
	if float64(tp)/float64(pred) < float64(rtp)/float64(rpred)-0.05 {
		t.Errorf("precision %.3f against the rules' %.3f: the scorer's additions cost too much precision", float64(tp)/float64(pred), float64(rtp)/float64(rpred))
	}
}
