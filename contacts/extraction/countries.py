"""Words that point at a country or international body: adjectives, names, capitals, seats."""

from __future__ import annotations

import re

from anyascii import anyascii

# code: (English name, folded stems; "*" = prefix, "^" = only when written in capitals).
COUNTRIES: dict[str, tuple[str, str]] = {
    "RU": (
        "Russia",
        "Росі* російськ* "
        "ruso rusos moscu rus rusa rusi ruse rusia rusiei rusesc* rusul rusului rusilor russia* "
        "russian* russie russland* federation_de_russie federacion_de_rusia federazione_russa "
        "federacao_russa russischen_foderation russische_foderation federatiei_ruse federatia_rusa "
        "russe russes russisch* russo russa russi kremlin* moscow* moscov* moskau mosca "
        "cremlin* kreml* Росси* российск* русск* Кремл* Москв*",
    ),
    "US": (
        "the United States",
        "американськ* Сполучених_Штатів "
        "estadounidense* estados_unidos norteamerican* casa_blanca american* americain* amerikan* "
        "statunitens* ^us ^usa ^sua ^u_s ^США washington* "
        "united_states statele_unite* statelor_unite* etats_unis vereinigt*_staaten stati_uniti "
        "white_house casa_alba maison_blanche weiss*_haus* casa_bianca Белого_дома "
        "Белый_дом Соединенных_Штатов американ* Вашингтон*",
    ),
    "IR": (
        "Iran",
        "Іран* іранськ* iran* teheran* tehran* Иран* Тегеран*",
    ),
    "UA": (
        "Ukraine",
        "Україн* українськ* Київ* ukrain* ucrain* ucrania* kiev* kyiv kiew* украин* Киев*",
    ),
    "FR": (
        "France",
        "Франці* французьк* "
        "frances francesa franceses ^franca franta "
        "frantei franceza francez* france francais* francaise* "
        "francese francia "
        "franciei french frankreich* franzos* elysee parigi paris Франци* француз* Париж*",
    ),
    "DE": (
        "Germany",
        "Німеччин* німецьк* Берлін* "
        "aleman* german* allemand* allemagne deutsch* "
        "tedesc* berlin* bundesrepublik* Германи* немец* "
        "Берлин*",
    ),
    "GB": (
        "the United Kingdom",
        "Великобритані* британськ* "
        "britain great_britain united_kingdom grossbritannien* grande_bretagne gran_bretagna "
        "gran_bretana "
        "reino_unido british britanic* britann* britisch* britan* ^uk marea_britanie "
        "regatul_unit* regatului_unit* "
        "royaume_uni regno_unito vereinigt*_konigreich downing_street londra london "
        "londres Великобритан* британск* Лондон*",
    ),
    "CN": (
        "China",
        "chino chinos ^КНР ^cina chinez* chinese china chinei chine chinois* cinese cines* chines* "
        "beijing* "
        "pekin* peking* Китай* китайск* Пекин*",
    ),
    "TR": (
        "Turkey",
        "Туреччин* турецьк* turqu* turk* turc* turch* ankara* Турци* турецк* Анкар*",
    ),
    "IN": (
        "India",
        "Індії Індія Індію Індією індійськ* "
        "indio indisch* ^inde india indian indians "
        "indiei indien* indiano* indiana indiens new_delhi "
        "Индии Индия индийск*",
    ),
    "IL": (
        "Israel",
        "Ізраїл* ізраїльськ* israel* ierusalim Израил* израильск*",
    ),
    "HU": (
        "Hungary",
        "Угорщин* угорськ* hungria ungher* ungar* hungar* hongr* budapest* Венгри* венгерск*",
    ),
    "PL": (
        "Poland",
        "Польщ* польськ* "
        "polaco polaca polacos polacc* polon* polish poland polen polnisch* pologne* varsovia "
        "warsaw warschau "
        "Польш* польск*",
    ),
    "RO": (
        "Romania",
        "romeno romena romenos Румуні* румунськ* "
        "rumano rumana rumania rumen* roman romana romane romani romanian* romania* romaniei "
        "romanesc* roumain* "
        "rumanisch* rumaen* bucuresti* bucharest bukarest* "
        "Румыни* румынск* roumanie rumanien* romenia",
    ),
    "MD": (
        "Moldova",
        "moldau* moldov* moldav* chisinau* Молдави* Молдов* молдавск* moldau",
    ),
    "FI": (
        "Finland",
        "Фінлянді* фінськ* "
        "finland* finlandez* finnish finnisch* finlandais* "
        "finlandes* helsinki Финлянди* финск* finnland*",
    ),
    "SA": (
        "Saudi Arabia",
        "Саудівськ* "
        "saudi* saoudi* saudit* arabia_saudita arabiei_saudite riyadh riad саудовск* Саудовск*",
    ),
    "CA": (
        "Canada",
        "canad* kanad* ottawa Канад* канадск*",
    ),
    "JP": (
        "Japan",
        "Японі* японськ* japones* japan* japon* japao giappon* tokyo tokio Япони* японск*",
    ),
    "KP": (
        "North Korea",
        "corea_del_norte norcorean* nordkoreanisch* north_korea* nord_coreean* coreea_de_nord "
        "nordkorea* corea_del_nord nordcorean* "
        "coree_du_nord nord_core* phenian pyongyang КНДР "
        "Северной_Коре* северокорейск* coreia_do_norte norte_coreano* norte_coreana*",
    ),
    "KR": (
        "South Korea",
        "corea_del_sur surcorean* sudkoreanisch* sudcoreean* south_korea* sud_coreean* "
        "coreea_de_sud sudkorea* corea_del_sud sudcorean* "
        "coree_du_sud sud_core* seoul seul Южной_Коре* южнокорейск*",
    ),
    "IT": (
        "Italy",
        "Італі* італійськ* ital* Итали* итальянск*",
    ),
    "ES": (
        "Spain",
        "Іспані* іспанськ* "
        "spanisch* espanol* spanien* espanha spain spanish "
        "spaniol* spaniei spania espagn* spagn* madrid "
        "Испани* испанск*",
    ),
    "PT": (
        "Portugal",
        "portug* lisabona lisbon* lissabon Португали* португальск* portog*",
    ),
    "NL": (
        "the Netherlands",
        "paises_bajos niederlandisch* dutch netherland* olandez* olanda* neerland* niederland* "
        "olandes* haga tarile_de_jos tarilor_de_jos pays_bas paesi_bassi paises_baixos "
        "Нидерланд* нидерландск*",
    ),
    "BE": (
        "Belgium",
        "bruselas belg* bruxelles Бельги* бельгийск*",
    ),
    "AT": (
        "Austria",
        "austria austriei austriac* austrian* osterreich* autrich* viena vienna wien "
        "Австри* австрийск*",
    ),
    "CH": (
        "Switzerland",
        "suico suica suicos suicas switzerland svizzera suiz* swiss elvet* "
        "suisse* schweiz* svizzer* Швейцари* швейцарск*",
    ),
    "SE": (
        "Sweden",
        "suedois* "
        "suec* swed* suedez* svezia suedia* suede* schwed* svedes* stockholm Швеци* шведск*",
    ),
    "NO": (
        "Norway",
        "norueg* norw* norveg* norweg* oslo Норвеги* норвежск*",
    ),
    "DK": (
        "Denmark",
        "dinamarq* "
        "danish denmark danez* danemarc* danemark* danois* danisch* danes* copenhag* Дани "
        "Дании Дания датск* danimarc* dinamarc*",
    ),
    "GR": (
        "Greece",
        "grego grega gregos "
        "griego griega greek greece grec* griech* atena athens athen Греци* греческ*",
    ),
    "BG": (
        "Bulgaria",
        "bulgar* Болгари* болгарск*",
    ),
    "RS": (
        "Serbia",
        "servio servios serb* belgrad* Серби* сербск*",
    ),
    "HR": (
        "Croatia",
        "croat* kroat* zagreb Хорвати* хорватск* croaz* croac*",
    ),
    "CZ": (
        "Czechia",
        "Чехі* чеськ* "
        "chequia checo checa czech* ceh cehia cehiei ceha tchequ* tschech* ceca ceco cechi praga "
        "prague prag "
        "Чехи* чешск*",
    ),
    "SK": (
        "Slovakia",
        "Словаччин* словацьк* "
        "eslovaqu* eslovac* slowak* slovaq* slovak* slovac* bratislava Словаки* словацк*",
    ),
    "SI": (
        "Slovenia",
        "esloven* slowen* sloven* ljubljana Словени* словенск*",
    ),
    "LT": (
        "Lithuania",
        "lithuan* lituan* litau* vilnius Литв* литовск*",
    ),
    "LV": (
        "Latvia",
        "letao latvi* leton* letton* lettland* lettisch* riga Латви* латвийск*",
    ),
    "EE": (
        "Estonia",
        "estn* estoni* eston* tallinn Эстони* эстонск* estland*",
    ),
    "BY": (
        "Belarus",
        "Білорус* білоруськ* bielorrus* belarus* bielorus* weissruss* minsk Белорус* белорусск*",
    ),
    "GE": (
        "Georgia",
        "Грузі* грузинськ* "
        "georgia georgiei georgie georgiano georgiana georgian* georgien* georgisch* tbilisi "
        "Грузи* грузинск*",
    ),
    "AM": (
        "Armenia",
        "armen* erevan yerevan Армени* армянск*",
    ),
    "AZ": (
        "Azerbaijan",
        "aserbaidsch* azerbaid* azerbaij* azer* baku Азербайджан* азербайджанск*",
    ),
    "KZ": (
        "Kazakhstan",
        "cazaqu* kazakh* kazah* kasach* astana Казахстан* казахстанск* kazak* kazaj*",
    ),
    "EG": (
        "Egypt",
        "egipci* egypt* egipt* egito egitto egizi* agypt* cairo caire kairo Египт* египетск*",
    ),
    "SY": (
        "Syria",
        "sirio siria syrisch* syria* syrie* syrien* siria* sirian* sirien* damasc* Сири* сирийск*",
    ),
    "IQ": (
        "Iraq",
        "irachen* iraq* irak* bagdad* baghdad* Ирак* иракск*",
    ),
    "JO": (
        "Jordan",
        "iordan* jordan* jordani* jordanie* giordan* Иордани* иорданск*",
    ),
    "LB": (
        "Lebanon",
        "leban* liban* Ливан* ливанск*",
    ),
    "QA": (
        "Qatar",
        "catari qatar* katar* doha Катар* катарск* catar",
    ),
    "AE": (
        "the United Arab Emirates",
        "emirat* abu_dhabi ОАЭ Эмират*",
    ),
    "PS": (
        "Palestine",
        "palastinens* palestin* Палестин* палестинск*",
    ),
    "BR": (
        "Brazil",
        "brazil* bresil* brasil* Бразили* бразильск*",
    ),
    "AR": (
        "Argentina",
        "argentin* Аргентин* аргентинск*",
    ),
    "MX": (
        "Mexico",
        "messican* mexic* mexiq* mexik* Мексик* мексиканск* messic*",
    ),
    "AU": (
        "Australia",
        "australi* canberra Австрали* австралийск*",
    ),
    "ZA": (
        "South Africa",
        "sudafrica* south_africa* sud_african* afrique_du_sud "
        "sudafrika* ЮАР africa_do_sul africa_de_sud sul_african*",
    ),
    "NG": (
        "Nigeria",
        "nigeria*",
    ),
    "PK": (
        "Pakistan",
        "pakistan* Пакистан* paquist*",
    ),
    "AF": (
        "Afghanistan",
        "afghan* afgan* Афганистан* afegan*",
    ),
    "VE": (
        "Venezuela",
        "venezuel* venezolan* Венесуэл*",
    ),
    "CU": (
        "Cuba",
        "cuba cuban* cubain* kuba kubanisch* havana Куб* кубинск*",
    ),
    "TW": (
        "Taiwan",
        "taiwan* Тайван*",
    ),
    "VN": (
        "Vietnam",
        "vietnam* Вьетнам*",
    ),
    "ID": (
        "Indonesia",
        "indonez* indones* Индонези*",
    ),
    "IE": (
        "Ireland",
        "irisch* irish ireland irland* dublin Ирланди*",
    ),
    "CY": (
        "Cyprus",
        "cipr* cypr* chypr* zypr* Кипр*",
    ),
    "MT": (
        "Malta",
        "malta maltez* maltese maltais*",
    ),
    "LU": (
        "Luxembourg",
        "luxemb*",
    ),
    "ME": (
        "Montenegro",
        "montenegr* muntenegr* Черногори*",
    ),
    "MK": (
        "North Macedonia",
        "macedon* makedon* Македони*",
    ),
    "AL": (
        "Albania",
        "alban* Албани*",
    ),
    "BA": (
        "Bosnia and Herzegovina",
        "bosni* Босни*",
    ),
    "XK": (
        "Kosovo",
        "kosov* Косов*",
    ),
    "NZ": (
        "New Zealand",
        "new_zealand* noua_zeelanda",
    ),
    "TH": (
        "Thailand",
        "thai* thailand* Таиланд*",
    ),
    "PH": (
        "the Philippines",
        "philippin* filipin* Филиппин*",
    ),
    "MY": (
        "Malaysia",
        "malaysia* malaezi* Малайзи*",
    ),
    "SG": (
        "Singapore",
        "singapor* Сингапур*",
    ),
    "VA": (
        "the Holy See",
        "vatican* vatikan* holy_see sfantul_scaun santa_sede saint_siege heilig*_stuhl* "
        "Ватикан* Святого_Престола",
    ),
    "CO": (
        "Colombia",
        "kolumbian* colombi* bogota Колумби*",
    ),
    "CL": (
        "Chile",
        "cilen* чилийск* chilean* chilian* chilien* chileno* chilena* chile chilen* Чили ^cile",
    ),
    "KE": ("Kenya", "keniot* quenian* kenya* kenia* kenian* Кени* кенийск*"),
    "ET": ("Ethiopia", "ethiop* etiop* athiop* Эфиопи* эфиопск*"),
    "GH": ("Ghana", "ghana* ganez* ghaneen* ghanes* ganes* Гана Ганы ганск*"),
    "SN": ("Senegal", "senegal* Сенегал*"),
    "CI": (
        "Côte d'Ivoire",
        "ivory_coast ivorian* ivoirien* marfilen* cote_d_ivoire coasta_de_fildes ivorien*",
    ),
    "CM": ("Cameroon", "cameroon* camerun* kamerun* cameroun* Камерун*"),
    "AO": ("Angola", "angola* angolez* Ангол*"),
    "MZ": ("Mozambique", "mozambi* mocambi* mosambik* Мозамбик*"),
    "TZ": ("Tanzania", "tanzani* tansani* Танзани*"),
    "UG": ("Uganda", "ugand* Уганд*"),
    "RW": ("Rwanda", "rwand* ruand* Руанд*"),
    "ZW": ("Zimbabwe", "zimbabw* simbabw* Зимбабве"),
    "CD": ("the Democratic Republic of the Congo", "congo* kongo* Конго"),
    "SD": ("Sudan", "sudan* soudan* Судан*"),
    "SO": ("Somalia", "somali* Сомали*"),
    "ML": ("Mali", "mali malian* Мали"),
    "MA": ("Morocco", "marroqu* "
        "morocc* maroc* marokk* marocc* marruec* Марокк* марокканск* marroc*"),
    "DZ": ("Algeria", "argelin* alger* algeri* argelia* Алжир* алжирск*"),
    "TN": ("Tunisia", "tunecin* tunis* tunez* Тунис* tunesien* tunesisch*"),
    "LY": ("Libya", "libio libios "
        "liby* libia libiei libian* libic* libique* libysch* Ливи* ливийск*"),
    "YE": ("Yemen", "yemen* iemen* jemen* Йемен*"),
    "OM": ("Oman", "oman omani omanez* omanais* omanit* omanisch* Оман*"),
    "KW": ("Kuwait", "kuwait* kuweit* koweit* Кувейт*"),
    "BH": ("Bahrain", "bahrain* bahrein* Бахрейн*"),
    "BD": ("Bangladesh", "bangladesh* Бангладеш*"),
    "LK": ("Sri Lanka", "sri_lanka* Шри_Ланк*"),
    "NP": ("Nepal", "nepal* Непал*"),
    "MN": ("Mongolia", "mongol* Монголи* монгольск*"),
    "KG": ("Kyrgyzstan", "kyrgyz* kirghiz* kirgis* kirgiz* Киргизи* киргизск* Кыргыз*"),
    "TJ": ("Tajikistan", "tajik* tadjik* tadschik* tagik* tadjic* Таджикистан* таджикск*"),
    "UZ": ("Uzbekistan", "uzbek* usbek* ouzbek* Узбекистан* узбекск*"),
    "KH": ("Cambodia", "cambod* kambodsch* cambog* Камбодж*"),
    "LA": ("Laos", "laos laotian* Лаос*"),
    "MM": ("Myanmar", "myanmar* birman* burmese Мьянм*"),
    "PE": ("Peru", "peruvien* peru peruvian* peruan* Перу perou"),
    "EC": ("Ecuador", "ecuatorian* equatorien* equatorian* ecuador* equateur* Эквадор*"),
    "BO": ("Bolivia", "bolivi* Боливи*"),
    "PY": ("Paraguay", "paraguay* paraguai* Парагва*"),
    "UY": ("Uruguay", "urugua* Уругва*"),
    "PA": ("Panama", "panam* Панам*"),
    "ZM": ("Zambia", "zambi* sambi* Замби*"),
    "KM": ("Comoros", "comor* komor* Комор*"),
    "BW": ("Botswana", "botswan* Ботсван*"),
    "NA": ("Namibia", "namibi* Намиби*"),
    "MW": ("Malawi", "malawi* Малави"),
    "MG": ("Madagascar", "madagas* malgach* malgasc* Мадагаскар*"),
    "BF": ("Burkina Faso", "burkina* burkinab* Буркина*"),
    "NE": ("Niger", "nigerien* Нигер"),
    "TD": ("Chad", "chadian* tchad* ciad* Чад*"),
    "GA": ("Gabon", "gabon* Габон*"),
    "BJ": ("Benin", "benin* Бенин*"),
    "TG": ("Togo", "togo* togolais* togoles* Того"),
    "GN": ("Guinea", "guinee guineea guinea guinean* guineen* Гвине*"),
    "LR": ("Liberia", "liberia* Либери*"),
    "SL": ("Sierra Leone", "sierra_leone* Сьерра_Леоне"),
    "MR": ("Mauritania", "mauritan* Мавритани*"),
    "ER": ("Eritrea", "eritre* Эритре*"),
    "DJ": ("Djibouti", "djibout* djibut* Джибути"),
    "SS": ("South Sudan", "south_sudan* sudanul_de_sud soudan_du_sud sudsudan* Южн*_Судан*"),
    "TM": ("Turkmenistan", "turkmen* Туркмени*"),
    "NI": ("Nicaragua", "nicaragu* Никарагуа"),
    "HN": ("Honduras", "hondur* Гондурас*"),
    "GT": ("Guatemala", "guatemal* Гватемал*"),
    "SV": ("El Salvador", "el_salvador salvadoran* salvadoregn* salvadoren* Сальвадор*"),
    "CR": ("Costa Rica", "costa_rica* costaric* Коста_Рик*"),
    "DO": ("the Dominican Republic", "dominican* dominicain* dominikan* Доминикан*"),
    "HT": ("Haiti", "haiti* haitian* Гаити"),
    "JM": ("Jamaica", "jamaic* jamaik* Ямайк*"),
    "MU": ("Mauritius", "mauritius mauritian* mauricien* Маврики*"),
    "SC": ("Seychelles", "seychell* Сейшел*"),
    "MV": ("Maldives", "maldiv* Мальдив*"),
    "FJ": ("Fiji", "fiji* Фиджи"),
    "BN": ("Brunei", "brunei* Бруне*"),
    "BT": ("Bhutan", "bhutan* butan* Бутан*"),
    "PG": ("Papua New Guinea", "papua* Папуа*"),
    "TL": ("Timor-Leste", "timor* Тимор*"),
    "CV": ("Cabo Verde", "cape_verde* cabo_verde* capul_verde cap_vert* Кабо_Верде"),
    "GM": ("the Gambia", "gambia* gambian* gambie* Гамби*"),
    "GW": ("Guinea-Bissau", "guinea_bissau* guinee_bissau* Гвине*_Бисау"),
    "GQ": ("Equatorial Guinea", "equatorial_guinea* guineea_ecuatoriala guinee_equatoriale"),
    "LS": ("Lesotho", "lesotho* Лесото"),
    "SZ": ("Eswatini", "eswatini* swazi* Эсватини"),
    "BI": ("Burundi", "burundi* Бурунди"),
    "CF": ("the Central African Republic", "central_african_republic centrafrica*"),
    "GY": ("Guyana", "guyan* Гайан*"),
    "SR": ("Suriname", "surinam* Суринам*"),
    "BZ": ("Belize", "belize* Белиз*"),
    "BS": ("the Bahamas", "bahamas bahamian* Багам*"),
    "BB": ("Barbados", "barbad* Барбадос*"),
    "TT": ("Trinidad and Tobago", "trinidad* Тринидад*"),
    "AD": ("Andorra", "andorr* Андорр*"),
    "MC": ("Monaco", "monaco monegas* Монако"),
    "LI": ("Liechtenstein", "liechtenstein* Лихтенштейн*"),
    "SM": ("San Marino", "san_marino* sammarines* Сан_Марино"),
    "WS": ("Samoa", "samoa* Самоа"),
    "TO": ("Tonga", "tonga tongan* Тонга"),
    "VU": ("Vanuatu", "vanuatu* Вануату"),
    "SB": ("the Solomon Islands", "solomon_islands* Соломонов*"),
    "IS": ("Iceland", "iceland* islanda* islandez* islandais* islandisch* islandes* Исланди*"),
    "NATO": (
        "NATO",
        "^nato ^otan ^НАТО alianta_nord_atlantica aliantei_nord_atlantice north_atlantic_alliance "
        "organizatia_tratatului_atlanticului_de_nord organizatiei_tratatului_atlanticului_de_nord "
        "north_atlantic_treaty_organization north_atlantic_treaty_organisation "
        "organisation_du_traite_de_l_atlantique_nord",
    ),
    "UN": (
        "the United Nations",
        "^un ^onu ^ООН united_nations natiunilor_unite natiunile_unite nations_unies "
        "vereinten_nationen nazioni_unite",
    ),
    "EU": (
        "the European Union",
        "ЄС Євросоюз* "
        "^ue ^eu ^ЕС union_europea european_union uniunii_europene uniunea_europeana "
        "union_europeenne "
        "europaischen_union unione_europea Евросоюз*",
    ),
}

# Phrases naming a body of the EU: the office title says which EU head is meant.
EU_BODIES: dict[str, str] = {
    "comisiei europene": "Commission",
    "comision europea": "Commission",
    "consejo europeo": "European Council",
    "comisia europeana": "Commission",
    "comisiei": "Commission",
    "european commission": "Commission",
    "commission": "Commission",
    "commission europeenne": "Commission",
    "eu kommission*": "Commission",
    "europaischen kommission": "Commission",
    "commissione europea": "Commission",
    "evropeiskoi komissii": "Commission",
    "evrokomissii": "Commission",
    "consiliului european": "European Council",
    "european council": "European Council",
    "conseil europeen": "European Council",
    "europaischen rates": "European Council",
    "consiglio europeo": "European Council",
    "evropeiskogo soveta": "European Council",
    # the Commission as the EU's executive: "șefa executivului european", "EU executive chief"
    "executivului european": "Commission",
    "executivul european": "Commission",
    "executivului comunitar": "Commission",
    "executivul comunitar": "Commission",
    "european executive": "Commission",
    "eu executive": "Commission",
    "executif europeen": "Commission",
    "executif communautaire": "Commission",
    "ejecutivo comunitario": "Commission",
    "ejecutivo europeo": "Commission",
    "esecutivo europeo": "Commission",
    "esecutivo comunitario": "Commission",
    "esecutivo ue": "Commission",
    "executivo comunitario": "Commission",
    "executivo europeu": "Commission",
}


def _fold(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", anyascii(word).lower())


def country_phrases() -> list[tuple[str, tuple[str, bool]]]:
    """(phrase, (code, capitals_only)) for the PhraseSet of country words."""
    out = []
    for code, (_, stems) in COUNTRIES.items():
        for stem in stems.split():
            caps = stem.startswith("^")
            out.append((stem.lstrip("^").replace("_", " "), (code, caps)))
    return out


def country_name(code: str) -> str:
    return COUNTRIES.get(code, (code, ""))[0]


# Capitals and summit towns: meeting there means meeting in person (folded, any script).
_VENUE_CITY_NAMES = """
moscow moscova moskau mosca москве москву москва washington kiev kyiv kiew киеве киев paris
parigi париже berlin berlino берлине londra london londres лондоне beijing pekin peking
пекине ankara tehran teheran bucuresti bucharest bukarest chisinau budapest budapesta
varsovia warsaw warschau varsovie helsinki ottawa tokyo tokio madrid lisabona lisbon lissabon
haga bruxelles brussels brussel viena vienna wien stockholm oslo copenhaga copenhagen kopenhagen
atena athens sofia belgrad zagreb praga prague prag bratislava ljubljana vilnius riga tallinn
minsk tbilisi erevan yerevan baku astana cairo damasc bagdad riyadh riad doha delhi canberra
seoul seul phenian pyongyang havana geneva geneve genf женеве davos munchen munich istanbul
jeddah alaska anchorage singapore singapur hiroshima osaka sochi soci сочи kazan казани
samarkand самарканде roma rome rom moscu bruselas elysee kremlin kremlinul кремле quirinale
cotroceni
"""
VENUE_CITIES = frozenset(_fold(w) for w in _VENUE_CITY_NAMES.split())

# Capitals standing for their governments ("ministrul de externe de la Chișinău", "the
# minister from Seoul"), folded.
CAPITALS: dict[str, str] = {
    _fold(w): code
    for code, names in {
        "RU": "moscow moscova moskau mosca moscou moscu москва москвы",
        "UA": "kiev kyiv kiew kieu київ киев киева києва",
        "MD": "chisinau kishinev кишинев кишинева",
        "RO": "bucuresti bucharest bukarest bucarest bucarest",
        "FR": "paris parigi",
        "DE": "berlin berlino",
        "GB": "london londra londres",
        "US": "washington",
        "CN": "beijing pekin peking pechino",
        "TR": "ankara",
        "IR": "tehran teheran teheran",
        "PL": "warsaw varsovia warschau varsovie varsavia",
        "HU": "budapest budapesta",
        "JP": "tokyo tokio",
        "KR": "seoul seul",
        "KP": "pyongyang phenian",
        "BY": "minsk",
        "GE": "tbilisi",
        "AM": "yerevan erevan",
        "AZ": "baku",
        "IL": "jerusalem ierusalim",
        "EG": "cairo",
        "SY": "damascus damasc",
        "IQ": "baghdad bagdad",
        "SA": "riyadh riad",
        "QA": "doha",
        "IN": "delhi",
        "RS": "belgrade belgrad",
        "BG": "sofia",
        "DZ": "algiers alger",
        "MA": "rabat",
        "TN": "tunis",
    }.items()
    for w in names.split()
}


def _latin_stems() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per country, the exact words and prefixes of its stems written in Latin letters."""
    out: dict[str, tuple[set[str], list[str]]] = {}
    for code, (_, stems) in COUNTRIES.items():
        exact, prefixes = out.setdefault(code, (set(), []))
        for stem in stems.split():
            word = stem.lstrip("^")
            if not word.isascii():
                continue
            folded = _fold(word.replace("_", " "))
            if word.endswith("*"):
                prefixes.append(folded)
            else:
                exact.add(folded)
    return {code: (frozenset(e), tuple(p)) for code, (e, p) in out.items()}


_LATIN_STEMS = _latin_stems()


def latin_country_word(key: str, code: str) -> bool:
    """Whether a word in Latin letters is one of the country's own Latin stems (a Cyrillic
    stem folds to Latin too: "Куб*" would read "Kubilius" as Cuba)."""
    exact, prefixes = _LATIN_STEMS.get(code, (frozenset(), ()))
    return key in exact or key.startswith(prefixes)



# Single words that name a place: a capital, a venue, or a country's whole name in some
# language (folded; no prefix stems, which also begin surnames: "Куб*", "Kubilius").
PLACE_WORDS = (
    VENUE_CITIES
    | frozenset(CAPITALS)
    # Korea without North or South ("the two Koreas", "Korea's"), no "Correa"
    | frozenset(
        _fold(w) for w in ("korea", "koreas", "corea", "coree", "coreea", "корея", "кореи")
    )
    | frozenset(
        _fold(stem.lstrip("^"))
        for _, stems in COUNTRIES.values()
        for stem in stems.split()
        if not stem.endswith("*") and "_" not in stem
    )
)
