package measure

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in       string
		min, max float64
		ok       bool
	}{
		{"800", 800, 800, true},
		{"1,000", 1000, 1000, true},
		{"500,000", 500000, 500000, true},
		{"1.2 million", 1.2e6, 1.2e6, true},
		{"2.5 billion", 2.5e9, 2.5e9, true},
		{"thousands", 1000, 9999, true},
		{"hundreds", 100, 999, true},
		{"tens of thousands", 10000, 99999, true},
		{"hundreds of thousands", 100000, 999999, true},
		{"dozens", 24, 99, true},
		{"several", 3, 9, true},
		{"a few", 2, 5, true},
		{"several thousand", 3000, 9000, true},
		{"a few hundred", 200, 500, true},
		{"millions", 1e6, 1e7 - 1, true},
		{"about 200", 200, 200, true},
		{"approximately 1,500", 1500, 1500, true},
		{"more than 300", 300, OpenMax, true},
		{"over 300", 300, OpenMax, true},
		{"at least 40", 40, OpenMax, true},
		{"less than 50", 0, 50, true},
		{"up to 70", 0, 70, true},
		{"nearly 90", 90, 90, true},
		{"500–600", 500, 600, true},
		{"500-600", 500, 600, true},
		{"500 to 600", 500, 600, true},
		{"between 5,000 and 6,000", 5000, 6000, true},
		{"1.2-1.5 million", 1.2e6, 1.5e6, true},
		{"two", 2, 2, true},
		{"twenty-five", 25, 25, true},
		{"twenty five thousand", 25000, 25000, true},
		{"a dozen", 12, 12, true},
		{"a thousand", 1000, 1000, true},
		{"three million", 3e6, 3e6, true},
		{"16만", 160000, 160000, true},
		{"3천", 3000, 3000, true},
		{"1억", 1e8, 1e8, true},
		{"2만5천", 25000, 25000, true},
		{"1억2천만", 1.2e8, 1.2e8, true},
		{"수천", 1000, 9999, true},
		{"수백", 100, 999, true},
		{"수십", 24, 99, true},
		{"수만", 10000, 99999, true},
		{"수십만", 100000, 999999, true},
		{"약 300", 300, 300, true},
		{"$5m", 0, 0, false},
		{"", 0, 0, false},
		{"few", 0, 0, false},
		{"tens", 0, 0, false},
		{"hello", 0, 0, false},
		{"600-500", 600, 600, false}, // a descending pair is not a range; the rest is left over
		{"1e400", 0, 0, false},
		{"99999999999999999999999999999999", 0, 0, false},
		{"10^100", 0, 0, false},
		{"1,00", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			lo, hi, ok := ParseNumber(tt.in)
			if ok != tt.ok {
				t.Fatalf("ParseNumber(%q) ok = %v (%v, %v), want %v", tt.in, ok, lo, hi, tt.ok)
			}
			if !ok {
				return
			}
			if lo != tt.min || hi != tt.max {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, lo, hi, tt.min, tt.max)
			}
		})
	}
}

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1,000", 1000, true},
		{"1.000.000", 1e6, true},
		{"3.14", 3.14, true},
		{"12,34", 0, false},
		{"1.2.3", 0, false},
		{"1234567890123456789012345", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseDigits(tt.in)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("parseDigits(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"800", "1.2 million", "tens of thousands", "between 5 and 6", "2만5천", "수천", "1e400", "9,999,999,999,999,999,999", "a few hundred", "twenty-five"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lo, hi, ok := ParseNumber(s)
		if !ok {
			return
		}
		if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) || lo < 0 || hi < lo {
			t.Fatalf("ParseNumber(%q) = %v, %v", s, lo, hi)
		}
	})
}
