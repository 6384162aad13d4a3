package clean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/clean/dates"
)

// lineKind is what a short line of page chrome is.
type lineKind uint8

const (
	lkNone        lineKind = iota
	lkWeather              // "26.1 C"
	lkDate                 // a line that is only a date
	lkPlace                // a lone city name
	lkAltLang              // "Read in Korean"
	lkShare                // "Share Facebook Twitter"
	lkCut                  // "Most Popular Articles": it and all after it go
	lkCookie               // cookie banner text
	lkSubscribe            // newsletter prompts
	lkAd                   // "Advertisement"
	lkCopyright            // "© 2025 ... All rights reserved"
	lkAttribution          // "by DailyNK(North Korean Media)", "Source: Yonhap"
	lkByline               // "By Jane Kim"
)

// lineInfo carries what classify read from a line.
type lineInfo struct {
	kind   lineKind
	date   dates.Date
	dtext  string // the date's own words
	lang   string // lkAltLang
	outlet string // lkAttribution
	byline string // lkByline
}

// maxChromeLen is the longest line treated as chrome; longer lines are text.
const maxChromeLen = 240

var cutMarkers = map[string]bool{
	"most popular articles": true, "most popular": true, "most read": true, "most viewed": true,
	"popular articles": true, "popular stories": true, "related articles": true, "related": true,
	"related stories": true, "related news": true, "related posts": true, "related content": true,
	"recommended": true, "recommended articles": true, "recommended for you": true,
	"you may also like": true, "you might also like": true, "more stories": true,
	"latest news": true, "latest stories": true, "trending": true, "trending now": true, "read more": true,
	"comments": true, "comment": true, "leave a comment": true, "leave a reply": true,
	"join the discussion": true, "join the conversation": true, "post a comment": true,
	"관련기사": true, "관련 기사": true, "많이 본 기사": true, "많이 본 뉴스": true, "인기기사": true,
	"인기 기사": true, "댓글": true, "추천 기사": true, "相关新闻": true, "相关文章": true,
	"热门文章": true, "推荐阅读": true, "评论": true, "関連記事": true, "人気記事": true,
	"читайте также": true, "популярное": true, "комментарии": true,
}

var shareWords = map[string]bool{
	"share": true, "this": true, "article": true, "story": true, "on": true, "facebook": true,
	"twitter": true, "x": true, "linkedin": true, "email": true, "e-mail": true, "print": true,
	"whatsapp": true, "telegram": true, "kakaotalk": true, "kakao": true, "copy": true, "link": true,
	"reddit": true, "tweet": true, "pinterest": true, "line": true, "naver": true, "band": true,
	"공유": true, "공유하기": true, "카카오톡": true, "페이스북": true, "트위터": true, "인쇄": true,
	"微信": true, "微博": true, "分享": true, "打印": true, "url": true, "via": true, "&": true, "|": true, "·": true,
}

var altLangLabels = map[string]string{
	"read in korean": "ko", "korean version": "ko", "read this article in korean": "ko",
	"한국어로 읽기": "ko", "한국어": "ko", "한국어판": "ko", "korean": "ko", "in korean": "ko",
	"read in english": "en", "english version": "en", "영어로 읽기": "en", "english": "en",
	"영문": "en", "영문 기사": "en", "英文": "en", "english edition": "en",
	"中文": "zh", "中文版": "zh", "read in chinese": "zh", "chinese version": "zh", "중국어": "zh",
	"日本語": "ja", "read in japanese": "ja", "japanese version": "ja", "일본어": "ja", "日本語版": "ja",
	"русский": "ru", "read in russian": "ru", "на русском": "ru", "russian version": "ru",
}

var knownPlaces = map[string]bool{
	"seoul": true, "delhi": true, "new delhi": true, "beijing": true, "pyongyang": true,
	"tokyo": true, "washington": true, "london": true, "dandong": true, "shenyang": true,
	"hong kong": true, "singapore": true, "moscow": true, "vladivostok": true, "bangkok": true,
	"taipei": true, "osaka": true, "busan": true, "incheon": true, "sinuiju": true, "hyesan": true,
	"rason": true, "yanji": true, "hunchun": true, "new york": true, "shanghai": true, "mumbai": true,
	"서울": true, "평양": true, "北京": true, "首尔": true, "平壤": true, "丹东": true, "東京": true,
}

// dateWords may stand beside a date on a date-only line.
var dateWords = map[string]bool{
	"published": true, "posted": true, "updated": true, "on": true, "at": true, "last": true,
	"modified": true, "date": true, "time": true, "by": false, "입력": true, "수정": true,
	"승인": true, "기사입력": true, "최종수정": true, "등록": true, "업데이트": true, "발행": true,
	"发布": true, "发布时间": true, "更新": true, "时间": true, "日期": true, "来源": false,
}

// normKey lower-cases s and trims surrounding punctuation for table lookups.
func normKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '»' || r == '›' || r == '>' || r == '|'
	})
}

// classify says whether a line is page chrome, and which. withDates makes
// it also recognise date-only lines, which costs a date scan.
func classify(line string, withDates bool, ref time.Time) lineInfo {
	if len(line) > maxChromeLen {
		// Cookie banners run long; look for the word before lower-casing.
		if len(line) < 1200 && (strings.Contains(line, "ookie") || strings.Contains(line, "쿠키")) && isCookie(strings.ToLower(line)) {
			return lineInfo{kind: lkCookie}
		}
		return lineInfo{}
	}
	key := normKey(line)
	if key == "" {
		return lineInfo{kind: lkShare}
	}
	if cutMarkers[key] || isCutPrefix(key) {
		return lineInfo{kind: lkCut}
	}
	if l, ok := altLangLabels[key]; ok {
		return lineInfo{kind: lkAltLang, lang: l}
	}
	if isWeather(line) {
		return lineInfo{kind: lkWeather}
	}
	if isShare(key) {
		return lineInfo{kind: lkShare}
	}
	if isTranslationNote(key) {
		return lineInfo{kind: lkAd}
	}
	switch key {
	case "advertisement", "ad", "ads", "sponsored", "sponsored content", "광고", "广告", "реклама":
		return lineInfo{kind: lkAd}
	}
	if isCookie(key) {
		return lineInfo{kind: lkCookie}
	}
	if isSubscribe(key) {
		return lineInfo{kind: lkSubscribe}
	}
	if isCopyright(line, key) {
		return lineInfo{kind: lkCopyright}
	}
	if o, ok := attribution(line, key); ok {
		return lineInfo{kind: lkAttribution, outlet: o}
	}
	if withDates {
		if d, text, ok := dateOnly(line, ref); ok {
			return lineInfo{kind: lkDate, date: d, dtext: text}
		}
	}
	if b, ok := bylineOf(line, key); ok {
		return lineInfo{kind: lkByline, byline: b}
	}
	if knownPlaces[key] {
		return lineInfo{kind: lkPlace}
	}
	return lineInfo{}
}

func isCutPrefix(key string) bool {
	if strings.HasPrefix(key, "more from ") || strings.HasPrefix(key, "more on ") ||
		strings.HasPrefix(key, "related:") || strings.HasPrefix(key, "also read") ||
		strings.HasPrefix(key, "comments (") || strings.HasPrefix(key, "댓글 ") {
		return len(key) < 60
	}
	// "12 comments", "3 responses"
	if sp := strings.IndexByte(key, ' '); sp > 0 && sp < 6 && allDigits(key[:sp]) {
		switch key[sp+1:] {
		case "comments", "comment", "responses", "replies":
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isWeather matches a temperature alone ("26.1 C", "-3°C", "78 °F", "18℃") or
// a re-publisher's one-line weather box: a city in title case or Korean or
// Chinese script, the temperature, then nothing or a sky condition ("Delhi
// 29°C Haze", "Hong Kong 30 °C Partly Cloudy", "서울 24℃ 흐림"). A sentence
// that gives a temperature ("Temperatures hit 35°C in Pyongyang") has other
// words, and is not chrome.
func isWeather(line string) bool {
	s := strings.TrimSpace(line)
	if isTemperature(s) {
		return true
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 7 {
		return false
	}
	t := -1 // index of the temperature's first word
	n := 0  // its word count
	for i, w := range words {
		if strings.ContainsAny(w, "°℃℉") && isTemperature(w) {
			t, n = i, 1
			break
		}
		if i+1 < len(words) && isTemperature(w+words[i+1]) && !isTemperature(w) {
			t, n = i, 2
			break
		}
	}
	if t < 1 || t > 3 {
		return false
	}
	after := words[t+n:]
	if t == 3 && len(after) == 0 || len(after) > 3 {
		return false
	}
	for _, w := range words[:t] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.Is(unicode.Hangul, r) && !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	for _, w := range after {
		r, _ := utf8.DecodeRuneInString(w)
		if !skyWords[strings.ToLower(w)] && !unicode.Is(unicode.Hangul, r) && !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// skyWords are the conditions a weather box gives beside the temperature.
var skyWords = map[string]bool{
	"clear": true, "sunny": true, "fair": true, "cloudy": true, "clouds": true, "partly": true,
	"mostly": true, "overcast": true, "haze": true, "hazy": true, "mist": true, "fog": true,
	"foggy": true, "smoke": true, "dust": true, "rain": true, "rainy": true, "showers": true,
	"drizzle": true, "light": true, "heavy": true, "snow": true, "sleet": true, "thunderstorms": true,
	"thunderstorm": true, "storms": true, "windy": true, "humid": true, "hot": true, "cold": true,
}

// isTemperature matches one temperature with its unit: "26.1 C", "-3°C",
// "78 °F", "18℃".
func isTemperature(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	digits := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' && digits > 0) {
		if s[i] != '.' {
			digits++
		}
		i++
	}
	if digits == 0 || digits > 4 {
		return false
	}
	rest := strings.TrimSpace(s[i:])
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "°"))
	switch rest {
	case "C", "F", "c", "℃", "℉":
		return true
	}
	return false
}

func isShare(key string) bool {
	words := strings.Fields(key)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		if !shareWords[w] {
			return false
		}
	}
	// "this article" alone is not a share bar; it needs a share word.
	for _, w := range words {
		if w != "this" && w != "article" && w != "story" && w != "on" && w != "line" && w != "link" {
			return true
		}
	}
	return false
}

func isCookie(key string) bool {
	if !strings.Contains(key, "cookie") && !strings.Contains(key, "쿠키") {
		return false
	}
	return strings.Contains(key, "we use") || strings.Contains(key, "accept") ||
		strings.Contains(key, "consent") || strings.Contains(key, "privacy") ||
		strings.Contains(key, "this site uses") || strings.Contains(key, "this website uses") ||
		strings.Contains(key, "동의") || strings.Contains(key, "settings")
}

func isSubscribe(key string) bool {
	for _, p := range [...]string{"subscribe", "sign up for", "get our newsletter", "newsletter", "구독", "订阅", "join our mailing list", "get the latest"} {
		if strings.HasPrefix(key, p) {
			return len(key) < 200
		}
	}
	return strings.Contains(key, "subscribe to our") || strings.Contains(key, "sign up for our")
}

func isCopyright(line, key string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "©") || strings.HasPrefix(t, "ⓒ") || strings.HasPrefix(key, "copyright") ||
		strings.HasPrefix(key, "(c) ") || strings.Contains(key, "all rights reserved") ||
		strings.Contains(key, "무단 전재") || strings.Contains(key, "무단전재") || strings.Contains(key, "재배포 금지") ||
		strings.Contains(key, "版权所有")
}

// attribution reads "by DailyNK(North Korean Media)", "Source: Yonhap",
// "Originally published by NK News" and returns the outlet named.
func attribution(line, key string) (string, bool) {
	for _, p := range [...]string{"source:", "sources:", "출처:", "출처 :", "来源：", "来源:", "originally published by ", "originally published at ", "originally published in ", "this article was originally published by ", "this article first appeared in ", "this article first appeared on ", "via "} {
		if strings.HasPrefix(key, p) {
			rest := strings.TrimSpace(strings.TrimSpace(line)[len(p):])
			rest = strings.TrimRight(rest, ".")
			if rest == "" || utf8.RuneCountInString(rest) > 60 {
				return "", false
			}
			if o := outletForName(rest); o != "" {
				return o, true
			}
			return rest, true
		}
	}
	if !strings.HasPrefix(key, "by ") {
		return "", false
	}
	rest := strings.TrimSpace(strings.TrimSpace(line)[3:])
	open := strings.IndexByte(rest, '(')
	name := rest
	if open > 0 {
		name = strings.TrimSpace(rest[:open])
	}
	if o := outletForName(name); o != "" {
		return o, true
	}
	// "by Somename(Some Media)": a feed robot's attribution to an outlet.
	if open > 0 && strings.HasSuffix(rest, ")") {
		inner := strings.ToLower(rest[open+1 : len(rest)-1])
		if strings.Contains(inner, "media") || strings.Contains(inner, "news") || strings.Contains(inner, "agency") {
			return name, true
		}
	}
	return "", false
}

// bylineOf reads "By Jane Kim" or "By Jane Kim, Seoul correspondent".
func bylineOf(line, key string) (string, bool) {
	if !strings.HasPrefix(key, "by ") && !strings.HasPrefix(key, "written by ") {
		// Korean: "홍길동 기자"
		if strings.HasSuffix(key, " 기자") && utf8.RuneCountInString(key) <= 12 {
			return strings.TrimSpace(line), true
		}
		return "", false
	}
	s := strings.TrimSpace(line)
	s = s[strings.IndexByte(s, ' ')+1:]
	if i := strings.IndexAny(s, "|·•"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if s == "" || len(strings.Fields(s)) > 8 {
		return "", false
	}
	return s, true
}

// dateOnly reports whether line is a date with at most a few date words
// ("Published", "입력") around it, and returns the first date.
func dateOnly(line string, ref time.Time) (dates.Date, string, bool) {
	found := dates.Find(line, ref)
	if len(found) == 0 || len(found) > 2 {
		return dates.Date{}, "", false
	}
	pos := 0
	var rest strings.Builder
	for _, f := range found {
		rest.WriteString(line[pos:f.Start])
		rest.WriteByte(' ')
		pos = f.End
	}
	rest.WriteString(line[pos:])
	for _, w := range strings.FieldsFunc(strings.ToLower(rest.String()), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if !dateWords[w] {
			return dates.Date{}, "", false
		}
	}
	return found[0].Date, found[0].Text, true
}

// isLonePlace reports whether line looks like a bare place name: one to
// three capitalised words without digits or sentence punctuation.
func isLonePlace(line string) bool {
	if len(line) > 30 {
		return false
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if isCJKRune(r) {
			if utf8.RuneCountInString(w) > 4 { // 서울, 北京, 丹东市
				return false
			}
		} else if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) || c == '.' && len(w) > 3 || c == '!' || c == '?' || c == ':' {
				return false
			}
		}
	}
	return true
}

// isTranslationNote matches a re-poster's note that the text is a machine
// translation; the note is not part of the report.
func isTranslationNote(key string) bool {
	if len(key) > 120 {
		return false
	}
	return strings.Contains(key, "machine translated") || strings.Contains(key, "machine-translated") ||
		strings.Contains(key, "automatically translated") || strings.Contains(key, "translated by google") ||
		strings.Contains(key, "auto-translated") || strings.Contains(key, "자동 번역") || strings.Contains(key, "机器翻译")
}
