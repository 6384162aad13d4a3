package goods

import "testing"

// TestGoodsCarriersKindsAndLists holds the rules added after the study of
// held-out set 9: weapons that are launched rather than sold, what
// containers hold, a bare metal listed beside its own ore, a Korean head
// beside two narrower compounds, Korean ores shortened to their metal,
// Korean prices and "making a living", animals as people raise them,
// frames of making, wagons and places named after their cargo, buyers as
// carriers, conveyances and staples listed beside traded ones, kinds told
// apart by another good, a later umbrella word, Korean raw materials, and
// the goods families split by name (painkillers, insecticide, speakers).
// Each rule has cases where it must not fire.
func TestGoodsCarriersKindsAndLists(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Rockets count only where traded; what containers hold is cargo.
		{"rockets launched", "The new pad appears aimed at handling larger rockets than before.", ""},
		{"rockets sent", "North Korea has kept sending artillery shells and rockets to Russia.", "artillery-shells(9306): artillery shells; rockets(930690): rockets"},
		{"containers held", "The researchers said the containers most likely held artillery shells and rockets.", "artillery-shells(9306): artillery shells; rockets(930690): rockets"},
		{"rockets fired", "Troops fired rockets into the sea during the drill.", ""},
		// A bare metal listed beside its own ore is the metal.
		{"iron and iron ore", "The Security Council banned North Korean exports of iron and iron ore in 2017.", "iron(72): iron; iron-ore(2601): iron ore"},
		{"lead and zinc concentrates", "Traders bought lead and zinc concentrates in Hyesan.", "zinc-ore(2608): zinc concentrates; hs-2607:lead-concentrate(2607): lead"},
		// A Korean head beside two narrower compounds names their kind.
		{"head beside two kinds", "단둥에서 요소비료와 복합비료를 사들였다. 비료 값이 올랐다.", "nitrogen-fertilizer(3102): 요소비료; compound-fertilizer(3105): 복합비료; fertilizer(31): 비료"},
		{"head beside one kind", "단둥에서 요소비료를 사들였다. 비료 값이 올랐다.", "nitrogen-fertilizer(3102): 요소비료|비료"},
		// A Korean bare metal after its concentrate is that concentrate.
		{"Korean metal after ore", "아연 정광이 혜산으로 실려 간다. 유엔은 아연 수출을 금지했다.", "zinc-ore(2608): 아연 정광|아연"},
		{"Korean metal alone", "유엔은 북한산 아연 수출을 금지했다.", "zinc(79): 아연"},
		// Korean prices and 먹고살다 "to make a living".
		{"Korean rice price", "장마당에서 쌀 1kg이 1만 2천 원 하는 판에, 정광 한 번 넘기면 몇 달 먹고살 돈이 생긴다.", "rice(1006): 쌀"},
		{"Korean rice eaten", "주민들은 쌀을 먹고 버틴다.", ""},
		// Animals as people raise them.
		{"pig raising", "The pig raising at home failed because of the shortage of feed.", ""},
		{"pigs sold", "Traders sold live pigs in Musan for 300 yuan each.", "pigs(0103): live pigs"},
		// Frames of making.
		{"making wine", "The authorities make wine and beverages from the berries in a factory.", ""},
		{"making for sale", "The workshops are described as making wigs for domestic sale.", "wigs(6704): wigs"},
		// Wagons and places named after their cargo.
		{"grain hoppers", "Long trains of Russian grain hoppers were parked in the sidings.", ""},
		{"grain sold", "Russian grain was sold in Rajin for 3,000 won a kilogram.", "grain(10): grain"},
		{"dock is a place", "The Chinese side pays 1,100 dollars a ton for clams delivered to the dock in Donggang.", "clam(0307): clams"},
		{"Korean warehouse", "곡물 창고에서 밀가루를 화차에 실었다.", "flour(1101): 밀가루"},
		// Buyers as carriers.
		{"buyers with trucks", "Chinese buyers wait there with refrigerated trucks and take the whole load to Dalian.", ""},
		{"buyers buy trucks", "Chinese buyers bought used trucks in Hunchun.", "truck(8704): used trucks"},
		// Conveyances and staples listed beside traded ones.
		{"vehicles listed with traded buses", "Dealers bought buses in Zhengzhou. Since then a stream of buses and trucks has turned up in Pyongyang.", "bus(8702): buses|buses; truck(8704): trucks"},
		{"carriers alone", "Smugglers used boats and trucks to cross the river.", ""},
		{"luxury by name", "Sanctions monitors have documented dozens of luxury cars in the country.", "luxury-car(8703): luxury cars"},
		{"staple listed with a traded one", "The herbs, mainly schisandra berries and astragalus root, were gathered in Kapsan.\n\nHe sold the schisandra for 18,000 won a kilogram.", "schisandra(121190): schisandra berries|schisandra; astragalus(121190): astragalus root"},
		{"staples none traded", "Rice and corn are scarce in the county.\n\nThe harvest was poor.", ""},
		// Kinds told apart by another good.
		{"diesel and petrol generators", "Dealers sold diesel generators in Kanggye, and a petrol generator costs 2 million won.", "generator(8502): diesel generators; generator(8502): petrol generator"},
		{"bare generators join the first", "Dealers sold diesel generators in Kanggye; the generators cost 4,200 dollars.", "generator(8502): diesel generators|generators"},
		// A later umbrella word, and the families by name.
		{"pesticide after insecticide", "Farms bought the insecticide for 25 yuan a bottle. They were told to find pesticide on their own.", "insecticide(380891): insecticide|pesticide"},
		{"Korean pesticide first", "비닐박막과 농약 값도 올라 중국산 살충제 한 병은 1만 2천 원을 받는다.", "plastic-sheeting(3920): 비닐박막; pesticide(3808): 농약; insecticide(380891): 살충제"},
		{"painkillers by name", "A strip of paracetamol costs 6,000 won, and ibuprofen and other medicines sell well.", "paracetamol(300490): paracetamol; ibuprofen(300490): ibuprofen; medicine(3004): medicines"},
		{"speakers", "Bluetooth speakers that travelled in the same containers fetch 180 yuan each.", "speakers(8518): Bluetooth speakers"},
		{"loudspeaker broadcasts", "Seoul halted loudspeaker broadcasts along the border.", ""},
		{"pig meat", "Wagons loaded with frozen pig meat crossed the bridge to Namyang.", "pork(0203): frozen pig meat"},
		// Korean raw materials.
		{"Korean raw materials", "배들은 \"비료 원료\"로 화물을 신고한 뒤 롄윈강으로 향했다.", "fertilizer(): 비료"},
		{"Korean fertiliser", "농장들은 비료를 밀수로 사들였다.", "fertilizer(31): 비료"},
	}
	checkFind(t, tests)
}

// TestKoreanRawMaterialsName checks the name and code of a Korean good's raw
// materials, which the summary of TestGoodsCarriersKindsAndLists omits.
func TestKoreanRawMaterialsName(t *testing.T) {
	got := finder().Find("배들은 \"비료 원료\"로 화물을 신고했다.")
	if len(got) != 1 || got[0].Name != "fertilizer raw materials" || got[0].HS != "" {
		t.Fatalf("Find: got %+v, want one record named \"fertilizer raw materials\" with no code", got)
	}
}
