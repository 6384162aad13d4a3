package rates

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestDefault(t *testing.T) {
	tb := Default()
	tests := []struct {
		cur       string
		at        time.Time
		wantMonth string
		lo, hi    float64
		ok        bool
	}{
		{"CNY", date(2025, 3, 28), "2025-01-01", 7.2, 7.4, true}, // after the table ends: latest month
		{"CNY", date(2019, 6, 15), "2019-06-01", 6.7, 7.0, true},
		{"KRW", date(2024, 12, 1), "2024-12-01", 1350, 1500, true},
		{"JPY", date(2025, 3, 1), "2024-12-01", 140, 160, true},
		{"RUB", date(2022, 1, 1), "2022-01-01", 70, 80, true},
		{"EUR", date(2010, 6, 1), "2010-06-01", 0.75, 0.85, true},
		{"CNY", date(1900, 1, 1), "1957-01-01", 2.4, 2.5, true}, // before: earliest
		{"KPW", date(2024, 1, 1), "", 0, 0, false},
		{"XXX", date(2024, 1, 1), "", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.cur+tt.at.Format("2006-01"), func(t *testing.T) {
			r, m, ok := tb.Rate(tt.cur, tt.at)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if r < tt.lo || r > tt.hi || math.IsNaN(r) {
				t.Errorf("rate = %v, want in [%v, %v]", r, tt.lo, tt.hi)
			}
			if got := m.Format("2006-01-02"); got != tt.wantMonth {
				t.Errorf("month = %s, want %s", got, tt.wantMonth)
			}
		})
	}
	if len(tb.Currencies()) < 5 {
		t.Errorf("only %d currencies", len(tb.Currencies()))
	}
}

func TestParseGaps(t *testing.T) {
	tb, err := Parse(strings.NewReader("# c\nABC 2020-01 1 - 3\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	r, m, ok := tb.Rate("ABC", date(2020, 2, 10))
	if !ok || r != 1 || m.Format("2006-01") != "2020-01" {
		t.Errorf("gap: got %v %v %v, want 1 2020-01", r, m, ok)
	}
	for _, bad := range []string{"ABC 2020-01\n", "ABC 20-01 1\n", "ABC 2020-01 x\n", "ABC 2020-01 -1\n"} {
		if _, err := Parse(strings.NewReader(bad), "t"); err == nil {
			t.Errorf("Parse(%q) succeeded", bad)
		}
	}
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
