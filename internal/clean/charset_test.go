package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Samples written for these tests; each is long enough to be a paragraph.
var charsetSamples = []struct {
	name string
	enc  encoding.Encoding
	text string
}{
	{"euc-kr", korean.EUCKR, "양강도 혜산시 장마당에서 중국산 휘발유 가격이 지난주보다 크게 올랐다고 현지 소식통이 전했다. 국경 경비가 강화되면서 밀수 물량이 줄어든 탓이라는 설명이다."},
	{"gb18030", simplifiedchinese.GB18030, "据当地商人介绍，今年以来经丹东口岸运往朝鲜的货物数量明显减少，海关对车辆的检查也更加严格，不少贸易公司只好等待。"},
	{"gb18030", simplifiedchinese.GBK, "朝鲜贸易公司在中国市场购买大量手机和电脑，然后通过边境运回国内销售，价格比以前高了很多。"},
	{"big5", traditionalchinese.Big5, "據當地商人說，今年以來經丹東口岸運往朝鮮的貨物數量明顯減少，海關對車輛的檢查也更加嚴格，不少貿易公司只好等待。"},
	{"shift_jis", japanese.ShiftJIS, "北朝鮮の国境地域では、中国から密輸されたガソリンの価格が先週よりも大きく上がったと、現地の情報筋が伝えた。"},
	{"windows-1251", charmap.Windows1251, "По словам торговцев, цены на бензин на рынках приграничных районов Северной Кореи за последнюю неделю заметно выросли."},
	{"koi8-r", charmap.KOI8R, "По словам торговцев, цены на бензин на рынках приграничных районов Северной Кореи за последнюю неделю заметно выросли."},
	{"windows-1252", charmap.Windows1252, "The trader said it’s “cheaper” in Dandong – about 800 yuan – and he didn’t expect the price to fall soon, so he’s buying now."},
	{"windows-1252", charmap.Windows1252, "Selon des négociants, le prix de l’essence a fortement augmenté sur les marchés frontaliers de la Corée du Nord, où les contrôles sont plus sévères."},
}

func TestDetectCharsetLegacy(t *testing.T) {
	for _, s := range charsetSamples {
		t.Run(s.name, func(t *testing.T) {
			b, err := s.enc.NewEncoder().Bytes([]byte(s.text))
			if err != nil {
				t.Fatal(err)
			}
			got, declared := DetectCharset(b, "")
			if got != s.name || declared {
				t.Errorf("DetectCharset = %q declared=%v, want %q guessed", got, declared, s.name)
			}
			if dec := toUTF8(b, got); dec != s.text {
				t.Errorf("decoded %q, want %q", dec, s.text)
			}
			// A headline's worth of text is enough.
			short := mustEncode(s.enc, string([]rune(s.text)[:15]))
			if got, _ := DetectCharset(short, ""); got != s.name && got != "utf-8" {
				t.Errorf("short sample detected as %q, want %q", got, s.name)
			}
		})
	}
}

func TestDetectCharsetDeclared(t *testing.T) {
	tests := []struct {
		name, body, ct, want string
		declared             bool
	}{
		{"bom", "\xEF\xBB\xBFhello", "", "utf-8", true},
		{"utf16 bom", "\xFF\xFEh\x00i\x00", "", "utf-16le", true},
		{"http header", "<p>x</p>", "text/html; charset=EUC-KR", "euc-kr", true},
		{"http latin1 is 1252", "<p>x</p>", "text/html; charset=ISO-8859-1", "windows-1252", true},
		{"meta charset", `<html><head><meta charset="gb2312"></head>`, "", "gbk", true},
		{"meta http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=big5">`, "", "big5", true},
		{"bad label falls through", `<meta charset="nonsense">ok`, "", "utf-8", false},
		{"plain utf-8", "평양 hello", "", "utf-8", false},
		{"misdeclared utf-8", "<meta charset=\"utf-8\">" + string(mustEncode(korean.EUCKR, "양강도 혜산시 장마당에서 중국산 휘발유 가격이 지난주보다 크게 올랐다고 현지 소식통이 전했다.")), "", "euc-kr", false},
		{"utf-8 with a few bad bytes", "<meta charset=\"utf-8\">평양 \xff market", "", "utf-8", true},
		{"ascii", "plain ascii", "text/plain", "utf-8", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, declared := DetectCharset([]byte(tt.body), tt.ct)
			if got != tt.want || declared != tt.declared {
				t.Errorf("DetectCharset = %q,%v want %q,%v", got, declared, tt.want, tt.declared)
			}
		})
	}
}

func FuzzDetectCharset(f *testing.F) {
	for _, s := range charsetSamples {
		b, _ := s.enc.NewEncoder().Bytes([]byte(s.text))
		f.Add(b, "")
	}
	for _, name := range []string{"euckr_nodecl.html", "gb18030.html", "specialist_ko.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "text/html")
	}
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		name, _ := DetectCharset(body, ct)
		if name == "" {
			t.Fatal("empty charset name")
		}
		if s := toUTF8(body, name); !utf8.ValidString(s) {
			t.Fatalf("toUTF8(%s) returned invalid UTF-8", name)
		}
		if utf8.Valid(body) && !strings.Contains(strings.ToLower(ct), "charset") && metaCharset(body) == "" && len(body) > 3 && body[0] != 0xEF && body[0] != 0xFF && body[0] != 0xFE && name != "utf-8" {
			t.Fatalf("valid UTF-8 without declaration detected as %s", name)
		}
	})
}

func mustEncode(e encoding.Encoding, s string) []byte {
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}
