package clean

import (
	"net/url"
	"strings"
	"sync"
)

// outletHosts names the outlets yalu follows by registrable host, for pages
// that carry no og:site_name or JSON-LD publisher.
var outletHosts = map[string]string{
	"dailynk.com":       "Daily NK",
	"nknews.org":        "NK News",
	"nkpro.com":         "NK Pro",
	"rfa.org":           "Radio Free Asia",
	"asiapress.org":     "Asia Press",
	"38north.org":       "38 North",
	"yna.co.kr":         "Yonhap",
	"en.yna.co.kr":      "Yonhap",
	"reuters.com":       "Reuters",
	"apnews.com":        "AP",
	"koreaherald.com":   "The Korea Herald",
	"koreatimes.co.kr":  "The Korea Times",
	"kcna.kp":           "KCNA",
	"kcnawatch.org":     "KCNA Watch",
	"voanews.com":       "Voice of America",
	"voakorea.com":      "VOA Korea",
	"chosun.com":        "Chosun Ilbo",
	"joongang.co.kr":    "JoongAng Ilbo",
	"donga.com":         "Dong-A Ilbo",
	"hani.co.kr":        "Hankyoreh",
	"nocutnews.co.kr":   "CBS NoCut News",
	"newsis.com":        "Newsis",
	"news1.kr":          "News1",
	"kyodonews.net":     "Kyodo News",
	"nikkei.com":        "Nikkei",
	"scmp.com":          "South China Morning Post",
	"globaltimes.cn":    "Global Times",
	"xinhuanet.com":     "Xinhua",
	"news.cn":           "Xinhua",
	"bbc.com":           "BBC",
	"bbc.co.uk":         "BBC",
	"nytimes.com":       "The New York Times",
	"ft.com":            "Financial Times",
	"wsj.com":           "The Wall Street Journal",
	"bloomberg.com":     "Bloomberg",
	"afp.com":           "AFP",
	"nkeconwatch.com":   "North Korean Economy Watch",
	"uriminzokkiri.com": "Uriminzokkiri",
	"rodong.rep.kp":     "Rodong Sinmun",
}

// outletByKey indexes the outlet names (and common spellings) by
// lowerKey, so an attribution such as "by DailyNK" finds "Daily NK".
var outletByKey = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(outletHosts)*2)
	for host, name := range outletHosts {
		m[lowerKey(name)] = name
		m[lowerKey(host[:strings.IndexByte(host, '.')])] = name
	}
	for alias, name := range map[string]string{
		"yonhapnews": "Yonhap", "yonhapnewsagency": "Yonhap", "연합뉴스": "Yonhap",
		"associatedpress": "AP", "rfa": "Radio Free Asia", "데일리nk": "Daily NK",
		"koreancentralnewsagency": "KCNA", "nknewsorg": "NK News", "asiapressinternational": "Asia Press",
		"koreaherald": "The Korea Herald", "koreatimes": "The Korea Times", "nkecon": "North Korean Economy Watch",
	} {
		m[alias] = name
	}
	return m
})

// lowerKey folds a name to letters and digits only, lower-cased.
func lowerKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7F && r != 0xA0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// outletForName returns the outlet a name refers to, or "".
func outletForName(name string) string {
	k := lowerKey(name)
	if k == "" {
		return ""
	}
	if name, ok := outletByKey()[k]; ok {
		return name
	}
	return outletByKey()[strings.TrimPrefix(k, "the")]
}

// outletForURL returns the outlet of a page URL by its host, or "".
func outletForURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	for host != "" {
		if name, ok := outletHosts[host]; ok {
			return name
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			break
		}
		host = host[i+1:]
	}
	return ""
}
