package eval

import "testing"

// TestBootstrap checks the interval on reports whose answer is known: when
// every document scores alike, every draw scores alike and the interval
// is the point; when documents differ, the interval holds the corpus F1,
// has width, and comes out the same on a second run.
func TestBootstrap(t *testing.T) {
	doc := func(tp, fp, fn int) DocReport {
		cs := make([]Count, 0, len(extractionFields)+len(part2Fields))
		for _, f := range append(append([]string{}, extractionFields...), part2Fields...) {
			cs = append(cs, Count{Field: f, TP: tp, FP: fp, FN: fn})
		}
		return DocReport{Counts: cs}
	}
	report := func(docs ...DocReport) *Report {
		r := &Report{Docs: len(docs), PerDoc: docs}
		var tp, fp, fn int
		for _, d := range docs {
			tp, fp, fn = tp+d.Counts[0].TP, fp+d.Counts[0].FP, fn+d.Counts[0].FN
		}
		for _, f := range []string{FieldPlaces, FieldAll, FieldLegs} {
			s := FieldScore{Field: f, TP: tp, FP: fp, FN: fn}
			s.compute()
			r.Fields = append(r.Fields, s)
		}
		return r
	}

	same := report(doc(3, 1, 0), doc(3, 1, 0), doc(3, 1, 0), doc(3, 1, 0))
	same.Bootstrap(200)
	for _, f := range same.Fields {
		if f.F1Low != f.F1 || f.F1High != f.F1 {
			t.Errorf("%s: alike documents give %.3f–%.3f, want the point %.3f", f.Field, f.F1Low, f.F1High, f.F1)
		}
	}

	mixed := func() *Report {
		return report(doc(5, 0, 0), doc(0, 3, 4), doc(2, 1, 1), doc(4, 0, 2), doc(1, 2, 0), doc(3, 3, 3))
	}
	a, b := mixed(), mixed()
	a.Bootstrap(500)
	b.Bootstrap(500)
	for i, f := range a.Fields {
		if !(f.F1Low < f.F1 && f.F1 < f.F1High) {
			t.Errorf("%s: interval %.3f–%.3f does not hold F1 %.3f inside it", f.Field, f.F1Low, f.F1High, f.F1)
		}
		if g := b.Fields[i]; g.F1Low != f.F1Low || g.F1High != f.F1High {
			t.Errorf("%s: %.3f–%.3f on one run, %.3f–%.3f on the next: the draws are not repeatable", f.Field, f.F1Low, f.F1High, g.F1Low, g.F1High)
		}
	}

	none := report(doc(1, 0, 0))
	none.PerDoc[0].Counts = nil
	none.Bootstrap(100)
	if none.Fields[0].F1High != 0 {
		t.Error("Bootstrap set an interval without per-document counts")
	}
}
