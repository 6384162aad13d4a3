package goods

import "testing"

// TestStaples holds the staples of daily life (food, fish, coal): each
// counts only where its sentence or the one before speaks of trade.
func TestStaples(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Kept: the trade is in the sentence or the one before.
		{"sold", "Traders sold rice and flour in the Hyesan market.", "rice(1006): rice; flour(1101): flour"},
		{"trade in the sentence before", "Imports from China doubled last year. The main items were sugar and soybean oil.", "sugar(1701): sugar; soybean-oil(1507): soybean oil"},
		{"carried", "Coal went by barge to Longkou.", "coal(2701): Coal"},
		{"Korean price in won", "장마당에서 입쌀 1kg은 6,200원이다.", "rice(1006): 입쌀"},
		{"Korean origin", "요즘은 중국산 밀가루가 흔하다.", "flour(1101): 밀가루"},
		{"one traded mention keeps the others", "Fishermen go hungry in winter. Crews sold squid to Chinese boats for yuan, and the squid season is short.", "squid(0307): squid|squid"},
		// Dropped: daily life, harvests, mining and shortage without trade.
		{"caught", "The fishermen say they catch fewer fish every spring.", ""},
		{"shortage", "Analysts say food remains short in the countryside.", ""},
		{"eaten", "In the villages people ate potatoes and corn porridge all winter.", ""},
		{"Korean harvest", "농업 부문은 쌀과 옥수수 작황이 좋아져 성장했다.", ""},
		{"Korean mining beside a committee", "도 인민위원회는 석탄 채굴이 늘었다고 밝혔다.", ""},
		{"a decimal point ends no sentence", "Output grew 3.5 percent. Farms reported more wheat and barley than planned.", ""},
		// Other goods need no trade words.
		{"not a staple", "Families watched television at night.", "television(8528): television"},
	}
	checkFind(t, tests)
}

// TestKoreanWon holds amounts of won and words that only contain 원.
func TestKoreanWon(t *testing.T) {
	for text, want := range map[string]bool{
		"3,500원": true, "5만원": true, "천원": true, "위원회": false, "원래": false, "병원": false, "": false,
	} {
		if got := koreanWon([]byte(text)); got != want {
			t.Errorf("koreanWon(%q) = %v, want %v", text, got, want)
		}
	}
}
