package goods

import "testing"

// TestGoodsFamiliesMedicalMachineParts holds the goods families added for
// medical devices and drugs, machine tools and their parts, phone parts,
// chemicals, gas containers, scrap, fishing gear, garment inputs and
// minerals named apart, and the rules added with them: frames of purpose
// and of cooking, adverbs and dosage forms as no good of their own, bare
// "machines" after a powered good, and Korean cues of payment and loading.
// Each rule has cases where it must not fire.
func TestGoodsFamiliesMedicalMachineParts(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Medical devices by type, and the umbrella word beside them.
		{"meters and monitors", "Couriers sold blood sugar meters and a sphygmomanometer in Hyesan.", "glucose-meters(902789): blood sugar meters; bp-monitors(901890): sphygmomanometer"},
		{"monitor alone is no device", "The agency will monitor the border crossings at Sinuiju.", ""},
		{"test strips", "A box of test strips sells for 9,000 won.", "test-strips(382219): test strips"},
		{"ultrasound and devices", "The clinic bought an ultrasound scanner; medical equipment is scarce.", "ultrasound(901812): ultrasound scanner; medical-devices(90): medical equipment"},
		{"Korean devices", "밀수꾼들이 혈당계와 혈압계를 팔았다.", "glucose-meters(902789): 혈당계; bp-monitors(901890): 혈압계"},
		{"drip and ceftriaxone", "Stalls sell ceftriaxone and glucose drips at the market.", "ceftriaxone(300420): ceftriaxone; iv-fluids(300490): glucose drips"},
		{"veterinary vaccine", "Dealers smuggled swine fever vaccine into Musan.", "vet-vaccines(300242): swine fever vaccine"},
		// Machine tools and their parts, each named apart.
		{"machining centres and grinders", "The firm bought two machining centres and a grinding machine in Stuttgart.", "machining-centres(845710): machining centres; grinding-machines(8460): grinding machine"},
		{"spindles and controllers", "The crates held spindles and numerical control units.", "spindles(8466): spindles; cnc-controllers(8537): numerical control units"},
		{"chainsaws", "Couriers brought back chainsaws as checked baggage.", "chainsaws(846722): chainsaws"},
		// Phone parts.
		{"screens and ports", "Officials ordered replacement screens and charging ports in bulk.", "phone-screens(8524): replacement screens; phone-parts(851779): charging ports"},
		{"screen alone", "He watched the screen all evening.", ""},
		// Chemicals and containers.
		{"cyanide", "Sodium cyanide is smuggled to the private gold mines.", "sodium-cyanide(283711): Sodium cyanide"},
		{"gas cylinders", "Dealers sold LPG cylinders in Hoeryong.", "gas-cylinders(731100): LPG cylinders"},
		{"engine cylinder is no container", "The mechanic rebored a cylinder of the engine.", ""},
		// Scrap by material.
		{"rubber scrap", "The cargo was declared as rubber scrap at customs.", "rubber-scrap(4004): rubber scrap"},
		// Fishing gear and garment inputs.
		{"fishing line", "Traders sold fishing line and fishing hooks at the port.", "fishing-line(9507): fishing line; fishing-hooks(950720): fishing hooks"},
		{"Korean nets", "청진 포구에서 나일론 그물과 낚싯줄이 팔린다.", "fishing-nets(5608): 나일론 그물; fishing-line(9507): 낚싯줄"},
		{"bare Korean net", "그물을 던졌다.", ""},
		{"zips and down", "Clients sent zips and duck down to the garment factory by truck.", "zippers(9607): zips; down-filling(050510): duck down"},
		// Minerals named apart.
		{"magnesia and magnesite", "Magnesia clinker and raw magnesite were shipped to China.", "magnesia(251990): Magnesia clinker; magnesite(251910): raw magnesite"},
		{"steam coal and coal", "The ship loaded coal at Haeju, declared as steam coal.", "coal(2701): coal; steam-coal(270112): steam coal"},
		{"Korean pine nuts", "밀수꾼들이 잣을 사들여 장백으로 넘긴다.", "pine-nuts(0802): 잣"},
		{"Korean yardstick", "그 잣대로 보면 손해다.", ""},
		// Frames: what a tool makes, what a device plugs into, what a household cooks with.
		{"used to make", "The lathes were sold to a firm, and such lathes can be used to make missile parts.", "lathes(8458): lathes|lathes"},
		{"plugs into", "He bought a probe that plugs into a smartphone.", ""},
		{"cook with", "Households that cook with firewood complained to the officials.", ""},
		{"firewood sold", "Households sold firewood at the market.", "firewood(4401): firewood"},
		// Adverbs and dosage forms are no goods of their own.
		{"overall", "Overall trade grew, and exports of wigs rose.", "wigs(6704): wigs"},
		// Bare "machines" after a powered good; not with a widening word.
		{"machines after motorcycles", "Dealers sold Chinese motorcycles in Sunchon and cannot keep enough machines in stock.", "motorcycle(8711): motorcycles|machines"},
		{"other machines stay", "Dealers sold Chinese motorcycles in Sunchon, and sold other machines too.", "motorcycle(8711): motorcycles; machinery(84): machines"},
		// Bare "bikes" beside motorcycles are the motorcycles; alone they are bicycles.
		{"bikes after motorcycles", "Dealers sold Chinese motorcycles, and half the bikes in Sunchon came that way.", "motorcycle(8711): motorcycles|bikes"},
		{"bikes alone", "Dealers sold bikes in Sinuiju.", "bicycle(8712): bikes"},
		// River ice is no drug, even in a text on drugs.
		{"river ice", "Couriers smuggled methamphetamine and sold ice in Hyesan, crossing where the ice is still thick.", "methamphetamine(293945): methamphetamine|ice"},
		{"drug ice", "Couriers smuggled methamphetamine and sold ice in Hyesan.", "methamphetamine(293945): methamphetamine|ice"},
		// What a material is for, and a tank for a fuel.
		{"filter material", "He sent cigarette filter material to Nampo.", ""},
		{"filters sold", "He sent cigarette filters to Nampo.", "cigarette-filters(5601): cigarette filters"},
		{"fuel tank", "The 150cc model with a bigger fuel tank sells for 7,000 yuan.", ""},
		// A verb after ", and" goes back to the subject, not the good made.
		{"made, and sent", "Bales of acetate tow, the fibre used to make cigarette filters, and sent by ship to Dalian.", "acetate-tow(550210): acetate tow"},
		// A loose head that needs a word before it.
		{"bare plate", "A plate costs another 150 yuan in fees.", ""},
		// Tools people use, and what a wage would buy.
		{"using phones", "The agency talks to its sources using Chinese mobile phones.", ""},
		{"use the bikes", "Farm managers use the bikes to haul goods.", ""},
		{"phones sold", "Traders sold Chinese mobile phones in Sinuiju.", "mobile-phone(8517): mobile phones"},
		{"wage buys", "Miners earn a wage that buys less than a kilogram of rice.", ""},
		{"rice bought", "Miners bought a kilogram of rice at the market.", "rice(1006): rice"},
		// Korean cues of payment and loading make staples traded.
		{"paid in coal", "대금은 석탄으로 치른다.", "coal(2701): 석탄"},
		{"coal without trade", "석탄이 모자라 추위에 떨었다.", ""},
	}
	checkFind(t, tests)
}
