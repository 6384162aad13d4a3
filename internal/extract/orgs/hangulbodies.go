package orgs

import (
	"strings"
	"unicode/utf8"
)

// The Korean body rule names the DPRK's ministries the lexicon does not
// list by their field: 교육성 is the Ministry of Education. A ministry's
// name is its field and 성, so only fields whose English rendering is
// settled are read; any other word before 성 (가능성, 정체성) is not one.
var hangulMinistryFields = map[string]string{
	"교육": "Education", "보통교육": "General Education", "고등교육": "Higher Education",
	"문화": "Culture", "체육": "Physical Culture and Sports", "노동": "Labour", "임업": "Forestry",
	"수산": "Fisheries", "보건": "Public Health", "상업": "Commerce", "농업": "Agriculture",
	"재정": "Finance", "외무": "Foreign Affairs", "철도": "Railways", "육해운": "Land and Marine Transport",
	"체신": "Post and Telecommunications", "경공업": "Light Industry", "화학공업": "Chemical Industry",
	"금속공업": "Metal Industry", "석탄공업": "Coal Industry", "전력공업": "Electric Power Industry",
	"채취공업": "Extractive Industries", "원유공업": "Crude Oil Industry", "기계공업": "Machine-Building Industry",
	"전자공업": "Electronics Industry", "원자력공업": "Atomic Energy Industry", "건재공업": "Building Materials Industry",
	"국토환경보호": "Land and Environment Protection", "도시경영": "Urban Management", "수매양정": "Procurement and Food Administration",
	"대외경제": "External Economic Relations", "국가건설감독": "State Construction Control", "자원개발": "Natural Resources Development",
	"중앙검찰": "", "사회안전": "Social Security", "국방": "National Defence", "식료일용공업": "Foodstuff and Daily Necessities Industry",
	"건설건재공업": "Construction and Building Materials Industry", "선박공업": "Shipbuilding Industry", "수도건설": "Capital Construction",
}

// hangulQualifiers may stand before a DPRK ministry: 북한 수산성, 조선 교육성.
var hangulQualifiers = set("북한", "조선", "북")

func findHangulBodies(text string, hits []patternHit) []patternHit {
	for i := 0; ; {
		j := strings.Index(text[i:], "성")
		if j < 0 {
			return hits
		}
		at := i + j
		end := at + len("성")
		i = end
		if r, size := utf8.DecodeRuneInString(text[end:]); isHangul(r) && !hangulParticles[text[end:end+size]] {
			continue
		}
		// 성과 is "and" only before a space or a stop: 임업성과 수산성, not
		// 교육성과를 ("educational results").
		if strings.HasPrefix(text[end:], "과") {
			if r, _ := utf8.DecodeRuneInString(text[end+len("과"):]); isHangul(r) {
				continue
			}
		}
		ws := runStart(text, at, isHangul)
		stem := text[ws:at]
		for q := range hangulQualifiers {
			if strings.HasPrefix(stem, q) && len(stem) > len(q) {
				if _, ok := hangulMinistryFields[stem[len(q):]]; ok {
					stem = stem[len(q):]
				}
			}
		}
		field, ok := hangulMinistryFields[stem]
		if !ok || field == "" {
			continue
		}
		hits = append(hits, patternHit{start: at - len(stem), key: at - len(stem), end: end, kind: "ministry", country: "KP", name: "Ministry of " + field})
	}
}

// Korean state enterprises are named by town, product and head:
// 무산광산연합기업소 is the Musan Mining Complex. The English name is
// composed only when every part has a settled rendering and the town is one
// the gazetteer knows; the product is required, since a town and a head
// alone (무산광산, 혜산공장) are as often a description as a name.
var (
	hangulEnterpriseHeads = []struct{ ko, en string }{
		{"연합기업소", "Complex"}, {"련합기업소", "Complex"}, {"기업소", "Enterprise"}, {"공장", "Factory"}, {"제련소", "Smelter"},
	}
	hangulProducts = map[string]string{
		"광산": "Mining", "탄광": "Coal Mining", "방직": "Textile", "고려약": "Koryo Medicine", "제약": "Pharmaceutical",
		"화학": "Chemical", "기계": "Machine", "신발": "Shoe", "제지": "Paper", "시멘트": "Cement", "비료": "Fertilizer",
		"식료": "Foodstuff", "담배": "Tobacco", "피복": "Garment", "제강": "Steel", "강철": "Steel", "제철": "Iron",
		"유리": "Glass", "타이어": "Tyre", "수지": "Resin", "화학섬유": "Chemical Fibre", "일용품": "Daily Necessities",
	}
)

func findHangulEnterprises(text string, places placeIndex, hits []patternHit) []patternHit {
	for _, head := range hangulEnterpriseHeads {
		for i := 0; ; {
			j := strings.Index(text[i:], head.ko)
			if j < 0 {
				break
			}
			at := i + j
			end := at + len(head.ko)
			i = end
			if r, size := utf8.DecodeRuneInString(text[end:]); isHangul(r) && !hangulParticles[text[end:end+size]] {
				continue
			}
			ws := runStart(text, at, isHangul)
			if strings.HasSuffix(text[ws:at], "련합") || strings.HasSuffix(text[ws:at], "연합") {
				continue // the longer head is read on its own
			}
			for ko, en := range hangulProducts {
				town, ok := strings.CutSuffix(text[ws:at], ko)
				if !ok || town == "" {
					continue
				}
				if c, name := places.townName(town); name != "" {
					hits = append(hits, patternHit{start: ws, key: ws, end: end, kind: "enterprise", country: c, name: name + " " + en + " " + head.en})
					break
				}
			}
		}
	}
	return hits
}

// numberedBureaus finds the DPRK's bureaus named by a number: 313총국, "313
// General Bureau", "General Bureau 313" are the 313 General Bureau.
func findNumberedBureaus(text string, hits []patternHit) []patternHit {
	// One scan for the English phrase spares the two forms' scans, whose
	// first bytes (a space, a capital G) are common, in most texts.
	english := strings.Contains(text, "General Bureau")
	for _, form := range []string{"총국", " General Bureau", "General Bureau "} {
		if form != "총국" && !english {
			continue
		}
		for i := 0; ; {
			j := strings.Index(text[i:], form)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(form)
			start, end := at, at+len(form)
			var digits string
			if form == "General Bureau " {
				k := end
				for k < len(text) && '0' <= text[k] && text[k] <= '9' {
					k++
				}
				digits, end = text[end:k], k
				if k < len(text) && isLetter(text[k]) {
					continue
				}
			} else {
				k := at
				for k > 0 && '0' <= text[k-1] && text[k-1] <= '9' {
					k--
				}
				digits, start = text[k:at], k
				if k > 0 && (isLetter(text[k-1]) || text[k-1] == '.' || text[k-1] == ',') {
					continue
				}
			}
			if len(digits) < 2 || len(digits) > 4 || digits[0] == '0' {
				continue
			}
			hits = append(hits, patternHit{start: start, key: start, end: end, kind: "agency", country: "KP", name: digits + " General Bureau"})
		}
	}
	return hits
}
