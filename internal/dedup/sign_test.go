package dedup

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"case and punctuation", "Smugglers crossed the Yalu.", "smugglers, crossed THE yalu", true},
		{"digit groups", "1,000 yuan", "1000 yuan", true},
		{"decimal", "7.5 tonnes", "75 tonnes", true},
		{"apostrophe", "Korea's coal", "Koreas coal", true},
		{"curly apostrophe", "Korea\u2019s coal", "Korea's coal", true},
		{"fullwidth NFKC", "\uff21\uff22\uff23 trading", "abc trading", true},
		{"different words", "coal exports", "coal imports", false},
		{"separator not between digits", "yuan,1000", "yuan1000", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Equal(tokens(tt.a), tokens(tt.b))
			if got != tt.same {
				t.Errorf("tokens(%q) == tokens(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
}

func TestTokensCJK(t *testing.T) {
	// Every Han character is a token; Hangul words stay whole.
	if n := len(tokens("朝鲜走私煤炭")); n != 6 {
		t.Errorf("Han run: %d tokens, want 6", n)
	}
	if n := len(tokens("혜산 밀수꾼들이 압록강을")); n != 3 {
		t.Errorf("Hangul: %d tokens, want 3", n)
	}
}

func TestSign(t *testing.T) {
	text := readFixture(t, "s01_orig.txt")
	tests := []struct {
		name    string
		a, b    string
		minJ    float64
		maxJ    float64
		minCont float64 // containment of a in b
	}{
		{"identical", text, text, 1, 1, 1},
		{"reformatted", text, strings.ToUpper(strings.ReplaceAll(text, "\n\n", "\n")), 1, 1, 1},
		{"first third", firstWords(text, 80), text, 0.2, 0.5, 0.75},
		{"unrelated", text, readFixture(t, "s14_orig.txt"), 0, 0.05, 0},
		{"empty", "", text, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Sign(tt.a), Sign(tt.b)
			j := Similarity(a, b)
			if j < tt.minJ || j > tt.maxJ {
				t.Errorf("Similarity = %.3f, want in [%.2f, %.2f]", j, tt.minJ, tt.maxJ)
			}
			if c := Containment(a, b); c < tt.minCont {
				t.Errorf("Containment = %.3f, want >= %.2f", c, tt.minCont)
			}
		})
	}
}

func TestSignShape(t *testing.T) {
	sig := Sign(readFixture(t, "s03_orig.txt"))
	if len(sig.MinHash) != NumHashes {
		t.Fatalf("MinHash has %d values, want %d", len(sig.MinHash), NumHashes)
	}
	if !slices.Equal(sig.Bands[:NumBands], Bands(sig)) {
		t.Error("Bands(sig) is not the prefix of sig.Bands")
	}
	anchors := len(sig.Bands) - NumBands
	if anchors < 5 || anchors > maxAnchors {
		t.Errorf("%d anchor keys for %d shingles", anchors, sig.Shingles)
	}
	empty := Sign("  ,.; ")
	if empty.Shingles != 0 || len(empty.Bands) != 0 || len(empty.MinHash) != NumHashes {
		t.Errorf("empty text: %+v", empty)
	}
}

func TestEstimateCardinality(t *testing.T) {
	for _, words := range []int{40, 200, 1000} {
		var b strings.Builder
		for i := range words + ShingleSize - 1 {
			b.WriteString("w")
			b.WriteString(strings.Repeat("x", i%7))
			b.WriteString(string(rune('a' + i%26)))
			b.WriteString(string(rune('a' + i/26%26)))
			b.WriteString(" ")
		}
		sig := Sign(b.String())
		est := estimateCardinality(sig.MinHash)
		if math.Abs(est-float64(sig.Shingles))/float64(sig.Shingles) > 0.3 {
			t.Errorf("%d shingles estimated as %.0f", sig.Shingles, est)
		}
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.DailyNK.com/english/some-report/", "dailynk.com/english/some-report"},
		{"http://dailynk.com/english/some-report#comments", "dailynk.com/english/some-report"},
		{"https://www.rfa.org/korean/x-12.html?utm_source=feed&fbclid=1", "rfa.org/korean/x-12.html"},
		{"https://example.com/?p=123", "example.com?p=123"},
		{"https://www.dailynk.com/", ""},
		{"https://www.dailynk.com/english/", ""},
		{"https://www.rfa.org/news/korea", ""},
		{"ftp://example.com/file-1", ""},
		{"not a url", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeURL(tt.in); got != tt.want {
				t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func readFixture(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "clusters", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

func FuzzSign(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "clusters", "*.txt"))
	for _, p := range files[:min(8, len(files))] {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("")
	f.Add("1,2.3'4\u2019a\u0301 朝鲜 혜산")
	f.Fuzz(func(t *testing.T, s string) {
		a, b := Sign(s), Sign(s)
		if !slices.Equal(a.MinHash, b.MinHash) || !slices.Equal(a.Bands, b.Bands) || a.Shingles != b.Shingles {
			t.Fatal("Sign is not deterministic")
		}
		if len(a.MinHash) != NumHashes {
			t.Fatalf("MinHash has %d values", len(a.MinHash))
		}
		if j := Similarity(a, b); a.Shingles > 0 && j != 1 {
			t.Fatalf("self-similarity %v", j)
		}
	})
}

func BenchmarkSign(b *testing.B) {
	var sb strings.Builder
	for _, name := range []string{"s01_orig.txt", "s03_orig.txt", "s05_orig.txt", "s09_orig.txt"} {
		sb.WriteString(readFixture(b, name))
	}
	text := sb.String()[:5000]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}
