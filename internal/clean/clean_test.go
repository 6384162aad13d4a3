package clean

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/yalu-osint/yalu/internal/clean/cleantest"
	"github.com/yalu-osint/yalu/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var fetched = time.Date(2025, 4, 9, 12, 0, 0, 0, time.UTC)

type fixture struct {
	file        string
	url         string
	contentType string
	check       func(t *testing.T, r *Result)
}

func date(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

func wantEq[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func wantTime(t *testing.T, what string, got *time.Time, want time.Time) {
	t.Helper()
	if got == nil || !got.Equal(want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func wantNotIn(t *testing.T, text string, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if strings.Contains(text, b) {
			t.Errorf("text contains %q", b)
		}
	}
}

func wantIn(t *testing.T, text string, good ...string) {
	t.Helper()
	for _, g := range good {
		if !strings.Contains(text, g) {
			t.Errorf("text lacks %q", g)
		}
	}
}

var fixtures = map[string]fixture{
	"wire_reuters": {file: "wire_reuters.html", url: "https://www.reuters.com/world/asia-pacific/north-korea-fuel-imports-ship-transfers-2025-03-12/", contentType: "text/html; charset=utf-8",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Title", r.Title, "North Korea fuel imports via ship transfers rise, monitors say")
			wantEq(t, "Outlet", r.Outlet, "Reuters")
			wantEq(t, "Byline", r.Byline, "Min-ji Park")
			wantEq(t, "PublishedSource", r.PublishedSource, "meta:article:published_time")
			wantTime(t, "Published", r.Published, date(2025, 3, 12, 6, 41))
			wantEq(t, "Language", r.Language, "en")
			wantIn(t, r.Text, "Tankers carrying refined petroleum", "unilateral sanctions.")
			if !strings.HasPrefix(r.Text, "SEOUL, March 12 (Reuters) - Tankers") {
				t.Errorf("Text starts %q, want the dateline kept", r.Text[:min(len(r.Text), 40)])
			}
			if d := r.Dateline; d == nil || d.City == nil || d.City.Text != "SEOUL" || d.Outlet != "Reuters" || d.DateText != "March 12" {
				t.Errorf("Dateline = %+v, want SEOUL, Reuters, March 12", d)
			}
			wantNotIn(t, r.Text, "Technology", "All rights reserved", "Sanctions panel mandate")
		}},
	"specialist_en": {file: "specialist_en.html", url: "https://www.dailynk.com/english/corn-prices-jump-hyesan/",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Title", r.Title, "Corn prices jump in Hyesan as border trade slows")
			wantEq(t, "Outlet", r.Outlet, "Daily NK")
			wantEq(t, "Byline", r.Byline, "Jeong Tae-joo")
			wantEq(t, "Language", r.Language, "en")
			wantTime(t, "Published", r.Published, date(2025, 2, 20, 1, 5))
			if len(r.AltLinks) != 1 || r.AltLinks[0].Lang != "ko" || r.AltLinks[0].URL != "https://www.dailynk.com/hyesan-corn-price/" {
				t.Errorf("AltLinks = %+v, want one ko link to the Korean edition", r.AltLinks)
			}
			wantNotIn(t, r.Text, "Read in Korean", "-4.2 C", "Facebook", "Copyright")
			wantIn(t, r.Text, "3,900 won per kilogram", "draws labour away")
		}},
	"specialist_ko": {file: "specialist_ko.html", url: "https://www.dailynk.com/hyesan-corn-price/",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Title", r.Title, "혜산 옥수수값 급등…국경 밀수 위축 영향")
			wantEq(t, "Language", r.Language, "ko")
			wantEq(t, "Outlet", r.Outlet, "Daily NK")
			wantEq(t, "Byline", r.Byline, "정태주 기자")
			wantTime(t, "Published", r.Published, date(2025, 2, 19, 8, 30))
			if len(r.AltLinks) != 1 || r.AltLinks[0].Lang != "en" {
				t.Errorf("AltLinks = %+v, want one en link", r.AltLinks)
			}
			wantNotIn(t, r.Text, "입력 2025.02.19", "많이 본 기사", "무단전재", "English")
			wantIn(t, r.Text, "1kg당 3900원")
		}},
	"aggregator_html": {file: "aggregator.html", url: "https://worldnewswire.example/asia/chinese-tyres-smuggled-sinuiju",
		check: checkAggregator},
	"aggregator_txt": {file: "aggregator.txt", check: checkAggregator},
	"wire_ko": {file: "wire_ko.txt",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Title", r.Title, "단둥-신의주 화물트럭 통행 재개…비료·밀가루 반입")
			wantEq(t, "Outlet", r.Outlet, "Yonhap")
			wantEq(t, "Byline", r.Byline, "홍길동 기자")
			if !strings.HasPrefix(r.Text, "(서울=연합뉴스) 홍길동 기자 = 중국 랴오닝성") {
				t.Errorf("Text starts %q, want the dateline kept", r.Text[:min(len(r.Text), 60)])
			}
			if d := r.Dateline; d == nil || d.City == nil || d.City.Text != "서울" || d.OutletText != "연합뉴스" {
				t.Errorf("Dateline = %+v, want 서울 and 연합뉴스", d)
			}
		}},
	"machine_translated": {file: "machine_translated.html", url: "https://blog.example/2025/01/15/sinuiju-gasoline",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Language", r.Language, "en")
			wantEq(t, "Outlet", r.Outlet, "Radio Free Asia")
			wantEq(t, "Title", r.Title, "North Korea, gasoline price in Sinuiju is falling ... inflow of Chinese oil increased")
			wantTime(t, "Published", r.Published, date(2025, 1, 15, 8, 12))
			wantIn(t, r.Text, "18,000 won per 1kg", "13,500 won")
			wantNotIn(t, r.Text, "Source: Radio Free Asia", "good article", "Comments")
		}},
	"euckr_nodecl": {file: "euckr_nodecl.html",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Charset", r.Charset, "euc-kr")
			wantEq(t, "Language", r.Language, "ko")
			wantEq(t, "Title", r.Title, "신의주 쌀값 상승세…중국산 밀가루 수입 감소")
			wantTime(t, "Published", r.Published, date(2025, 2, 3, 15, 20))
			wantIn(t, r.Text, "1kg당 8200원")
			wantNotIn(t, r.Text, "무단전재", "2025년 2월 3일")
		}},
	"gb18030": {file: "gb18030.html",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Charset", r.Charset, "gb18030")
			wantEq(t, "Language", r.Language, "zh")
			wantEq(t, "Title", r.Title, "丹东口岸对朝鲜出口化肥增加")
			wantTime(t, "Published", r.Published, date(2025, 3, 5, 10, 30))
			wantIn(t, r.Text, "二千八百元人民币")
			wantNotIn(t, r.Text, "版权所有", "首页")
		}},
	"malformed": {file: "malformed.html", contentType: "text/html",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Title", r.Title, "Coal barges seen at Nampo despite ban")
			wantIn(t, r.Text, "nine barges loaded with coal", "since 2017.")
		}},
	"cluttered": {file: "cluttered.html", url: "https://nkmonitor.example/news/drones-tumen",
		check: func(t *testing.T, r *Result) {
			wantEq(t, "Title", r.Title, "Smugglers switch to drones to move phones across the Tumen")
			wantEq(t, "Outlet", r.Outlet, "NK Monitor")
			wantEq(t, "Byline", r.Byline, "Lee Ha-eun")
			wantEq(t, "PublishedSource", r.PublishedSource, "meta:datepublished")
			wantIn(t, r.Text, "Smugglers in Hoeryong", "flights continue at night.")
			wantNotIn(t, r.Text, "cookies", "Facebook", "Advertisement", "Subscribe", "Most popular", "Exchange rate", "comments", "Drones everywhere", "© 2025")
		}},
}

func checkAggregator(t *testing.T, r *Result) {
	wantEq(t, "Title", r.Title, "Chinese tyres smuggled into North Korea fetch double their price in Sinuiju")
	wantEq(t, "Outlet", r.Outlet, "Daily NK")
	wantEq(t, "PublishedSource", r.PublishedSource, "feed-timestamp")
	wantEq(t, "PublishedText", r.PublishedText, "April 4, 2025 at 09:52AM")
	wantTime(t, "Published", r.Published, date(2025, 4, 4, 9, 52))
	if r.PageDate == nil || r.PageDate.Format("2006-01-02") != "2025-04-08" {
		t.Errorf("PageDate = %v, want 2025-04-08", r.PageDate)
	}
	wantEq(t, "Language", r.Language, "en")
	wantIn(t, r.Text, "A shipment of truck tyres", "600 tyres in total.")
	wantNotIn(t, r.Text, "18.4 C", "Bangkok", "April 8", "Read in Korean", "09:52AM", "DailyNK", "Most Popular", "Rice prices fall", "fetch double their price")
}

func runFixture(t *testing.T, f fixture) *Result {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", f.file))
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Body: body, ContentType: f.contentType, URL: f.url, FetchedAt: fetched}
	if f.url == "" {
		in.Path = filepath.Join("testdata", f.file)
	}
	r, err := Clean(context.Background(), in)
	if err != nil {
		t.Fatalf("Clean(%s): %v", f.file, err)
	}
	return r
}

func TestGolden(t *testing.T) {
	for name, f := range fixtures {
		t.Run(name, func(t *testing.T) {
			r := runFixture(t, f)
			checkInvariants(t, r)
			f.check(t, r)
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading golden file (run with -update to create it): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("result differs from %s (run go test -update and review the diff):\n%s", golden, got)
			}
		})
	}
}

// checkInvariants holds for every result.
func checkInvariants(t *testing.T, r *Result) {
	t.Helper()
	if !utf8.ValidString(r.Text) || !norm.NFC.IsNormalString(r.Text) {
		t.Error("Text is not valid NFC UTF-8")
	}
	if r.Text != strings.TrimSpace(r.Text) || strings.Contains(r.Text, "\n\n\n") || strings.Contains(r.Text, "  ") {
		t.Error("Text has stray white space")
	}
	for p := range strings.SplitSeq(r.Text, "\n\n") {
		if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "\n") {
			t.Errorf("bad paragraph %q", p)
		}
	}
	if r.Title != "" && strings.HasPrefix(r.Text, r.Title) {
		t.Error("Text starts with the title")
	}
	checkDateline(t, r)
}

// checkDateline: a dateline opens Text and its mentions index Text.
func checkDateline(t *testing.T, r *Result) {
	t.Helper()
	d := r.Dateline
	if d == nil {
		return
	}
	if d.Start != 0 || d.End != len(d.Text) || !strings.HasPrefix(r.Text, d.Text) {
		t.Errorf("dateline %q [%d:%d] does not open Text", d.Text, d.Start, d.End)
	}
	for _, m := range []*model.Mention{d.City, d.Country} {
		if m != nil && (m.Start < 0 || m.End > d.End || m.Start > m.End || r.Text[m.Start:m.End] != m.Text) {
			t.Errorf("dateline mention %+v does not index Text", m)
		}
	}
}

const seedPath = "../../../shared/seeds/000_2437ed8ab2e839f2.txt"

func TestSeed(t *testing.T) {
	body, err := os.ReadFile(seedPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("seed file %s is not present in this checkout", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	r, err := Clean(context.Background(), Input{Body: body, Path: seedPath, FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, r)
	wantEq(t, "Kind", r.Kind, "text")
	wantEq(t, "Title", r.Title, "N. Korean state security agency orders thousands of spy camera glasses from China")
	wantEq(t, "Outlet", r.Outlet, "Daily NK")
	wantEq(t, "PublishedSource", r.PublishedSource, "feed-timestamp")
	wantEq(t, "PublishedText", r.PublishedText, "March 28, 2025 at 04:18PM")
	wantTime(t, "Published", r.Published, date(2025, 3, 28, 16, 18))
	wantTime(t, "PageDate", r.PageDate, date(2025, 3, 31, 0, 0))
	wantEq(t, "Language", r.Language, "en")
	wantNotIn(t, r.Text, "26.1 C", "Delhi", "Monday, March 31", "Read in Korean", "04:18PM", "DailyNK", "Most Popular",
		"N. Korean state security agency orders")
	wantIn(t, r.Text, "800 Chinese yuan each", "bring several more shipments of spy cameras into North Korea,” the source added.")
	if !strings.HasPrefix(r.Text, "North Korean traders have ordered") {
		t.Errorf("Text starts %q", r.Text[:40])
	}
}

func TestErrors(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	tests := []struct {
		name string
		in   Input
		want error
	}{
		{"empty", Input{}, ErrEmpty},
		{"blank", Input{Body: []byte(" \n\t\n")}, ErrEmpty},
		{"png", Input{Body: png}, ErrBinary},
		{"png declared html", Input{Body: png, ContentType: "text/html"}, ErrBinary},
		{"pdf", Input{Body: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")}, ErrBinary},
		{"zip", Input{Body: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00")}, ErrBinary},
		{"nul bytes", Input{Body: []byte("some text\x00with a NUL")}, ErrBinary},
		{"nav only", Input{Body: []byte(`<html><body><nav><a href="/">Home</a></nav><footer>© 2025 Example</footer></body></html>`)}, ErrNoText},
		{"chrome only text", Input{Body: []byte("26.1 C\nDelhi\nMonday, March 31, 2025\n\nRead in Korean\n")}, ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Clean(context.Background(), tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Clean = %+v, %v; want %v", r, err, tt.want)
			}
			if msg := err.Error(); !strings.Contains(msg, ": ") || len(msg) < 40 {
				t.Errorf("error %q does not tell the user what to do", msg)
			}
		})
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Clean(ctx, Input{Body: []byte("hello world")}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestInvalidUTF8IsReplaced(t *testing.T) {
	body := []byte("<html><head><meta charset=\"utf-8\"><title>Tyres</title></head><body><article><p>Traders moved 600 tyres through Sinuiju \xff\xfe last month and sold them at double the Dandong price, a source said.</p></article></body></html>")
	r, err := Clean(context.Background(), Input{Body: body})
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "Charset", r.Charset, "utf-8")
	if !utf8.ValidString(r.Text) || !strings.Contains(r.Text, "\uFFFD") {
		t.Errorf("Text = %q, want invalid bytes replaced by U+FFFD", r.Text)
	}
}

func TestDeterministic(t *testing.T) {
	page := cleantest.GeneratePage(7)
	a, err := Clean(context.Background(), Input{Body: page, URL: "https://example-news.test/x", FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Clean(context.Background(), Input{Body: page, URL: "https://example-news.test/x", FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Fatal("two runs on the same input differ")
	}
	checkInvariants(t, a)
	wantNotIn(t, a.Text, "We use cookies", "Section 12", "Most Popular", "reader1", "All rights reserved")
	if len(a.Text) < 2000 {
		t.Errorf("generated article text is only %d bytes", len(a.Text))
	}
}

func FuzzClean(f *testing.F) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".golden.json") || e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join("testdata", e.Name()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "")
		f.Add(b, "text/plain")
	}
	f.Add([]byte("Headline\n\nDelhi 29°C Haze\nSeoul 24 °C\n26.1 C x\n°C Clear\n\nBody text."), "text/plain")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		r, err := Clean(context.Background(), Input{Body: body, ContentType: ct, FetchedAt: fetched})
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrNoText) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(r.Text) || !utf8.ValidString(r.Title) || !utf8.ValidString(r.Byline) || !utf8.ValidString(r.Outlet) {
			t.Fatal("invalid UTF-8 in result")
		}
		if r.Text == "" {
			t.Fatal("empty text without ErrNoText")
		}
		checkDateline(t, r)
	})
}

func benchPages() [][]byte {
	pages := make([][]byte, 8)
	for i := range pages {
		pages[i] = cleantest.GeneratePage(i)
	}
	return pages
}

func BenchmarkClean(b *testing.B) {
	pages := benchPages()
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	b.SetBytes(n / int64(len(pages)))
	i := 0
	for b.Loop() {
		if _, err := Clean(context.Background(), Input{Body: pages[i%len(pages)], ContentType: "text/html; charset=utf-8", URL: "https://example-news.test/x", FetchedAt: fetched}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkBareReadability(b *testing.B) {
	pages := benchPages()
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	b.SetBytes(n / int64(len(pages)))
	i := 0
	for b.Loop() {
		art, err := readability.FromReader(bytes.NewReader(pages[i%len(pages)]), nil)
		if err != nil || art.Node == nil {
			b.Fatal("readability failed")
		}
		i++
	}
}

// BenchmarkQuietReadability is go-readability with its logger switched
// off: its default logger formats every debug record before discarding it.
func BenchmarkQuietReadability(b *testing.B) {
	pages := benchPages()
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	b.SetBytes(n / int64(len(pages)))
	i := 0
	for b.Loop() {
		p := readability.NewParser()
		p.Logger = slog.New(slog.DiscardHandler)
		art, err := p.Parse(bytes.NewReader(pages[i%len(pages)]), nil)
		if err != nil || art.Node == nil {
			b.Fatal("readability failed")
		}
		i++
	}
}

// A re-publisher may string its chrome together with bars; each piece is
// read as what it is, and a bar inside the article is left alone.
func TestPipedChrome(t *testing.T) {
	body := "Clams go north from Sonchon\n\n" +
		"Seoul 27°C Partly cloudy | Tuesday, September 9, 2025\n\n" +
		"by DailyNK(North Korean Media) | 2025-09-09 09:14 | Read in Korean\n\n" +
		"Diggers in Sonchon sell clams to a trading company that trucks them to Sinuiju | the price is 3,500 won a kilogram, a source said.\n\n" +
		"The boxes then cross the river to Dandong at night.\n"
	r, err := Clean(context.Background(), Input{Body: []byte(body), ContentType: "text/plain", FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "Outlet", r.Outlet, "Daily NK")
	if r.Published == nil || r.Published.Format("2006-01-02") != "2025-09-09" {
		t.Errorf("Published = %v, want 2025-09-09", r.Published)
	}
	wantNotIn(t, r.Text, "Seoul", "27°C", "Read in Korean", "DailyNK")
	wantIn(t, r.Text, "trucks them to Sinuiju | the price is 3,500 won", "cross the river to Dandong")
}
