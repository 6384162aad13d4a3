package measure

import (
	"slices"
	"testing"
)

// TestQuantityRows6 holds the quantity rules from the heldout15 study (retired
// after its blind runs), each written as the family of wordings behind a
// false hit or a miss there and tested in passages of its own words: what a
// trader owns and where a crew works (warehouses, stalls, sites), warships a
// navy counts, a Korean "at least" before the figure (최소, 최소한, 적어도)
// that leaves the count open, runs of a vessel or train counted in 차례
// (a plural or distant vehicle subject, a voyage noun before the count),
// and one amount stated twice, listed once.
// Each rule has rows where it must fire and rows where it must not.
func TestQuantityRows6(t *testing.T) {
	rows := []struct {
		name, text string
		want       []string
	}{
		// What a trader owns and where a crew works: must fire.
		{"owned: warehouses", "She is a wholesaler with several warehouses in the city.", nil},
		{"owned: stalls", "The donju runs three stalls in the Sunam market.", nil},
		{"owned: sites", "About 200 of us are split between two sites, he said.", []string{"200..200 units"}},
		// Must not fire: goods counted in containers and sacks.
		{"owned: containers of flour", "Inspectors opened twelve containers of flour at the port.", []string{"12..12 containers"}},

		// Warships a navy counts: must fire.
		{"navy: destroyers", "The South's fleet operates a dozen destroyers and several submarines.", nil},
		{"navy: frigates", "Two frigates escorted the convoy out of port.", nil},
		// Must not fire: ships that carry the goods.
		{"navy: cargo ships", "Four cargo ships carried 9,000 tonnes of coal to Longkou.", []string{"4..4 units", "9000..9000 tonnes"}},

		// A Korean "at least" before the figure: must fire.
		{"at least: 최소", "위성사진에서 철광석을 싣는 선박이 최소 11척 확인됐다.", []string{"11..open vessels"}},
		{"at least: 적어도", "적어도 5척의 화물선이 석탄을 실었다.", []string{"5..open vessels"}},
		{"at least: 최소한", "밀수꾼들은 최소한 300kg의 구리를 넘겼다.", []string{"300..open kg"}},
		// Must not fire: no qualifier, or "about".
		{"at least: bare", "위성사진에서 철광석을 싣는 선박 11척이 확인됐다.", []string{"11..11 vessels"}},
		{"at least: about", "약 3천t의 철광석을 실었다.", []string{"3000..3000 tonnes"}},

		// Runs of a vessel or train counted in 차례: must fire.
		{"runs: plural subject", "유조선들은 매주 3~4차례 남포를 드나들었다.", []string{"3..4 shipments"}},
		{"runs: freight trains", "화물열차는 지난주에만 하루 평균 5차례 국경을 오갔다.", []string{"5..5 shipments"}},
		{"runs: voyage noun", "위성사진으로 확인된 왕복만 27차례에 달한다.", []string{"27..27 shipments"}},
		{"runs: 운항", "화물선의 운항은 올해 들어 15차례로 늘었다.", []string{"15..15 shipments"}},
		// Must not fire: times of a raid or a visit.
		{"runs: raids", "보안원들은 이달에만 세 차례 시장을 단속했다.", nil},
		{"runs: visits", "그는 지난해 다섯 차례 평양을 다녀왔다.", nil},

		// One amount stated twice: must fire.
		{"twice: cap", "Imports beat the cap of 500,000 barrels. The council capped imports at 500,000 barrels a year in 2017.", []string{"500000..500000 barrels"}},
		{"twice: shipment", "The ship loaded 3,000 tonnes of coal in Nampo. The 3,000 tonnes were sold in Longkou.", []string{"3000..3000 tonnes"}},
		// Must not fire: two goods of the same amount, or two amounts.
		{"twice: two goods", "The ship carried 20 tonnes of coal and 20 tonnes of zinc.", []string{"20..20 tonnes", "20..20 tonnes"}},
		{"twice: two amounts", "The ship loaded 3,000 tonnes of coal, then 4,000 tonnes more.", []string{"3000..3000 tonnes", "4000..4000 tonnes"}},
	}
	for _, r := range rows {
		got := analystQuantities(t, r.text)
		if !slices.Equal(got, r.want) {
			t.Errorf("%s: %s\n\tgot %q want %q", r.name, r.text, got, r.want)
		}
	}
}
