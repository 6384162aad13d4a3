// Package cleantest generates realistic news pages for benchmarks of the
// clean stage and of the whole ingest path.
package cleantest

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var (
	places  = []string{"Hyesan", "Sinuiju", "Dandong", "Hunchun", "Changbai", "Rason", "Nampo", "Chongjin", "Yanji", "Pyongyang", "Ryanggang province", "North Hamgyong province", "Jilin province", "Liaoning province"}
	goods   = []string{"rice", "corn", "diesel", "gasoline", "fertiliser", "mobile phones", "solar panels", "cigarettes", "seafood", "coal", "iron ore", "textiles", "spy camera glasses", "used bicycles", "sugar", "soybean oil"}
	orgs    = []string{"the Ministry of State Security", "a trading company under the Ministry of Defense", "Room 39", "the Ministry of External Economic Relations", "border guards", "a provincial trade office", "smugglers working with customs officials"}
	units   = []string{"tonnes", "boxes", "containers", "kilograms", "units", "truckloads"}
	curr    = []string{"Chinese yuan", "North Korean won", "US dollars"}
	outlets = []string{"Daily NK", "NK News", "Radio Free Asia", "Asia Press"}
	verbs   = []string{"shipped", "smuggled", "ordered", "imported", "moved", "sold", "carried"}
	filler  = []string{"according to the source", "the source said", "a trader in the area explained", "locals reported", "officials have not commented", "prices have been volatile since the start of the year"}
)

// GeneratePage returns a deterministic 30–80 KB HTML news page for seed:
// a head with scripts, styles and metadata, navigation, a sidebar of
// popular stories, an article of trade reporting, comments and a footer.
func GeneratePage(seed int) []byte {
	r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	outlet := pick(outlets)
	good := pick(goods)
	place := pick(places)
	title := fmt.Sprintf("North Korean traders %s %s through %s", pick(verbs), good, place)
	day := 1 + r.IntN(28)

	var b strings.Builder
	b.Grow(64 << 10)
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | %s</title>\n", title, outlet)
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"%s\">\n", title, outlet)
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"2025-03-%02dT09:%02d:00+09:00\">\n", day, r.IntN(60))
	fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"https://example-news.test/2025/03/%d/story-%d\">\n", day, seed)
	b.WriteString("<style>\n")
	for i := range 40 + r.IntN(40) {
		fmt.Fprintf(&b, ".c%d{margin:%dpx;padding:%dpx;color:#%06x;font-family:Helvetica,Arial,sans-serif}\n", i, r.IntN(20), r.IntN(20), r.IntN(1<<24))
	}
	b.WriteString("</style>\n")
	for i := range 3 + r.IntN(4) {
		fmt.Fprintf(&b, "<script>\n(function(w,d){var q%d=[];", i)
		for j := range 20 + r.IntN(30) {
			fmt.Fprintf(&b, "q%d.push({id:%d,slot:'ad-%d',size:[%d,%d]});", i, j, r.IntN(1000), 300, 250)
		}
		b.WriteString("w.adq=q;})(window,document);\n</script>\n")
	}
	fmt.Fprintf(&b, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"2025-03-%02dT09:00:00+09:00","author":{"@type":"Person","name":"Staff reporter"},"publisher":{"@type":"Organization","name":%q}}</script>`+"\n", title, day, outlet)
	b.WriteString("</head>\n<body>\n<div class=\"cookie-banner\"><p>We use cookies to improve your experience. By continuing you accept our privacy policy.</p><button>Accept</button></div>\n")
	b.WriteString("<header class=\"site-header\"><nav class=\"main-nav\"><ul>\n")
	for i := range 30 + r.IntN(30) {
		fmt.Fprintf(&b, "<li><a href=\"/section/%d\">Section %d</a></li>\n", i, i)
	}
	b.WriteString("</ul></nav></header>\n<main>\n<article class=\"post\">\n")
	fmt.Fprintf(&b, "<h1 class=\"entry-title\">%s</h1>\n<div class=\"byline\">By Staff reporter</div>\n<time datetime=\"2025-03-%02d\">March %d, 2025</time>\n", title, day, day)
	b.WriteString("<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a href=\"#\">Email</a></div>\n<div class=\"entry-content\">\n")
	for range 29 + r.IntN(16) {
		b.WriteString("<p>")
		for s := range 3 + r.IntN(4) {
			if s > 0 {
				b.WriteByte(' ')
			}
			switch r.IntN(4) {
			case 0:
				fmt.Fprintf(&b, "Traders %s %d %s of %s from %s to %s, %s.", pick(verbs), 10+r.IntN(5000), pick(units), pick(goods), pick(places), pick(places), pick(filler))
			case 1:
				fmt.Fprintf(&b, "The price of %s in %s reached %d %s per kilogram last week.", pick(goods), pick(places), 500+r.IntN(20000), pick(curr))
			case 2:
				fmt.Fprintf(&b, "The shipment was reportedly arranged by %s, who paid <em>%d %s</em> for the cargo.", pick(orgs), 1000+r.IntN(90000), pick(curr))
			default:
				fmt.Fprintf(&b, "A source in %s told %s that %s had tightened controls along the border with %s.", pick(places), outlet, pick(orgs), pick(places))
			}
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("</div>\n</article>\n<aside class=\"sidebar\"><h3>Most Popular</h3><ol>\n")
	for i := range 15 + r.IntN(10) {
		fmt.Fprintf(&b, "<li><a href=\"/news/%d\">Prices of %s climb in %s markets</a></li>\n", i, pick(goods), pick(places))
	}
	b.WriteString("</ol></aside>\n<section class=\"comments\"><h3>Comments</h3>\n")
	for i := range 5 + r.IntN(10) {
		fmt.Fprintf(&b, "<div class=\"comment\"><span class=\"author\">reader%d</span><p>Interesting report about %s. I wonder how long this will last.</p></div>\n", i, pick(goods))
	}
	b.WriteString("</section>\n</main>\n<footer class=\"site-footer\"><ul>\n")
	for i := range 20 + r.IntN(20) {
		fmt.Fprintf(&b, "<li><a href=\"/about/%d\">About page %d</a></li>\n", i, i)
	}
	fmt.Fprintf(&b, "</ul><p>© 2025 %s. All rights reserved.</p></footer>\n</body>\n</html>\n", outlet)
	return []byte(b.String())
}
