package clean

import "sync"

// The most frequent Hangul syllables of Korean news text and Han characters
// of Chinese (simplified and traditional). Legacy-encoding detection scores
// a trial decoding by how much of it falls in these sets: misdecoded bytes
// land on characters picked almost at random from a much larger repertoire.
const (
	commonHangulChars = "이다의는에하고을가로한기서지사대자리으도나인어정수전를아시일해보국들부상성주게장구제유조라있우거그원중동것면적화여문행만비공위소무방분신경학내연개세진야관물요생민마선과회결치계스실했며였니습오후년월날북남측통역밀업품격안달러된될되않같없더또및등때데말많높알음입잘저점좀줄즉집처체초최출취타터토트판평표프피필합현형호확활효히강건검곳광교군권근금급김까깨너노누눈느늘능단담당덕던독두드든디따떤뜻란람래량럼렇레려력련렬령례록론료루류률르른름릉린림립막망매맥머먼메명모목몰못므미바박반받발밝배백버번범법변별병복본봉불빠산살삼새색석설섭세속손송숙순술쉽승식신심십암압앞애액약양언얼엄없었열영예온올와완왕외용운울움육율은응임작잠재쟁절접족존종좋준즈증직질짓차착참창책천철청총추축충층친칙카커케코크큰키탈태택투특티파패퍼페편포폭함항핵향허혈협혹환황획훈희흘힘"
	commonHanChars    = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽讲布杀微怕母调局根曾准团段终乐切级克精哪官示冷域朝鲜贸易私境价口货吨辽宁丹吉延們為國個說時來會對後還發這經現動兩長樣與種點實問裡體開關書東紅報軍產電車門見鮮貿進貨機構際價區邊萬與從當於過間應並戰爭兒務認識無錢黨員將"
)

var (
	commonHangul = sync.OnceValue(func() map[rune]bool { return runeSet(commonHangulChars) })
	commonHan    = sync.OnceValue(func() map[rune]bool { return runeSet(commonHanChars) })
)

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s)/3)
	for _, r := range s {
		m[r] = true
	}
	return m
}
