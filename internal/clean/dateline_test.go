package clean

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestFindDateline(t *testing.T) {
	ref := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		in      string
		text    string // the dateline; "" when none
		city    string
		country string
		outlet  string
		date    string // resolved against ref, "2006-01-02"
		byline  string
	}{
		{name: "yonhap", in: "SEOUL, March 28 (Yonhap) -- A cargo ship left the port.",
			text: "SEOUL, March 28 (Yonhap) --", city: "SEOUL", outlet: "Yonhap", date: "2025-03-28"},
		{name: "country no date", in: "HUNCHUN, China (AP) — Trucks waited at the bridge.",
			text: "HUNCHUN, China (AP) —", city: "HUNCHUN", country: "China", outlet: "AP"},
		{name: "month abbreviation single hyphen", in: "BEIJING, Feb 9 (Reuters) - Customs data showed a rise.",
			text: "BEIJING, Feb 9 (Reuters) -", city: "BEIJING", outlet: "Reuters", date: "2025-02-09"},
		{name: "country and date", in: "NAKHODKA, Russia, Oct. 3 (AP) — Two tankers docked overnight.",
			text: "NAKHODKA, Russia, Oct. 3 (AP) —", city: "NAKHODKA", country: "Russia", outlet: "AP", date: "2024-10-03"},
		{name: "date with year", in: "TOKYO, Nov 5, 2024 (Kyodo) -- Officials inspected the vessel.",
			text: "TOKYO, Nov 5, 2024 (Kyodo) --", city: "TOKYO", outlet: "Kyodo News", date: "2024-11-05"},
		{name: "two word city", in: "UNITED NATIONS (AFP) – Diplomats met behind closed doors.",
			text: "UNITED NATIONS (AFP) –", city: "UNITED NATIONS", outlet: "AFP"},
		{name: "title case city with agency", in: "Seoul, March 2 (Yonhap)--The ministry released figures.",
			text: "Seoul, March 2 (Yonhap)--", city: "Seoul", outlet: "Yonhap", date: "2025-03-02"},
		{name: "lower case with agency", in: "dandong, china (xinhua) ― freight resumed on Monday.",
			text: "dandong, china (xinhua) ―", city: "dandong", country: "china", outlet: "Xinhua"},
		{name: "closing hyphen without space", in: "MOSCOW, Jan 20 (TASS)-Officials signed a protocol.",
			text: "MOSCOW, Jan 20 (TASS)-", city: "MOSCOW", outlet: "TASS", date: "2025-01-20"},
		{name: "caps city alone", in: "WASHINGTON — The Treasury named three firms.",
			text: "WASHINGTON —", city: "WASHINGTON"},
		{name: "unknown agency", in: "PYONGYANG (Northwire) -- Officials opened a new market.",
			text: "PYONGYANG (Northwire) --", city: "PYONGYANG", outlet: "Northwire"},
		{name: "nk news", in: "SEOUL (NK News) — The satellite images show barges.",
			text: "SEOUL (NK News) —", city: "SEOUL", outlet: "NK News"},
		{name: "korean wire", in: "(서울=연합뉴스) 홍길동 기자 = 북한이 석탄을 배에 실었다.",
			text: "(서울=연합뉴스) 홍길동 기자 =", city: "서울", outlet: "Yonhap", byline: "홍길동 기자"},
		{name: "korean relayed agency", in: "(베이징 AFP=연합뉴스) 중국 세관이 통계를 발표했다.",
			text: "(베이징 AFP=연합뉴스)", city: "베이징", outlet: "Yonhap"},
		{name: "korean brackets", in: "[단둥=뉴시스] 김철수 특파원= 화물열차가 다시 다녔다.",
			text: "[단둥=뉴시스] 김철수 특파원=", city: "단둥", outlet: "Newsis", byline: "김철수 특파원"},
		{name: "korean no reporter, equals in body", in: "(서울=뉴스1) 1달러=8000원 선에서 거래됐다.",
			text: "(서울=뉴스1)", city: "서울", outlet: "News1"},
		{name: "chinese bracket", in: "【丹东3月4日讯】记者从口岸获悉，货车恢复通行。",
			text: "【丹东3月4日讯】", city: "丹东", date: "2025-03-04"},
		{name: "chinese bracket no date", in: "【珲春讯】边境贸易明显回暖。",
			text: "【珲春讯】", city: "珲春"},
		{name: "xinhua", in: "新华社北京3月4日电（记者 王明）海关总署发布数据。",
			text: "新华社北京3月4日电（记者 王明）", city: "北京", outlet: "Xinhua", date: "2025-03-04"},
		{name: "japanese kyodo", in: "【ソウル共同】北朝鮮の船が港に入った。",
			text: "【ソウル共同】", city: "ソウル", outlet: "Kyodo News"},

		{name: "dashes in running text", in: "Traders said - quietly - that prices rose."},
		{name: "plain sentence", in: "North Korea shipped coal to China last year."},
		{name: "label not city", in: "BREAKING — Ships were seen near the port."},
		{name: "hyphenated word", in: "SINO-KOREAN trade rose in March, officials said."},
		{name: "acronym sentence", in: "UN experts - who met in March - said transfers rose."},
		{name: "name then dash", in: "KIM Jong Un said - at a meeting - that trade must grow."},
		{name: "parenthesis not agency", in: "SEOUL (2025) -- a year in review."},
		{name: "korean aside", in: "(참고) 이 기사는 수정되었다."},
		{name: "chinese aside", in: "【编者按】本文介绍边境贸易。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := findDateline(tt.in)
			if tt.text == "" {
				if d != nil {
					t.Fatalf("findDateline = %q, want none", tt.in[:d.end])
				}
				return
			}
			if d == nil {
				t.Fatalf("findDateline found none, want %q", tt.text)
			}
			m := d.model(tt.in, d.dateCand(tt.in, ref))
			city, country, date := "", "", ""
			if m.City != nil {
				city = m.City.Text
				if tt.in[m.City.Start:m.City.End] != city {
					t.Errorf("city offsets %d:%d do not cover %q", m.City.Start, m.City.End, city)
				}
			}
			if m.Country != nil {
				country = m.Country.Text
			}
			if m.Date != nil {
				date = m.Date.Format("2006-01-02")
			}
			for _, c := range []struct{ what, got, want string }{
				{"text", m.Text, tt.text}, {"city", city, tt.city}, {"country", country, tt.country},
				{"outlet", m.Outlet, tt.outlet}, {"date", date, tt.date}, {"byline", d.byline, tt.byline},
			} {
				if c.got != c.want {
					t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
				}
			}
		})
	}
}

// TestDatelineUnresolvedYear checks that a yearless dateline date with no
// reference date is recorded as words but not guessed.
func TestDatelineUnresolvedYear(t *testing.T) {
	p := "SEOUL, March 28 (Yonhap) -- A cargo ship left the port."
	d := findDateline(p)
	if d == nil {
		t.Fatal("no dateline")
	}
	m := d.model(p, d.dateCand(p, time.Time{}))
	if m.DateText != "March 28" || m.Date != nil {
		t.Errorf("DateText %q Date %v, want \"March 28\" and nil", m.DateText, m.Date)
	}
}

func TestCleanKeepsDateline(t *testing.T) {
	tests := []struct {
		name, body, url   string
		start, city       string
		outlet, pubSource string
		pub               string
	}{
		{name: "english wire plain text",
			body:  "Coal barges return to the river port\n\nDANDONG, China, March 3, 2025 (Reuters) — Barges loaded with coal tied up at the wharf on Monday, dock workers said.\n\nThe cargo was later moved by truck.\n",
			start: "DANDONG, China, March 3, 2025 (Reuters) — Barges", city: "DANDONG",
			outlet: "Reuters", pubSource: "dateline", pub: "2025-03-03"},
		{name: "page names its own outlet",
			body:  "Coal barges return to the river port\n\nDANDONG, China (AP) — Barges loaded with coal tied up at the wharf on Monday, dock workers said.\n\nThe cargo was later moved by truck.\n",
			url:   "https://www.dailynk.com/english/coal-barges/",
			start: "DANDONG, China (AP) — Barges", city: "DANDONG", outlet: "Daily NK"},
		{name: "korean wire",
			body:  "단둥 화물열차 운행 재개\n\n(서울=연합뉴스) 홍길동 기자 = 중국 단둥과 신의주를 잇는 화물열차가 다시 운행을 시작했다고 정부 당국자가 밝혔다.\n\n열차는 밀가루와 설탕을 싣고 돌아왔다.\n",
			start: "(서울=연합뉴스) 홍길동 기자 = 중국", city: "서울", outlet: "Yonhap"},
		{name: "chinese bracket",
			body:  "丹东口岸货运恢复\n\n【丹东2025年3月4日讯】记者从口岸获悉，满载化肥的货车当天恢复通行。\n\n据介绍，车辆经鸭绿江大桥进入新义州。\n",
			start: "【丹东2025年3月4日讯】记者", city: "丹东", pubSource: "dateline", pub: "2025-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Clean(context.Background(), Input{Body: []byte(tt.body), ContentType: "text/plain; charset=utf-8", URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(r.Text, tt.start) {
				t.Errorf("Text starts %q, want %q", r.Text[:min(len(r.Text), len(tt.start))], tt.start)
			}
			if r.Dateline == nil || r.Dateline.City == nil {
				t.Fatalf("Dateline = %+v, want city %q", r.Dateline, tt.city)
			}
			if c := r.Dateline.City; c.Text != tt.city || r.Text[c.Start:c.End] != tt.city {
				t.Errorf("City = %+v, want %q at its offsets", c, tt.city)
			}
			if !strings.HasPrefix(r.Text, r.Dateline.Text) || r.Dateline.End != len(r.Dateline.Text) {
				t.Errorf("Dateline %q (end %d) is not the start of Text", r.Dateline.Text, r.Dateline.End)
			}
			for _, dropped := range r.Dropped {
				if strings.Contains(dropped, r.Dateline.Text) {
					t.Errorf("dateline listed as dropped: %q", dropped)
				}
			}
			wantEq(t, "Outlet", r.Outlet, tt.outlet)
			wantEq(t, "PublishedSource", r.PublishedSource, tt.pubSource)
			pub := ""
			if r.Published != nil {
				pub = r.Published.Format("2006-01-02")
			}
			wantEq(t, "Published", pub, tt.pub)
		})
	}
}

// FuzzFindDateline checks that any dateline found lies inside the
// paragraph and that its spans are ordered and inside the dateline.
func FuzzFindDateline(f *testing.F) {
	for _, s := range []string{
		"SEOUL, March 28 (Yonhap) -- A ship left.", "(서울=연합뉴스) 홍길동 기자 = 본문", "【丹东3月4日讯】本文",
		"新华社北京3月4日电（记者 王明）正文", "【ソウル共同】本文", "VLADIVOSTOK, Russia, Sept. 12 (AP) — Text",
		"A - B", "(=)", "【讯】", "X, , (Y) -",
	} {
		f.Add(s)
	}
	ref := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, p string) {
		d := findDateline(p)
		if d == nil {
			return
		}
		if d.end <= 0 || d.end > len(p) {
			t.Fatalf("end %d outside %d", d.end, len(p))
		}
		for _, s := range []span{d.city, d.country, d.date} {
			if s.start < 0 || s.end < s.start || s.end > d.end {
				t.Fatalf("span %+v outside dateline end %d", s, d.end)
			}
		}
		_ = d.model(p, d.dateCand(p, ref))
	})
}
