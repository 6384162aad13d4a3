package wordkey

import "testing"

func TestPackAgreesWithLoad(t *testing.T) {
	for _, w := range []string{"a", "coal", "tobacco", "shipment"} {
		padded := w + "\x00\x00\x00\x00\x00\x00\x00\x00"
		if Pack(w) != Load64(padded[:8]) {
			t.Errorf("Pack(%q) = %x, Load64 of it padded = %x", w, Pack(w), Load64(padded[:8]))
		}
	}
	if Pack("ab") != 0x6261 {
		t.Errorf("Pack(\"ab\") = %x, want 6261 (little endian)", Pack("ab"))
	}
}
