package measure

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/extract/measure/rates"
	"github.com/yalu-osint/yalu/internal/model"
)

// checkMentions verifies that every mention is a valid byte span of text.
func checkMentions(t *testing.T, text string, ms []model.Mention) {
	t.Helper()
	if len(ms) == 0 {
		t.Errorf("no mentions")
	}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
			t.Errorf("bad mention %+v", m)
		}
	}
}

// scanCases are sentences with the values Scan must find in them, each
// rendered by one of the span functions below.
type scanCases = []struct {
	name, text string
	want       []string
}

// checkScan runs spans on each case and compares with want; what names
// the values in the failure message.
func checkScan(t *testing.T, what string, tests scanCases, spans func(t *testing.T, text string) []string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spans(t, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%s = %q, want %q", what, got, tt.want)
			}
		})
	}
}

// priceSpans renders the prices Scan finds at batteryPub as
// "amount[..max] CUR", checking their mentions.
func priceSpans(t *testing.T, text string) []string {
	ps, _, _ := Scan(text, batteryPub, rates.Default())
	var got []string
	for _, p := range ps {
		s := fmt.Sprint(p.Amount)
		if p.AmountMax != nil {
			s += fmt.Sprint("..", *p.AmountMax)
		}
		got = append(got, s+" "+p.Currency)
		checkMentions(t, text, p.Mentions)
	}
	return got
}

// quantitySpans renders the quantities Scan finds at batteryPub as
// "min..max unit", max "open" when open-ended, checking their mentions.
func quantitySpans(t *testing.T, text string) []string {
	_, qs, _ := Scan(text, batteryPub, rates.Default())
	var got []string
	for _, q := range qs {
		mx := "open"
		if q.Max != nil {
			mx = fmt.Sprint(*q.Max)
		}
		got = append(got, fmt.Sprintf("%v..%s %s", q.Min, mx, q.Unit))
		checkMentions(t, text, q.Mentions)
	}
	return got
}

// dateSpans renders the dates Scan finds at pub as "start..end", checking
// their mentions.
func dateSpans(t *testing.T, text string, pub time.Time) []string {
	_, _, ds := Scan(text, pub, nil)
	var got []string
	for _, d := range ds {
		got = append(got, d.Start+".."+d.End)
		checkMentions(t, text, d.Mentions)
	}
	return got
}
