package clean

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want lineKind
	}{
		{"26.1 C", lkWeather},
		{"-3°C", lkWeather},
		{"18℃", lkWeather},
		{"Delhi 29°C Haze", lkWeather},
		{"Hong Kong 30 °C Partly Cloudy", lkWeather},
		{"Seoul 24°C", lkWeather},
		{"서울 24℃ 흐림", lkWeather},
		{"Temperatures hit 35°C in Pyongyang", lkNone},
		{"Pyongyang Swelters At 38°C", lkNone},
		{"Hyesan 12°C Traders", lkNone},
		{"Delhi", lkPlace},
		{"Monday, March 31, 2025", lkDate},
		{"March 28, 2025 at 04:18PM", lkDate},
		{"입력 2025.03.28 16:18 수정 2025.03.29 09:00", lkDate},
		{"Read in Korean", lkAltLang},
		{"한국어로 읽기", lkAltLang},
		{"中文", lkAltLang},
		{"Most Popular Articles", lkCut},
		{"Related", lkCut},
		{"More from Daily NK", lkCut},
		{"12 comments", lkCut},
		{"많이 본 기사", lkCut},
		{"Share Facebook Twitter Email", lkShare},
		{"We use cookies to improve your experience. Accept all", lkCookie},
		{"Subscribe to our newsletter", lkSubscribe},
		{"Advertisement", lkAd},
		{"© 2025 Example Monitor. All rights reserved.", lkCopyright},
		{"ⓒ 데일리NK 무단전재 및 재배포 금지", lkCopyright},
		{"by DailyNK(North Korean Media)", lkAttribution},
		{"Source: Yonhap", lkAttribution},
		{"By Jane Kim", lkByline},
		{"North Korean traders purchased the spy glasses at 800 Chinese yuan each.", lkNone},
		{"The Ministry of State Security asked traders in China to order the cameras.", lkNone},
		{"Share prices rose in Seoul on Monday after the announcement.", lkNone},
		{"Related to this, officials said nothing.", lkNone},
		{"Comments by the ministry were not available.", lkNone},
	}
	ref := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := classify(tt.line, true, ref).kind; got != tt.want {
				t.Errorf("classify(%q) = %d, want %d", tt.line, got, tt.want)
			}
		})
	}
}

func TestAttributionOutlet(t *testing.T) {
	tests := map[string]string{
		"by DailyNK(North Korean Media)": "Daily NK",
		"by NK News(North Korean Media)": "NK News",
		"Source: Radio Free Asia":        "Radio Free Asia",
		"출처: 연합뉴스":                       "Yonhap",
		"by Somewire(Example Media)":     "Somewire",
	}
	for line, want := range tests {
		t.Run(line, func(t *testing.T) {
			li := classify(line, false, time.Time{})
			if li.kind != lkAttribution || li.outlet != want {
				t.Errorf("classify(%q) = %d %q, want attribution %q", line, li.kind, li.outlet, want)
			}
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, text, htmlLang, want string
	}{
		{"english", "North Korean traders have ordered a large shipment of glasses from China, a source said on Monday.", "", "en"},
		{"english under ko tag", "North Korean traders have ordered a large shipment of glasses from China, a source said on Monday.", "ko", "en"},
		{"korean", "양강도 혜산시에서 이달 들어 옥수수 가격이 크게 올랐다고 소식통이 전했다.", "", "ko"},
		{"chinese", "据当地贸易商介绍，今年二月经丹东口岸运往朝鲜的化肥数量明显增加。", "", "zh"},
		{"japanese", "北朝鮮の国境地域では、中国から密輸されたガソリンの価格が上がったと伝えた。", "", "ja"},
		{"russian", "По словам торговцев, цены на бензин на рынках приграничных районов Северной Кореи заметно выросли.", "", "ru"},
		{"french", "Selon des négociants, le prix de l'essence a fortement augmenté sur les marchés frontaliers de la Corée du Nord.", "", "fr"},
		{"short uses tag", "Hi", "de", "de"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectLanguage(tt.text, tt.htmlLang); got != tt.want {
				t.Errorf("detectLanguage = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ in, site, want string }{
		{"Corn prices jump in Hyesan as border trade slows - Daily NK", "", "Corn prices jump in Hyesan as border trade slows"},
		{"Rice prices rise in Sinuiju markets | NK Monitor", "NK Monitor", "Rice prices rise in Sinuiju markets"},
		{"Kim visits Russia - analysis of the trip", "", "Kim visits Russia - analysis of the trip"},
		{"Coal barges seen at Nampo", "", "Coal barges seen at Nampo"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.in, tt.site); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOutletForURL(t *testing.T) {
	tests := map[string]string{
		"https://www.dailynk.com/english/x/":   "Daily NK",
		"https://en.yna.co.kr/view/AEN2025":    "Yonhap",
		"https://www.rfa.org/korean/x":         "Radio Free Asia",
		"https://apnews.com/article/x":         "AP",
		"https://unknown.example/x":            "",
		"::not a url":                          "",
		"https://www.koreaherald.com/view.php": "The Korea Herald",
	}
	for u, want := range tests {
		if got := outletForURL(u); got != want {
			t.Errorf("outletForURL(%q) = %q, want %q", u, got, want)
		}
	}
}

func TestFallbackParagraphs(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><nav>Home News</nav><aside>Popular list</aside>
<article><p>First paragraph of the report.</p><div class="comments"><p>A reader comment</p></div><p>Second paragraph.</p></article>
<footer>About us</footer></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	got := fallbackParagraphs(doc)
	want := []string{"First paragraph of the report.", "Second paragraph."}
	if !slices.Equal(got, want) {
		t.Errorf("fallbackParagraphs = %q, want %q", got, want)
	}
}

func TestLastModifiedDate(t *testing.T) {
	h := http.Header{}
	h.Set("Last-Modified", "Wed, 02 Apr 2025 07:00:00 GMT")
	body := []byte("Fuel prices fall in Pyongyang\n\nDiesel sold for 11,500 won per kilogram in Pyongyang markets last week, down from 13,000 won a month earlier, traders said.\n")
	r, err := Clean(context.Background(), Input{Body: body, Header: h})
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "PublishedSource", r.PublishedSource, "http-last-modified")
	wantTime(t, "Published", r.Published, time.Date(2025, 4, 2, 7, 0, 0, 0, time.UTC))
	wantEq(t, "Title", r.Title, "Fuel prices fall in Pyongyang")
}

func TestNormLine(t *testing.T) {
	tests := map[string]string{
		"  a  b\t\nc  ":        "a b c",
		"plain text":           "plain text",
		"no\u00a0break\u3000x": "no break x",
		"zero\u200bwidth":      "zerowidth",
		"":                     "",
	}
	for in, want := range tests {
		if got := normLine(in); got != want {
			t.Errorf("normLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitPlainWrapped(t *testing.T) {
	text := "Headline about coal barges\n\nSatellite images taken in January show at least nine\nbarges loaded with coal moored at the Nampo docks, a research\ngroup said.\n\n신의주 시장에서 쌀 가격이\n크게 올랐다.\n\n丹东口岸对朝鲜出口\n化肥增加。\n"
	got := splitPlain(text)
	want := []string{
		"Headline about coal barges",
		"Satellite images taken in January show at least nine barges loaded with coal moored at the Nampo docks, a research group said.",
		"신의주 시장에서 쌀 가격이 크게 올랐다.",
		"丹东口岸对朝鲜出口化肥增加。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("splitPlain = %q, want %q", got, want)
	}
}
