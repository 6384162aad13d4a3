package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// WriteText writes the per-field table, the accuracy table, then the misses,
// false hits and mismatches of every document that has any.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ci := slices.ContainsFunc(r.Fields, func(f FieldScore) bool { return f.F1High > 0 })
	if ci {
		fmt.Fprintf(tw, "field\tP\tR\tF1\t95%% CI\tTP\tFP\tFN\t\n")
	} else {
		fmt.Fprintf(tw, "field\tP\tR\tF1\tTP\tFP\tFN\t\n")
	}
	for _, f := range r.Fields {
		if ci {
			fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.2f–%.2f\t%d\t%d\t%d\t\n", f.Field, f.Precision, f.Recall, f.F1, f.F1Low, f.F1High, f.TP, f.FP, f.FN)
			continue
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t\n", f.Field, f.Precision, f.Recall, f.F1, f.TP, f.FP, f.FN)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing score table: %w", err)
	}
	if len(r.Accuracies) > 0 {
		if _, err := io.WriteString(w, "\n"); err != nil {
			return fmt.Errorf("writing accuracy table: %w", err)
		}
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "accuracy\t\tcorrect\tof\t\n")
		for _, a := range r.Accuracies {
			fmt.Fprintf(tw, "%s\t%.3f\t%d\t%d\t\n", a.Name, a.Accuracy, a.Correct, a.Total)
		}
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("writing accuracy table: %w", err)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d documents; event attributes are compared on matched events\n", r.Docs)
	for _, d := range r.PerDoc {
		if len(d.Misses) == 0 && len(d.FalseHits) == 0 && len(d.Mismatches) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", d.ID)
		for _, it := range d.Misses {
			fmt.Fprintf(&b, "  missed     %-13s %s\n", it.Field, it.Value)
		}
		for _, it := range d.FalseHits {
			fmt.Fprintf(&b, "  false hit  %-13s %s\n", it.Field, it.Value)
		}
		for _, it := range d.Mismatches {
			fmt.Fprintf(&b, "  mismatch   %-13s %s\n", it.Field, it.Value)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing per-document report: %w", err)
	}
	return nil
}
