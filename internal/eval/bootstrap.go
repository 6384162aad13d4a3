package eval

import (
	"math/rand/v2"
	"slices"
)

// Bootstrap sets F1Low and F1High of every field of r to the 95% interval
// of its micro-averaged F1 when the documents are drawn again with
// replacement, n times: how far the score could move on another sample of
// reports like these. A corpus of 24 reports measures a field with few
// values (legs, organisations) to within about ±0.05–0.10, and the
// interval says so. The draws come from a fixed seed, so a report is
// repeatable. It needs the per-document counts Score keeps, and does
// nothing without them or with n < 20.
func (r *Report) Bootstrap(n int) {
	docs := len(r.PerDoc)
	if n < 20 || docs == 0 || len(r.PerDoc[0].Counts) == 0 {
		return
	}
	nf := len(r.PerDoc[0].Counts)
	rng := rand.New(rand.NewPCG(1, 2))
	f1s := make([][]float64, nf+1) // the fields, then "all"
	for range n {
		sums := make([]FieldScore, nf+1)
		for range docs {
			d := &r.PerDoc[rng.IntN(docs)]
			for k, c := range d.Counts {
				sums[k].TP += c.TP
				sums[k].FP += c.FP
				sums[k].FN += c.FN
				if slices.Contains(extractionFields, c.Field) {
					sums[nf].TP += c.TP
					sums[nf].FP += c.FP
					sums[nf].FN += c.FN
				}
			}
		}
		for k := range sums {
			sums[k].compute()
			f1s[k] = append(f1s[k], sums[k].F1)
		}
	}
	index := map[string]int{FieldAll: nf}
	for k, c := range r.PerDoc[0].Counts {
		index[c.Field] = k
	}
	for i := range r.Fields {
		k, ok := index[r.Fields[i].Field]
		if !ok {
			continue
		}
		v := f1s[k]
		slices.Sort(v)
		r.Fields[i].F1Low = v[int(0.025*float64(len(v)))]
		r.Fields[i].F1High = v[min(len(v)-1, int(0.975*float64(len(v))))]
	}
}
