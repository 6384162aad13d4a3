package dates

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var ref = time.Date(2025, 3, 31, 9, 30, 0, 0, time.UTC)

func TestParse(t *testing.T) {
	kst := time.FixedZone("", 9*3600)
	tests := []struct {
		in      string
		want    time.Time
		prec    string
		hasZone bool
	}{
		{"Fri, 28 Mar 2025 16:18:00 GMT", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionSecond, true},
		{"Fri, 28 Mar 2025 16:18:00 +0900", time.Date(2025, 3, 28, 7, 18, 0, 0, time.UTC), PrecisionSecond, true},
		{"Friday, 28-Mar-25 16:18:00 UTC", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionSecond, true},
		{"2025-03-28T16:18:00Z", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionSecond, true},
		{"2025-03-28T16:18:00.123+09:00", time.Date(2025, 3, 28, 16, 18, 0, 123000000, kst), PrecisionSecond, true},
		{"2025-03-28T16:18:00", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionSecond, false},
		{"2025-03-28T16:18+09:00", time.Date(2025, 3, 28, 16, 18, 0, 0, kst), PrecisionMinute, true},
		{"Monday, March 31, 2025", time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"March 28, 2025 at 04:18PM", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionMinute, false},
		{"March 28, 2025 at 12:05AM", time.Date(2025, 3, 28, 0, 5, 0, 0, time.UTC), PrecisionMinute, false},
		{"Mar. 28, 2025", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"Sept. 3, 2024 4:05 p.m. EDT", time.Date(2024, 9, 3, 16, 5, 0, 0, time.FixedZone("", -4*3600)), PrecisionMinute, true},
		{"28 March 2025", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"28th March, 2025", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"March 2025", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), PrecisionMonth, false},
		{"2025", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), PrecisionYear, false},
		{"2025-03-28", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"2025.03.28", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"2025. 3. 28.", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"2025/03/28 16:18", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionMinute, false},
		{"2025.03.28 16:18 KST", time.Date(2025, 3, 28, 16, 18, 0, 0, kst), PrecisionMinute, true},
		{"28.03.2025", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"03/28/2025", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"2025년 3월 28일", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"2025년 3월 28일 오후 4시 18분", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionMinute, false},
		{"2025년 3월 28일 (금) 오전 9:05", time.Date(2025, 3, 28, 9, 5, 0, 0, time.UTC), PrecisionMinute, false},
		{"2025年3月28日", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"2025年3月28日 下午4点18分", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionMinute, false},
		{"2025年3月28日 星期五 16:18", time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC), PrecisionMinute, false},
		{"March 28", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"December 30", time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"2 hours ago", ref.Add(-2 * time.Hour), PrecisionMinute, true},
		{"45 minutes ago", ref.Add(-45 * time.Minute), PrecisionMinute, true},
		{"3 days ago", time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"yesterday", time.Date(2025, 3, 30, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"Yesterday at 4:18 PM", time.Date(2025, 3, 30, 16, 18, 0, 0, time.UTC), PrecisionMinute, true},
		{"어제", time.Date(2025, 3, 30, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"3시간 전", ref.Add(-3 * time.Hour), PrecisionMinute, true},
		{"2일 전", time.Date(2025, 3, 29, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"昨天", time.Date(2025, 3, 30, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"5分钟前", ref.Add(-5 * time.Minute), PrecisionMinute, true},
		{"3小时前", ref.Add(-3 * time.Hour), PrecisionMinute, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := Parse(tt.in, ref)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if !d.Time.Equal(tt.want) || d.Precision != tt.prec || d.HasZone != tt.hasZone {
				t.Errorf("Parse(%q) = %v %s zone=%v, want %v %s zone=%v", tt.in, d.Time, d.Precision, d.HasZone, tt.want, tt.prec, tt.hasZone)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{
		"", "Most Popular Articles", "26.1 C", "Delhi", "Read in Korean", "800 yuan",
		"2025-13-01", "February 30, 2025", "16:18", "March", "by DailyNK(North Korean Media)",
		"13:75", "2025년", "yesterday's prices rose", "3 tonnes ago-ish", "0000-00-00",
	} {
		t.Run(in, func(t *testing.T) {
			if d, err := Parse(in, ref); err == nil {
				if in == "2025년" && d.Precision == PrecisionYear {
					return // a bare year with its marker is a year
				}
				t.Errorf("Parse(%q) = %v %s, want an error", in, d.Time, d.Precision)
			}
		})
	}
}

func TestParseRelativeNeedsRef(t *testing.T) {
	for _, in := range []string{"2 hours ago", "어제", "March 28"} {
		if _, err := Parse(in, time.Time{}); err == nil {
			t.Errorf("Parse(%q, zero ref) succeeded, want an error", in)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		in    string
		texts []string
	}{
		{"SEOUL, March 28 (Yonhap) -- North Korea said", []string{"March 28"}},
		{"Posted on Mon, 31 Mar 2025 by staff", []string{"Mon, 31 Mar 2025"}},
		{"입력 2025.03.28 16:18 수정 2025.03.29 09:00", []string{"2025.03.28 16:18", "2025.03.29 09:00"}},
		{"记者 2025年3月28日报道", []string{"2025年3月28日"}},
		{"The ship left on 12 January 2024 and 1,500 tonnes arrived in 2025.", []string{"12 January 2024"}},
		{"no date here at all, just 800 yuan and 24 hours", nil},
		{"Updated 3 hours ago", []string{"3 hours ago"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Find(tt.in, ref)
			if len(got) != len(tt.texts) {
				t.Fatalf("Find(%q) = %+v, want %q", tt.in, got, tt.texts)
			}
			for i, f := range got {
				if f.Text != tt.texts[i] || tt.in[f.Start:f.End] != f.Text {
					t.Errorf("match %d = %q [%d:%d], want %q", i, f.Text, f.Start, f.End, tt.texts[i])
				}
			}
		})
	}
}

func seedCorpus(f *testing.F) {
	file, err := os.Open("testdata/fuzz_seeds.txt")
	if err != nil {
		f.Fatalf("opening seeds: %v", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		f.Add(sc.Text())
	}
}

func FuzzParse(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s, ref)
		if err == nil {
			if d.Time.Year() < minYear-1 || d.Time.Year() > maxYear+1 {
				t.Errorf("Parse(%q) year %d out of range", s, d.Time.Year())
			}
			if d.Precision == "" {
				t.Errorf("Parse(%q) has no precision", s)
			}
		}
		for _, fd := range Find(s, ref) {
			if fd.Start < 0 || fd.End > len(s) || fd.Start >= fd.End || s[fd.Start:fd.End] != fd.Text {
				t.Fatalf("Find(%q) bad span %+v", s, fd)
			}
			if utf8.ValidString(s) && !utf8.ValidString(fd.Text) {
				t.Fatalf("Find(%q) split a rune: %q", s, fd.Text)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	line := strings.Repeat("North Korean traders purchased the spy glasses at 800 Chinese yuan each in Guangzhou. ", 4) + "March 28, 2025 at 04:18PM"
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		if len(Find(line, ref)) != 1 {
			b.Fatal("want one date")
		}
	}
}
