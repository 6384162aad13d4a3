package orgs

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/model"
)

// The pattern rule names companies, banks and bureaus the lexicon does not
// list: a distinctive capitalised name followed by an organisational head
// ("Sungri General Trading Corporation", "Sinhung Shipping Co. Ltd",
// "조선 광명무역회사", "丹东鸿达贸易有限公司", "金川商业银行"). It is deliberately conservative: a name made only of
// places, demonyms and trade words ("a trading company", "Chinese Trading
// Company", "중국 무역회사") is not a name.

// patternPrefix starts the id of every organisation the pattern rule finds.
const patternPrefix = "pattern:"

// latinHeads are the English heads. Each is found by its needle, a rare
// part of it, at offset from its start; needles sharing a first byte are
// found in one scan of the text, as scans dominate the rule's cost.
var latinHeads = []struct {
	needle string
	offset int
	heads  []string
	kind   string
}{
	{"pany", 3, []string{"Company", "company"}, "company"},
	{"poration", 3, []string{"Corporation", "corporation"}, "company"},
	{"prise", 5, []string{"Enterprises", "Enterprise"}, "company"},
	{"Group", 0, []string{"Group"}, "company"},
	{"Ltd", 5, []string{"Co., Ltd.", "Co., Ltd"}, "company"},
	{"Ltd", 4, []string{"Co. Ltd.", "Co. Ltd"}, "company"},
	{"Ltd", 0, []string{"Ltd.", "Ltd"}, "company"},
	{"Limited", 0, []string{"Limited"}, "company"},
	{"LLC", 0, []string{"LLC"}, "company"},
	{"Pte", 0, []string{"Pte. Ltd.", "Pte. Ltd", "Pte Ltd.", "Pte Ltd", "Pte.", "Pte"}, "company"}, // Singapore's private limited companies
	{"Corp", 0, []string{"Corp.", "Corp"}, "company"},
	{"Trading", 0, []string{"Trading"}, "company"},
	{"Venture", 6, []string{"Joint Venture"}, "company"},
	{"Co.", 0, []string{"Co."}, "company"},
	{"Bank", 0, []string{"Bank"}, "bank"},
	// Weak heads (see weakHeads): "Dalian Jinhai Trading Co", "Dandong
	// Hongyuan Logistics", "Hunchun Jinlong Metals", "Ruifa Hair Products".
	{"Co", 0, []string{"Co"}, "company"},
	{"Logistics", 0, []string{"Logistics"}, "company"},
	{"Metals", 0, []string{"Metals"}, "company"},
	{"Products", 0, []string{"Products"}, "company"},
	{"Airlines", 0, []string{"Airlines"}, "company"},
	{"Airways", 0, []string{"Airways"}, "company"},
	{"Maritime", 0, []string{"Maritime"}, "company"}, // ship managers: "Dalian Hengtong Maritime"
	{"Shipping", 0, []string{"Shipping"}, "company"},
}

// weakHeads end a firm's name but are also plain words ("metals",
// "products") or an abbreviation of one: they need two name words before
// them, the first a word that names nothing by itself (not a place or a
// describing word).
var weakHeads = set("Co", "Logistics", "Metals", "Products", "Maritime", "Shipping")

// latinNeedleBytes are the needles' first bytes, one scan each.
const latinNeedleBytes = "pGLBCTVMPSA"

// latinHeadsByByte[k] are the indexes in latinHeads, in order, of the
// heads whose needle starts with latinNeedleBytes[k].
var latinHeadsByByte = func() (t [len(latinNeedleBytes)][]int) {
	for n, lh := range latinHeads {
		k := strings.IndexByte(latinNeedleBytes, lh.needle[0])
		if k < 0 {
			panic("orgs: needle " + lh.needle + " has no scan byte")
		}
		t[k] = append(t[k], n)
	}
	return t
}()

// lowerTrades may precede a lower-case head: "Sungri trading company".
var lowerTrades = []string{"trading ", "trade ", "shipping "}

// latinStop are capitalised words that begin a sentence or clause rather than
// a name; they are trimmed from the left of a candidate.
var latinStop = set("The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her",
	"Our", "In", "On", "At", "For", "By", "With", "From", "And", "But", "Both", "Another", "Some",
	"Many", "Several", "Other", "Each", "Every", "No", "One", "Two", "Three", "When", "While", "After",
	"Before", "Under", "Since", "As", "Of", "To", "Then", "Also", "If", "Why", "How", "What", "Which",
	"Such", "Any", "All", "Most", "Only", "Even", "Yet", "So", "Or", "Nor", "Not", "It", "They", "He",
	"She", "We", "I", "Last", "Next", "Chinese", "Russian", "Japanese", "American", "Taiwanese")

// latinPlaces are place words that do not make a name on their own; the
// country is the first one's.
var latinPlaces = map[string]string{
	"North": "", "South": "KR", "Korea": "KP", "Korean": "KP", "DPRK": "KP", "Pyongyang": "KP",
	"Sinuiju": "KP", "Hyesan": "KP", "Chongjin": "KP", "Rason": "KP", "Rajin": "KP", "Nampo": "KP",
	"Wonsan": "KP", "Kaesong": "KP", "Hamhung": "KP", "Hoeryong": "KP", "Musan": "KP", "Yanggang": "KP",
	"China": "CN", "Dandong": "CN", "Shenyang": "CN", "Dalian": "CN", "Yanji": "CN", "Hunchun": "CN",
	"Tumen": "CN", "Liaoning": "CN", "Jilin": "CN", "Changbai": "CN", "Beijing": "CN", "Shanghai": "CN",
	"Qingdao": "CN", "Yanbian": "CN", "Hong": "HK", "Kong": "HK", "Russia": "RU", "Vladivostok": "RU",
	"Nakhodka": "RU", "Khasan": "RU", "Moscow": "RU", "Asia": "", "Asian": "", "Pacific": "", "Far": "",
	"East": "", "West": "", "World": "", "Seoul": "KR", "Busan": "KR", "Incheon": "KR", "Tokyo": "JP",
	"Osaka": "JP", "Washington": "US", "London": "GB", "Taipei": "TW", "Hanoi": "VN", "Bangkok": "TH",
	"Singapore": "SG", "Europe": "", "European": "",
}

// latinGeneric are words that describe a body rather than name it.
var latinGeneric = set("State", "National", "Central", "General", "Federal", "People's", "Peoples",
	"Joint", "Venture", "International", "Foreign", "Private", "Front", "Shell", "Local",
	"Provincial", "Municipal", "City", "County", "Army", "Military", "Party", "Security", "Customs",
	"Border", "Police", "New", "Big", "Small", "Major", "Large", "Trading", "Trade", "Shipping",
	"Import", "Export", "Investment", "Development", "Industrial", "Industry", "Commercial",
	"Economic", "Mining", "Fishing", "Fisheries", "Holding", "Holdings", "Technology",
	"Construction", "Logistics", "Marine", "Ocean", "Maritime", "Trust", "Insurance", "Credit",
	"Savings", "Commerce", "Banking", "Working", "Expert", "Experts", "Contact", "Advisory", "Task",
	"Force", "Research", "Study", "Inspection", "Smuggling", "Crime", "Criminal", "Reserve",
	"Regional", "Global", "Company", "Corporation", "Group", "Bank", "Bureau", "Enterprise",
	"Enterprises", "Co", "UN", "US", "U.S.", "EU", "Sanctions", "News", "Media", "Press", "Post",
	"Times", "Herald", "Daily", "Broadcasting", "Limited", "Ltd", "LLC", "Corp", "Illicit", "Illegal",
	"Black", "Market", "Grey", "Gray", "Informal", "Legal", "Cross-Border", "Cross-border")

// hangulGeneric are Korean name parts that describe a company rather than
// name it: 국영무역회사 is "a state trading company".
var hangulGeneric = set("국영", "합영", "합작", "외화벌이", "무역", "수산", "해운", "대외", "개인", "민간",
	"국가", "관련", "산하", "소속", "해당", "일부", "여러", "위장", "유령", "지방", "중앙", "시중", "외국",
	"국책", "상업", "대방", "보험", "건설", "운송", "물류", "투자", "주식", "유한", "계열", "대북", "밀수",
	"저축", "개발", "특수", "전문", "협력", "거래", "대형", "소형", "신설", "기존", "다른", "모든", "각종",
	"이들", "그런", "이런", "어느", "어떤", "한국", "남한", "러시아", "일본", "미국", "조선", "북한", "중국")

// hangulPlaces may begin a Korean company name; the name must go on after them.
var hangulPlaces = map[string]string{
	"조선": "KP", "북한": "KP", "평양": "KP", "신의주": "KP", "혜산": "KP", "청진": "KP", "라선": "KP",
	"나선": "KP", "남포": "KP", "양강도": "KP", "함경북도": "KP", "단둥": "CN", "단동": "CN", "중국": "CN",
	"심양": "CN", "선양": "CN", "대련": "CN", "다롄": "CN", "연길": "CN", "훈춘": "CN", "러시아": "RU",
}

// hangulParticles may follow a Korean head; any other syllable means the
// head is part of a longer word (회사원, 은행나무).
var hangulParticles = set("은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "으", "측", "들", "만", "까", "부", "였", "인", "과", "랑", "다", "라")

// hanStops end a Chinese name when walking back from its head.
const hanStops = "了的在和与从向被把是为由对将及等给该这那此其家个同跟自称据让使于至或并且即也都还就又而一名间所说他她我你们到各些过"

// hanPlaces may begin a Chinese company name.
var hanPlaces = map[string]string{
	"丹东": "CN", "辽宁": "CN", "沈阳": "CN", "大连": "CN", "延边": "CN", "延吉": "CN", "珲春": "CN",
	"图们": "CN", "吉林": "CN", "中国": "CN", "长白": "CN", "青岛": "CN", "北京": "CN", "上海": "CN",
	"香港": "HK", "朝鲜": "KP", "平壤": "KP", "新义州": "KP", "罗先": "KP", "俄罗斯": "RU",
}

// hanTrades are trade words between a Chinese name and its head.
var hanTrades = []string{"进出口", "贸易", "商贸", "实业", "经贸", "工贸", "国际", "物流", "投资", "发展", "科技", "海运", "航运", "矿业", "渔业", "集团"}

// hanBankTrades are the words between a Chinese bank's name and 银行.
var hanBankTrades = []string{"商业", "开发", "发展", "信用", "合作", "储蓄", "投资", "国际", "贸易"}

// hanBankGeneric describe a bank rather than name it: 地下银行 is an
// underground bank, 商业银行 a commercial one.
var hanBankGeneric = set("地下", "中央", "国家", "私人", "地方", "商业", "人民", "网上", "农村", "城市", "外国",
	"境外", "外资", "国有", "当地", "中资", "民营", "私营", "朝鲜", "中国", "开发", "投资", "储蓄", "合作", "信用")

var hanGeneric = set("国有", "国营", "空壳", "皮包", "外国", "私营", "民营", "合资", "独资", "贸易", "中国", "朝鲜", "外贸", "中朝", "朝中", "境外", "外资", "当地")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

type patternHit struct {
	start, end int
	key        int // where the name proper starts, after a separate place word
	kind       string
	country    string
	name       string // the canonical name, when it is not the text's form
	alias      string // a further form of the name, beside the text's
	short      bool   // report alias as the name: name only adds the country (see shortName)
}

// findPatterns returns the pattern rule's organisations that overlap no
// lexicon span in taken.
func findPatterns(text string, taken []hit, places placeIndex) []model.Organization {
	var hits []patternHit
	hits = findLatin(text, taken, hits)
	hits = findHangul(text, hits)
	hits = findHan(text, hits)
	buf := wordPool.Get().(*wordBuf)
	words := latinWords(text, buf.words)
	buf.words = words
	picked := buf.picked.pick(words)
	defer buf.release()
	hits = findBodies(text, words, picked.bodies, taken, places, hits)
	hits = findHangulBodies(text, hits)
	hits = findHangulEnterprises(text, places, hits)
	hits = findNumberedBureaus(text, hits)
	hits = findLowerLocalBodies(text, words, picked.local, places, hits)
	hits = findMainCustoms(text, places, hits)
	hits = findHangulLocalBodies(text, places, hits)
	hits = findStores(text, words, picked.stores, places, hits)
	hits = findCourts(text, hits)
	hits = findAppositions(text, words, places, hits)
	hits = shortFormMentions(text, hits)
	if len(hits) == 0 {
		return nil
	}
	slices.SortFunc(hits, func(a, b patternHit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end // the longer of two nested candidates
	})
	var out []model.Organization
	pos := map[string]int{}
	lastEnd := -1
	for _, h := range hits {
		if h.start < lastEnd || inside(taken, h.start, h.end) {
			continue
		}
		lastEnd = h.end
		surface := text[h.start:h.end]
		name := trimThe(surface)
		id := patternPrefix + normalizeName(trimThe(text[max(h.start, h.key):h.end]))
		alias := h.alias
		if h.name != "" {
			name, id = h.name, patternPrefix+normalizeName(h.name)
		}
		if h.short && alias != "" {
			name, alias = alias, name
		}
		i, ok := pos[id]
		if !ok {
			i = len(out)
			pos[id] = i
			out = append(out, model.Organization{Name: name, ID: id, Country: h.country, Kind: h.kind, Aliases: []string{}})
		}
		if !slices.Contains(out[i].Aliases, surface) {
			out[i].Aliases = append(out[i].Aliases, surface)
		}
		if alias != "" && alias != name && !slices.Contains(out[i].Aliases, alias) {
			out[i].Aliases = append(out[i].Aliases, alias)
		}
		out[i].Mentions = append(out[i].Mentions, model.Mention{Start: h.start, End: h.end, Text: surface})
	}
	return mergeShortForms(out)
}

// legalSuffixes end a company's full name; a report names it in full once
// and then without them: "Golden Sun Trading Ltd" … "Golden Sun Trading".
var legalSuffixes = []string{" Pte. Ltd.", " Pte. Ltd", " Pte Ltd.", " Pte Ltd", " Pte.", " Pte", " Co., Ltd.", " Co., Ltd", " Co. Ltd.", " Co. Ltd", " Ltd.", " Ltd", " Co.", " Co", " LLC", " Limited", " Inc.", " Inc", " Corp.", " JSC", " PLC"}

// legalSuffixEnd reports whether s ends in a company's legal suffix, after
// which a name never goes on.
func legalSuffixEnd(s string) bool {
	for _, suf := range legalSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// mergeShortForms joins a firm's short form into its full name's record:
// the name without its legal suffix, or without the "Korea" that North
// Korea's firms put first ("Korea Unha Shipping Company" and "Unha Shipping
// Company"), names the same firm in one text.
func mergeShortForms(out []model.Organization) []model.Organization {
	if len(out) < 2 {
		return out
	}
	for i := 0; i < len(out); i++ {
		if out[i].Kind != "company" && out[i].Kind != "bank" {
			continue
		}
		for j := range out {
			if j == i || out[j].Kind != out[i].Kind || !shortFormOf(out[i].Name, out[j].Name) {
				continue
			}
			for _, a := range out[i].Aliases {
				if !slices.Contains(out[j].Aliases, a) {
					out[j].Aliases = append(out[j].Aliases, a)
				}
			}
			out[j].Mentions = append(out[j].Mentions, out[i].Mentions...)
			slices.SortFunc(out[j].Mentions, func(a, b model.Mention) int { return a.Start - b.Start })
			if out[j].Country == "" {
				out[j].Country = out[i].Country
			}
			out = slices.Delete(out, i, i+1)
			i--
			break
		}
	}
	return out
}

// shortFormMentions adds the mentions of a firm by its name without the
// legal suffix it was first given ("Amber Line Ltd" … "Amber Line"), when
// that name has two words or more and is not only places and describing
// words; mergeShortForms then joins them to the full name.
func shortFormMentions(text string, hits []patternHit) []patternHit {
	n := len(hits)
	for k := 0; k < n; k++ {
		h := hits[k]
		if h.kind != "company" || h.name != "" {
			continue
		}
		surface := text[h.start:h.end]
		for _, s := range legalSuffixes {
			stem, ok := strings.CutSuffix(surface, s)
			if !ok {
				continue
			}
			stem = trimThe(stem)
			if strings.IndexByte(stem, ' ') > 0 && !slices.ContainsFunc(strings.Fields(stem), func(w string) bool { return !placeOrGeneric(w) && !latinStop[w] }) {
				break
			}
			if strings.IndexByte(stem, ' ') > 0 && strings.Count(text, stem) > 1 {
				hits = laterMentions(text, stem, -1, h.country, hits)
			}
			break
		}
	}
	return hits
}

// shortFormOf reports whether short is full without its legal suffix or
// its leading "Korea".
func shortFormOf(short, full string) bool {
	if len(full) <= len(short) || !strings.EqualFold(full[:len(short)], short) && !strings.HasSuffix(full, short) {
		return false
	}
	if rest, ok := strings.CutPrefix(full, "Korea "); ok && strings.EqualFold(rest, short) {
		return true
	}
	for _, s := range legalSuffixes {
		if len(full) == len(short)+len(s) && strings.EqualFold(full[:len(short)], short) && full[len(short):] == s {
			return true
		}
	}
	return false
}

func trimThe(s string) string {
	return strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
}

func normalizeName(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func findLatin(text string, taken []hit, hits []patternHit) []patternHit {
	for k := range len(latinNeedleBytes) {
		c := latinNeedleBytes[k]
		for i := 0; ; {
			j := strings.IndexByte(text[i:], c)
			if j < 0 {
				break
			}
			i += j
			for _, n := range latinHeadsByByte[k] {
				lh := &latinHeads[n]
				if !strings.HasPrefix(text[i:], lh.needle) || i < lh.offset {
					continue
				}
				if h, ok := latinHead(text, i-lh.offset, lh.heads, lh.kind, taken); ok {
					hits = append(hits, h)
				}
			}
			i++
		}
	}
	return hits
}

// latinHead checks the heads at at and the name before the one that is there.
func latinHead(text string, at int, heads []string, kind string, taken []hit) (patternHit, bool) {
	for _, head := range heads {
		if !strings.HasPrefix(text[at:], head) {
			continue
		}
		start, end := at, at+len(head)
		if head[0] == 'c' { // lower case: only after a trade word
			start = -1
			for _, t := range lowerTrades {
				if strings.HasSuffix(text[:at], t) {
					start = at - len(t)
				}
			}
			if start < 0 {
				return patternHit{}, false
			}
		}
		if inside(taken, start, end) {
			return patternHit{}, false
		}
		h, ok := latinCandidate(text, start, end, kind)
		if ok && weakHeads[head] && !weakHeadName(text, h.start, start) {
			return patternHit{}, false
		}
		return h, ok
	}
	return patternHit{}, false
}

// weakHeadName reports whether text[start:head] (a name before a weak head,
// with its trailing space) has two words or more, and a distinct one (not
// a place or describing word) among the two before the head: "Dalian Jinhai
// Trading Co", but not "Chinese Metals" or "State Trading Co".
func weakHeadName(text string, start, head int) bool {
	ws := strings.Fields(trimThe(text[start:head]))
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws[len(ws)-2:] {
		if !placeOrGeneric(w) && !latinStop[w] {
			return true
		}
	}
	return false
}

func latinCandidate(text string, start, end int, kind string) (patternHit, bool) {
	if start == 0 || text[start-1] != ' ' {
		return patternHit{}, false
	}
	if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return patternHit{}, false
	}
	if strings.HasPrefix(text[end:], " of ") && !legalSuffixEnd(text[:end]) {
		return patternHit{}, false // "Bank of Korea"; but "Amber Line Ltd of Hong Kong" ends at Ltd
	}
	// Walk back over capitalised words joined by single spaces.
	var words []int // start offsets, rightmost first
	at := start
	for len(words) < 8 && at >= 2 && text[at-1] == ' ' {
		ws := at - 1
		for ws > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:ws])
			if !unicode.IsLetter(r) && r != '\'' && r != '-' && r != '’' && r != '.' {
				break
			}
			ws -= size
		}
		w := text[ws : at-1]
		if w == "" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, ".") && w != "U.S." {
			break
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			break
		}
		words = append(words, ws)
		at = ws
	}
	slices.Reverse(words)
	// Trim words that begin a sentence rather than a name, and keep at most
	// four name words besides the trade words.
	for len(words) > 0 && latinStop[latinWord(text, words[0])] {
		words = words[1:]
	}
	// "Rason-based Sungri Trading Company": where a firm is based says
	// where it is, not what it is called.
	// So does where it is registered ("Hong Kong-registered Golden Bridge
	// Trading Co."), and a place may take two words.
	basedIn := ""
	for k := min(len(words), 3) - 1; k >= 0; k-- {
		w := latinWord(text, words[k])
		place, ok := strings.CutSuffix(w, "-based")
		if !ok {
			place, ok = strings.CutSuffix(w, "-registered")
		}
		if !ok {
			continue
		}
		for _, ws := range slices.Backward(words[:k]) {
			place = latinWord(text, ws) + " " + place
		}
		basedIn, words = place, words[k+1:]
		break
	}
	distinct, named := 0, 0
	for _, ws := range words {
		w := latinWord(text, ws)
		if !placeOrGeneric(w) {
			distinct++
		}
		if !latinGeneric[w] {
			named++
		}
	}
	for named > 4 && len(words) > 0 {
		if !latinGeneric[latinWord(text, words[0])] {
			named--
		}
		if !placeOrGeneric(latinWord(text, words[0])) {
			distinct--
		}
		words = words[1:]
	}
	if distinct == 0 || titleCaseLine(text, start) {
		return patternHit{}, false
	}
	h := patternHit{start: words[0], end: end, kind: kind}
	if words[0] >= 4 && theBefore(text[words[0]-4:words[0]]) {
		h.start = words[0] - 4
	}
	for _, ws := range words {
		w := latinWord(text, ws)
		if c, ok := latinPlaces[w]; ok && c != "" {
			h.country = c
			break
		}
		if w == "North" {
			h.country = "KP"
		}
	}
	if c := latinPlaces[basedIn]; h.country == "" && c != "" {
		h.country = c
	}
	return h, true
}

// placeOrGeneric reports whether every hyphen-joined part of w is a place
// or generic word ("China-North", "Sino-Russian"), which names nothing.
func placeOrGeneric(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if _, place := latinPlaces[part]; !place && !latinGeneric[part] && !latinPrefixes[part] && !latinDemonyms[part] {
			return false
		}
	}
	return true
}

// latinDemonyms name a people, not a body.
var latinDemonyms = set("Chinese", "Russian", "Japanese", "American", "Taiwanese", "Soviet", "British",
	"Mongolian", "Vietnamese")

// latinPrefixes combine with a place word into an adjective: Sino-Korean.
var latinPrefixes = set("Sino", "Russo", "Inter", "Trans", "Pan", "Cross")

// latinWord returns the word that starts at ws.
func latinWord(text string, ws int) string {
	end := strings.IndexByte(text[ws:], ' ')
	if end < 0 {
		return text[ws:]
	}
	return text[ws : ws+end]
}

// titleCaseLine reports whether the line around at looks like a headline,
// where every word is capitalised and capitals say nothing about names.
func titleCaseLine(text string, at int) bool {
	const longest = 300 // a longer line is prose, not a headline
	// Look no further than a headline can reach, so that a text without
	// line breaks is not scanned once per name.
	lo := max(0, at-longest-1)
	ls := strings.LastIndexByte(text[lo:at], '\n') + 1 + lo
	if ls == lo && lo > 0 {
		return false
	}
	hi := min(len(text), at+longest+1)
	le := strings.IndexByte(text[at:hi], '\n')
	if le < 0 {
		if hi < len(text) {
			return false
		}
		le = len(text)
	} else {
		le += at
	}
	if le-ls > longest {
		return false
	}
	words, upper := 0, 0
	for _, w := range strings.Fields(text[ls:le]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return words >= 4 && upper*5 >= words*4
}

func isHangul(r rune) bool { return 0xAC00 <= r && r <= 0xD7A3 }

// runStart returns where the run of runes for which in holds that ends at
// end begins; end itself when the rune before it is not in the run.
func runStart(text string, end int, in func(rune) bool) int {
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !in(r) {
			break
		}
		end -= size
	}
	return end
}

func findHangul(text string, hits []patternHit) []patternHit {
	// Search for the heads' second syllables: the UTF-8 lead bytes of 회 and
	// 은 are shared by many common syllables, which would make the scan slow.
	return findHeads(text, hits, hangulHeads, hangulCandidate)
}

var hangulHeads = []patternHead{{"회사", "사", "company"}, {"은행", "행", "bank"}}

// patternHead is a head word of a Korean or Chinese firm name, found by its
// second part, and the kind of body it makes.
type patternHead struct{ word, second, kind string }

// findHeads appends to hits the candidate, if any, of every occurrence of a
// head in text.
func findHeads(text string, hits []patternHit, heads []patternHead, candidate func(text string, start, end int, kind string) (patternHit, bool)) []patternHit {
	for _, head := range heads {
		for i := 0; ; {
			j := strings.Index(text[i:], head.second)
			if j < 0 {
				break
			}
			end := i + j + len(head.second)
			i = end
			start := end - len(head.word)
			if start < 0 || text[start:end] != head.word {
				continue
			}
			if h, ok := candidate(text, start, end, head.kind); ok {
				hits = append(hits, h)
			}
		}
	}
	return hits
}

func hangulCandidate(text string, start, end int, kind string) (patternHit, bool) {
	if r, size := utf8.DecodeRuneInString(text[end:]); isHangul(r) && !hangulParticles[text[end:end+size]] {
		return patternHit{}, false
	}
	ws := runStart(text, start, isHangul)
	name := text[ws:start]
	general := strings.HasSuffix(name, "총")
	name = strings.TrimSuffix(name, "총")
	trading := strings.HasSuffix(name, "무역")
	name = strings.TrimSuffix(name, "무역")
	h := patternHit{start: ws, key: ws, end: end, kind: kind}
	korea := false // the name begins with 조선, which North Korea's firms render "Korea"
	for p, c := range hangulPlaces {
		if strings.HasPrefix(name, p) && len(name) > len(p) {
			name, h.country, korea = name[len(p):], c, p == "조선"
			break
		}
	}
	if _, place := hangulPlaces[name]; place || utf8.RuneCountInString(name) < 2 || hangulGeneric[name] {
		return patternHit{}, false
	}
	// A separate place word before the name belongs to it: 조선 광명무역회사.
	if ws > 1 && text[ws-1] == ' ' && h.country == "" {
		ps := runStart(text, ws-1, isHangul)
		if c, ok := hangulPlaces[text[ps:ws-1]]; ok {
			h.start, h.country, korea = ps, c, text[ps:ws-1] == "조선"
		}
	}
	h.name = englishFirmName(name, h.country, kind, trading, general)
	if korea && h.name != "" {
		h.name, h.alias = "Korea "+h.name, h.name
	}
	return h, true
}

// dprkSpellings undo the South Korean initial-sound rule in the first word
// of a North Korean firm's name, which South Korean texts write as Seoul
// spells it (능라도 for 릉라도, 연봉 for 련봉) while the firm's English name
// follows the North's spelling (Rungrado, Ryonbong). Only name words whose
// North Korean spelling is certain are listed: an initial ㄴ or ㅇ is as
// often the North's own.
var dprkSpellings = map[string]string{
	"능라": "릉라", "낙원": "락원", "유경": "류경", "용악": "룡악", "연봉": "련봉", "연하": "련하",
	"여명": "려명", "용성": "룡성", "용남": "룡남", "양강": "량강",
}

// englishFirmName is the English name of a Korean firm, its own name
// romanised as North Korea writes it and its head translated: 장자산무역회사
// → "Jangjasan Trading Company", 련봉총회사 → "Ryonbong General
// Corporation", 금강은행 → "Kumgang Bank". Chinese and Russian firms written
// in Hangul are transcriptions of other languages and keep their Korean
// form ("").
func englishFirmName(name, country, kind string, trading, general bool) string {
	if country == "CN" || country == "RU" {
		return ""
	}
	if len(name) >= len("능라") {
		if d, ok := dprkSpellings[name[:len("능라")]]; ok {
			name = d + name[len("능라"):]
		}
	}
	rom, ok := romanize(name)
	if !ok {
		return ""
	}
	switch {
	case kind == "bank":
		return rom + " Bank"
	case trading && general:
		return rom + " General Trading Corporation"
	case general:
		return rom + " General Corporation"
	case trading:
		return rom + " Trading Company"
	}
	return rom + " Company"
}

func isHan(r rune) bool { return 0x4E00 <= r && r <= 0x9FFF }

func findHan(text string, hits []patternHit) []patternHit {
	// Search for the heads' second characters: the lead bytes of 公 and 银
	// are common in Han text.
	return findHeads(text, hits, hanHeads, hanCandidate)
}

var hanHeads = []patternHead{{"公司", "司", "company"}, {"银行", "行", "bank"}, {"集团", "团", "company"}}

func hanCandidate(text string, start, end int, kind string) (patternHit, bool) {
	trades, generic := hanTrades, hanGeneric
	head := text[:start]
	if kind == "bank" {
		trades, generic = hanBankTrades, hanBankGeneric
	} else {
		head = strings.TrimSuffix(head, "有限")
	}
	ws := len(head)
	for n := 0; ws > 0 && n < 16; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if !isHan(r) || strings.ContainsRune(hanStops, r) {
			break
		}
		ws -= size
	}
	run := head[ws:]
	// Strip trade words back to the name proper.
	name := run
	for stripped := true; stripped; {
		stripped = false
		for _, t := range trades {
			if strings.HasSuffix(name, t) {
				name, stripped = strings.TrimSuffix(name, t), true
			}
		}
	}
	h := patternHit{start: ws, end: end, kind: kind}
	// The name starts at its last place word, if it has one, so that a
	// clause before it ("海关查获") stays out; else it is at most four
	// characters, the usual length of a trade name.
	best := -1
	for p, c := range hanPlaces {
		if k := strings.LastIndex(name, p); k >= 0 && k+len(p) < len(name) && k > best {
			best, h.country = k, c
		}
	}
	if best >= 0 {
		h.start += best
		name = name[best:]
		for p := range hanPlaces {
			if strings.HasPrefix(name, p) {
				name = name[len(p):]
				break
			}
		}
	} else {
		for utf8.RuneCountInString(name) > 4 {
			_, size := utf8.DecodeRuneInString(name)
			name = name[size:]
			h.start += size
		}
	}
	if _, place := hanPlaces[name]; place || utf8.RuneCountInString(name) < 2 || generic[name] {
		return patternHit{}, false
	}
	for _, w := range hanGangWords {
		if strings.Contains(name, w) {
			return patternHit{}, false // 走私集团 is a smuggling ring, not a firm
		}
	}
	return h, true
}

// hanGangWords make a 集团 or 公司 a ring or a kind of firm rather than a name.
var hanGangWords = []string{"走私", "犯罪", "贩毒", "黑社会", "诈骗", "团伙", "恐怖", "武装", "企业", "跨国", "大型", "金融", "利益", "传销"}
