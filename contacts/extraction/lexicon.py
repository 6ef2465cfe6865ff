"""Per-language cue words: media, negatives, roles, dates; compiled into one PhraseSet each."""

from __future__ import annotations

from functools import cache

from contacts.extraction.countries import EU_BODIES, country_phrases
from contacts.extraction.text import PhraseSet

LANGUAGES = ("ro", "en", "ru", "fr", "de", "it", "es", "pt", "uk")

# Each category maps to phrases separated by "|"; tokens are folded (anyascii, lower case),
# so Cyrillic and diacritics may be written as they are; "*" ends a prefix.
_LEX: dict[str, dict[str, str]] = {
    "en": {
        # a leader of something other than a state: "opposition leader", "liderul PSD"
        "not_leader": "opposition|party|rebel|rebels|militant|militia|separatist|separatists|"
        "army|military|spy|intelligence|police|navy|bank|armed forces|"
        "religious|spiritual|business|union|community|student|protest|"
        "parliamentary|majority|minority|senate|church|tribal|insurgent|hamas|"
        "hezbollah|taliban|"
        # "at the head of the Pakistani side", "the head of the Russian delegation"
        "side|delegation|delegations|team|mission",
        "timesword": "times|occasions",
        "instead": "deputising for|deputizing for|standing in for|in place of|instead of",
        "represented": "represented by|was represented by|were represented by",
        "elect": "elect|designate",
        "temporal": "after|before|then|and then|later|following|since",
        "event": "summit|summits|conference|forum",
        "topic": "about|regarding|concerning|on the subject of",
        "lastyear": "last year",
        "thisyear": "earlier this year|this year",
        "thismonth": "earlier this month|this month",
        "weekend": "this past weekend|the past weekend|over the weekend|at the weekend|"
        "this weekend|last weekend|on the weekend",
        "private": "one on one|tete a tete|private meeting|in private|bilateral|one to one|"
        "face to face|restricted format|smaller format",
        "venue": "in the oval office|at the white house|in the white house|at the kremlin|"
        "in the kremlin|at the elysee|on the sidelines|on the margins|"
        "at the headquarters|at downing street|in person|at the chancellery|"
        "at the palace|at the table|in the room",
        "times": "twice:2|three times:3|two times:2",
        "separate_weak": "including|among them|then with|and then with|later with|as well as|"
        "followed by|and later|"
        "then called|then phoned|then spoke|then telephoned|later called|later spoke|"
        "later phoned|before calling|before speaking",
        "since": "since|ever since",
        "rel_after": "the day after|a day later|the next day|the following day",
        "rel_same": "earlier in the day|later in the day|the same day|on the same day|that day|"
        "that evening|the same evening",
        "rel_before": "the day before|a day earlier|the previous day|a day before|the eve|"
        "the previous evening|the evening before|the night before|the previous night",
        "postmodal": "next week|did not happen|never happened|never took place|next month|"
        "next year|tomorrow|later this week|later this month|later this year|later in the year|"
        "on the agenda|not planned|not scheduled|no plans|"
        "in the coming days|in the coming weeks|cancelled|canceled|called off|"
        "postponed|scheduled|planned|expected|will take place|is to take place|"
        "set for|is due|are due|denied|did not take place|yet to|rescheduled|"
        "put off|shelved|will be held|ruled out|would be held|would be arranged|"
        "pushed back|fell through|turned down|"
        "would be organised|would be organized|will be arranged|will be organised|"
        "will be organized|would take place|to be held|to be arranged",
        "that": "that",
        "not_call": "called for|called on|call for|calls for|calling for|called upon|call on|"
        "calls on|called off|called it|a call for|the call for|called the meeting|"
        "called the talks|called the conversation|called the call|called their meeting|"
        "called their talks|calling the meeting|calling the talks|what he called|"
        "what she called|what they called|so called",
        "habitual": "several times|repeatedly|multiple times|regularly|often|frequently|"
        "four times|five times|six times|seven times|eight times|ten times|"
        "many times|numerous times|countless times|dozens of times",
        "attrib": "according to|said|says|told|quoted|cited by|cited",
        "phone": "telephoned|phone*|telephone*|phoned|called|call|calls|rang|dialled|dialed|"
        "conference call|teleconferenc*|phone call|telephone call",
        "video": "video call|video calls|video link|video conference|video conferences|"
        "videoconferenc*|videocall*|by video|via video|over video|video meeting|"
        "video summit|video talks|video chat|video conversation|video conversations|virtual*|"
        "online meeting|online talks|"
        "online summit|on screen|zoom call",
        # a joint press conference: the two met in person
        "meeting": "joint press conference with|joint news conference with|"
        "joint press appearance with|"
        "welcomed|welcomes|greeted|hosted talks|gathered|convened|brought together|"
        "dinner|lunch|breakfast|working lunch|working dinner|met|meet|meets|meeting|"
        "meetings|talks|held talks|received|hosted|hosting|hosts|audience|face to face|"
        "sat down with|a bilateral|held a bilateral|bilateral meeting|"
        "bilateral meetings|"
        "bilateral talks|tete a tete",
        "message": "letter|letters|message|messages|telegram|telegrams|cable of condolence|"
        "wrote to|sent a|condolences to|written to|writes to|writing to",
        # greetings sent in writing: "sent his sincere congratulations", "conveyed condolences"
        "sent": "sent|send|sends|sending|conveyed|conveys|addressed",
        "greetings": "congratulations|condolences|felicitations|greetings|best wishes",
        # a body named after its leader: "the Trump administration", "the Modi government"
        "attributed": "administration|government|team|campaign|camp|cabinet|era|presidency|"
        "regime|doctrine",
        # what a message of congratulation marks: "on his election last Friday"
        "occasion": "election|re election|reelection|election victory|victory|win|"
        "inauguration|appointment|birthday|anniversary|national day|independence day|"
        "swearing in|taking office|wedding",
        # in a run of messages to one addressee: "X wrote that …"
        "wrote": "wrote|writes|wrote in",
        "generic": "spoke|spoken|speaking|speak|speaks|talked|talk|discussed|discuss|"
        "discussion|discussions|conversation|conversations|exchange|lasted|"
        "consulted|consultations|conferred",
        "participate": "accompanied by|represented by|was accompanied|were accompanied|among|"
        "joining the call|joining the meeting|joining the talks|joining them|"
        "also on the call|were on the call|was on the call|on the call were|"
        "among those|"
        "were among|was among|at the table|took part|take part|"
        "participated|participants|attended|joined|among the|was connected|"
        "were present|was present|were also present|was also present|also present|in attendance|"
        "were connected|appeared on screen|joined the talks|joined the meeting|"
        "joined by video|joined remotely|joined online|along with|alongside|"
        "together with",
        "caller": "to call|telephoned|called|phoned|rang|dialled|dialed|placed a call|made a call",
        # an adjective of the future right before the contact noun: "futuros encuentros"
        "premodal": "future|upcoming|forthcoming|next|planned|proposed|possible|potential",
        "modal": "looks forward|look forward|keen to|eager to|may|"
        # a journey told in the present: a plan ("travels to Lisbon on Thursday for …")
        "travels to|is travelling to|is traveling to|heads to|is heading to|flies to|"
        "agreed in principle|speculation|speculated|agreed on a|plans|no plans|such a|"
        "such|would be|"
        "possible|prospect of|proposal for|proposed|will|would|shall|planned|"
        "planning|plans to|plan to|scheduled|schedule|expected|expects|expect|hope|"
        "hopes|hoped|hoping|intend*|intention|cancel*|called off|call off|postpon*|avoid*|"
        "turned down|would not take|pushed back|"
        "refus*|declined|declines|deny|denied|denies|denial|reject*|proposes|"
        "propose|invited|invites|invitation|next week|next month|next year|tomorrow|"
        "upcoming|would like|possibility|might|could|if|whether|ready to|willing|"
        "wants to|want to|looking forward|seek*|agreed to|is to|are to|set to|"
        "to travel|is due|are due|was due|were due|been due|not yet|has yet|have yet|visit to be|"
        "on the agenda|on his agenda|on her agenda|ready for|open to|prepared to|"
        "prepared for|willing to|ahead of|in the run up to|in preparation for",
        "neg": "not|never|didn|hasn|haven|hadn|wasn|weren|don|doesn|without",
        "block": "interview*|press conference*|"
        # a text put online is no video link
        "posted online|published online|put online|news conference*|briefing*|in contact|"
        "in touch|regular contact*|permanent contact*|constant contact*|"
        "ongoing correspondence|ongoing contacts|spoke at|speaks at|speak at|"
        "speaking at|spoke to reporters|spoke to journalists|spoke to the press|"
        "spoke on television|talked to reporters|addressed the assembly|"
        "addressed the nation|addressed parliament|addressed congress|"
        "addressed the summit|addressed the conference",
        "post": "posted|post on|on x|on twitter|on telegram|on facebook|on instagram|"
        "social media|social network*|tweet*|wrote on",
        "staff": "spokes*|press secretary|aide|aides|adviser*|advisor*|envoy*|ambassador*|"
        "charge d affaires|diplomat|chief of staff|representative|lawyer|first lady|"
        "first gentleman",
        "former": "former|ex|late|candidate|presidential candidate",
        "break": "in order to|so as to|after|before|following|since|although|though|"
        "even though|but|while|whereas|ahead of|;|where|urging|urged|pressing|"
        "built on|builds on|building on|follow up to|followed up on",
        "after": "after|following",
        # a contact told next in a sequence: "Afterwards Biden met X", another one
        "sequel": "afterwards|afterward|subsequently|after that",
        "separate": "and with|as well as with|bilateral meetings|bilateral talks|"
        "separate meetings|separate talks|separate*|separately|respectively|in turn",
        "pair": "the leaders|the presidents|the prime ministers|the ministers|the two sides|"
        "the two|both|the pair",
        "initiative": "initiative|initiated|initiator|at the request of|request of",
        "behalf": "on behalf of|in the name of",
        "from": "a call from|call from|from",
        "to": "to",
        "ordinal": "second:2|third:3|fourth:4|2nd:2|3rd:3",
        "recent": "last|past|previous|recent|within|in",
        "today": "today|this morning|this afternoon|this evening|tonight|earlier today|"
        "on the same day",
        "yesterday": "yesterday|last night|late last night|last evening|overnight",
        "daybefore": "day before yesterday",
        "lastweek": "last week|the previous week|past week",
        "thisweek": "this week|earlier this week",
        "lastmonth": "last month|the previous month",
        "last": "last|past|previous",
        "next": "next|coming",
        "early": "early|beginning of|start of",
        "mid": "mid|middle of",
        "late": "late|end of",
        "ago": "ago",
        "dayunit": "day|days",
        "weekunit": "week|weeks",
        "more": "more than|over|longer than|at least|less than|under",
        "approx": "about|approximately|around|some|roughly|nearly|almost",
        "hour": "hour|hours|hr",
        "minute": "minute|minutes|min",
        "half": "half",
        "numbers": "one:1|a:1|an:1|two:2|three:3|four:4|five:5|six:6|seven:7|eight:8|nine:9|"
        "ten:10|twenty:20|thirty:30|forty:40|forty five:45|fifty:50|ninety:90",
        "weekdays": "monday:0|tuesday:1|wednesday:2|thursday:3|friday:4|saturday:5|sunday:6",
        "months": "january:1|february:2|march:3|april:4|may:5|june:6|july:7|august:8|"
        "september:9|october:10|november:11|december:12|jan:1|feb:2|mar:3|apr:4|"
        "jun:6|jul:7|aug:8|sep:9|sept:9|oct:10|nov:11|dec:12",
        "year_prep": "in|since|of|during",
        "roles": "defence secretary:minister|defense secretary:minister|"
        "secretary of defense:minister|secretary of defence:minister|home secretary:minister|"
        "treasury secretary:minister|secretary of the treasury:minister|"
        "commerce secretary:minister|high representative:foreign_minister|"
        "foreign policy chief:foreign_minister|"
        "chief diplomat:foreign_minister|foreign affairs minister:foreign_minister|"
        "minister for foreign affairs:foreign_minister|deputy prime minister:minister|"
        "vice premier:minister|first deputy prime minister:minister|"
        "president:head_of_state|presidents:head_of_state|"
        "head of state:head_of_state|heads of state:head_of_state|"
        "prime minister:head_of_government|prime ministers:head_of_government|"
        "premier:head_of_government|chancellor:head_of_government|"
        "head of government:head_of_government|taoiseach:head_of_government|"
        "leader:leader|leaders:leaders|chief:leader|strongman:leader|king:king|"
        "queen:king|emir:king|monarch:king|sultan:king|pope:pope|pontiff:pope|"
        "holy father:pope|foreign minister:foreign_minister|"
        "foreign ministers:foreign_minister|foreign secretary:foreign_minister|"
        "top diplomat:foreign_minister|minister of foreign affairs:foreign_minister|"
        "external affairs minister:foreign_minister|"
        "secretary of state:secretary_of_state|secretary general:secretary_general|"
        "secretary-general:secretary_general|vice president:vice_president|"
        "minister:minister|ministers:minister|head of the:leader|boss:leader",
        "counterpart": "counterpart|counterparts|opposite number",
        "purpose": "in order to|so as to",
        "neg_det": "no|none",
        "receive": "received|receives|receiving|welcomed|greeted|hosted",
        "mutual": "exchanged|exchange|traded",
        # written messages in the plural, one to each of several addressees
        "messages": "messages|letters|telegrams|cables",
        "visit": "visit|visits|visited|visiting|trip to",
        "pair_weak": "their|they",
        "pronoun": "he|she",
    },
    "ro": {
        # a leader of something other than a state: "opposition leader", "liderul PSD"
        "not_leader": "opozitiei|opozitia|opozitie|partidului|partid|rebel*|separatist*|"
        "armatei|statului major|serviciului|politiei|bancii|"
        "religios|spiritual|sindical*|parlamentar*|majoritatii|minoritatii|"
        "militant*|hamas|hezbollah|taliban*",
        "timesword": "ori|de ori|randuri|de randuri",
        "instead": "in locul|inlocuindu l",
        "represented": "reprezentat de|reprezentata de|reprezentati de|reprezentate de",
        "elect": "ales|aleasa|alesul|desemnat|desemnata",
        "temporal": "dupa ce|dupa|inainte de|inainte ca|apoi|ulterior|iar apoi|de cand",
        "event": "summit*|reuniun*|conferint*|forum*",
        "topic": "despre|privind|referitor la|cu privire la",
        "lastyear": "anul trecut",
        "thisyear": "anul acesta|in acest an|anul asta",
        "thismonth": "luna aceasta|luna asta|la inceputul acestei luni|in aceasta luna",
        "weekend": "in weekend|weekendul trecut|la sfarsitul saptamanii|in weekendul trecut",
        "private": "intre patru ochi|tete a tete|in format restrans|bilateral*|fata in fata|"
        "separat",
        "venue": "la palatul|in biroul oval|la casa alba|la kremlin|la elysee|in marja|"
        "la marginea|la sediul|fata in fata|in persoana|la resedinta|acolo",
        "times": "de doua ori:2|de trei ori:3",
        "separate_weak": "inclusiv|printre care|apoi cu|iar apoi cu|precum si|si ulterior cu|"
        "dupa care cu|"
        "apoi a vorbit|apoi a sunat|apoi a discutat|ulterior a vorbit|dupa care a vorbit|"
        "dupa care a discutat",
        "since": "inca din|de la",
        "rel_after": "a doua zi|ziua urmatoare|in ziua urmatoare|cu o zi mai tarziu",
        "rel_same": "in aceeasi zi|in aceeasi seara|tot atunci|mai devreme in cursul zilei|"
        "in acea zi|in ziua respectiva",
        "rel_before": "cu o zi inainte|cu o zi mai devreme|in ziua precedenta|cu o zi in urma|"
        "in seara precedenta|cu o seara inainte|in seara dinainte|"
        "ziua precedenta|in ajun",
        "postmodal": "saptamana viitoare|nu a existat|nu au existat|nu a mai avut loc|"
        "va mai avea loc|vor avea loc|vor mai avea loc|ar putea avea loc|sa aiba loc|"
        "nu au mai avut loc|avuta in vedere|"
        "avut in vedere|luna viitoare|"
        "anul viitor|maine|poimaine|pe agenda|"
        "in zilele urmatoare|in perioada urmatoare|anulat*|amanat*|programat*|"
        "planificat*|prevazut*|asteptat*|va avea loc|urmeaza|ar urma|dezmint*|"
        "nu a avut loc|nu au avut loc|stabilit* pentru|prevede|exclus*|are loc|au loc",
        "that": "ca",
        "habitual": "de mai multe ori|in repetate randuri|adesea|deseori|regulat|periodic|"
        "de patru ori|de cinci ori|de sase ori|de zece ori|de nenumarate ori|"
        "de multe ori|contacte|contactele|contactelor|des|foarte des|zilnic|in fiecare zi|"
        "o data pe zi|saptamanal|in fiecare saptamana|in mod regulat",
        "attrib": "potrivit|potrivit lui|conform|a declarat|a anuntat|a precizat|a spus|"
        "a afirmat|citat de|citat|a transmis|a relatat|sustine|a explicat",
        "phone": "telefon*|telefonic*|telefoane|la telefon|sunat|l a sunat|a sunat-o|"
        "apel telefonic|apelul telefonic|apeluri telefonice|un apel de la|apel de la|"
        "apelul de la|a primit un apel|apelul cu|un apel cu",
        "video": "videoconferint*|apel video|convorbire video|convorbirea video|"
        "legatura video|prin video|in format video|in format virtual|"
        "reuniune virtuala|reuniunea virtuala|virtual*|online|conectat*|"
        "videoconferinta",
        # a joint press conference: the two met in person
        "meeting": "conferinta de presa comuna cu|conferinta comuna de presa cu|"
        "conferinta de presa impreuna cu|conferinta de presa alaturi de|"
        "a intampinat|l a intampinat|a gazduit|a reunit|au reunit|a convocat|dineu*|"
        "dejun*|cina|cina oficiala|pranz*|intalnit|intalnise*|intalnire*|intalniri*|intalnirea|"
        # a meal together: "a luat masa cu", "fotografii în care ia masa cu X"
        "a luat masa|au luat masa|ia masa|iau masa|a luat cina|au luat cina|"
        "intalnirii|"
        "intrevedere*|intrevederi*|convorbiri oficiale|primit|a primit|l a primit|"
        "au primit|audient*|tete a tete|s au vazut|s a vazut|s au mai vazut|s a mai vazut|"
        "s au revazut|s a revazut|primita|primiti|"
        "primite|a fost primit|a fost primita|intampinat|intampinata|intampinati|"
        "receptia|receptie|receptiei|"
        # "s-a întreţinut cu omologul său": talks in person, unless said to be by telephone
        "intretinut|s a intretinut|s au intretinut",
        "message": "scrisoare*|scrisori|mesaj|mesajul|mesaje|telegrama*|telegrame|"
        "mesaj de condoleante|mesaj de felicitare|a scris",
        "generic": "vorbit|discutat|discuti*|convorbire*|convorbiri*|"
        "convorbirea|"
        "convorbirii|conversatie*|conversatia|conversatiei|dialog*|durat|"
        "consultari*|s au consultat|s a consultat|stat de vorba|stau de vorba|schimb de opinii|"
        "a conversat|discutata|discutate",
        "participate": "insotit de|reprezentat* de|insotita de|insotiti de|insotit|participat|"
        "participare*|"
        "participant*|luat parte|au luat parte|conectat*|"
        "s a alaturat|s au alaturat|printre|s a conectat|s au conectat|"
        "s a alaturat discutiilor|s a alaturat reuniunii|impreuna cu|alaturi de|"
        "au fost prezenti|a fost prezent|a fost prezenta|au fost de asemenea prezenti|"
        "au asistat|a asistat|au fost de fata",
        "caller": "sunat|a sunat|l a sunat|i a telefonat|a telefonat",
        # an adjective of the future right before the contact noun: "futuros encuentros"
        "premodal": "viitoare*|viitor*|posibil*|eventual*",
        "modal": "abia asteapta sa|asteapta cu nerabdare|nerabdator sa|"
        "au convenit sa|speculatii|speculatiile|"
        "a convenit sa|convenit sa|astfel de|o astfel de|posibil*|"
        "eventual*|propunere de|a propus|va|vor|urmeaza|ar urma|programat*|"
        "planificat*|planuieste|planuiesc|preconizat*|astept*|asteapta|"
        "intentioneaz*|intentie|intentia|spera|sperat|spera sa|anulat*|anuleaz*|"
        "amanat*|amana|refuzat*|refuza|respins*|dezmint*|dezminte|negat|neaga|maine|"
        "viitoare|viitor|viitoarea|viitorul|urmatoare*|urmatoar*|urmator*|daca|"
        "ar putea|ar dori|doreste|doresc|invitat*|invitatie|propus|propune|"
        "ar avea loc|nu a avut inca|inca nu|in curand|pentru a se intalni|"
        "sa se intalneasca|sa aiba|ar fi de acord|in plan|are in plan|in planuri|"
        "pe agenda|in agenda|pregatit pentru|pregatit sa|gata sa|gata de|dispus sa|"
        "deschis la|"
        # "Programul său include …", "vizita include și o întrevedere": a schedule;
        # "a renunțat la întâlnire": given up
        "include|includ|cuprinde|renuntat*|renunta|renunte|anular*|amanar*|contramand*|"
        "sugera*|sugerat*|"
        # "au negociat ziua convorbirii", "data întâlnirii nu a fost stabilită": the day,
        # hour or details of a contact being arranged are a plan's
        "ziua convorbir*|data convorbir*|ora convorbir*|ziua discuti*|data discuti*|"
        "ora discuti*|ziua intalnir*|data intalnir*|ora intalnir*|ziua intrevederi*|"
        "data intrevederi*|ora intrevederi*|detaliile convorbir*|detaliile intalnir*|"
        "detaliile intrevederi*|formatul intalnir*|formatul convorbir*",
        # a contact called off: "a renunțat la întâlnire", "anularea întrevederii"
        "cancelled": "anula*|contramand*|renunt*|amana*",
        "neg": "nici|nu|n|niciodata|fara",
        "block": "interviu*|conferint* de presa|"
        # "în scurta întâlnire cu jurnaliștii": the press, not a contact
        "intalnir* cu jurnalisti*|intalnir* cu ziaristi*|intalnir* cu reporteri*|"
        "intalnir* cu presa|intrevedere* cu jurnalisti*|"
        # a text put online is no video link
        "publicat online|publicata online|postat online|"
        "postata online|conferinta sa de presa|briefing*|"
        "contact permanent|legatura permanenta|in permanenta|legatura constanta|"
        "contact constant|declaratii de presa|jurnalistilor|a vorbit in fata|"
        "a vorbit presei|a vorbit jurnalistilor|discurs|a luat cuvantul|"
        "a vorbit la conferinta|a vorbit la summit|a vorbit la forum|"
        "a vorbit la tribuna|a vorbit la televiziune|a vorbit in plenul",
        "post": "pe x|pe retea*|pe twitter|pe facebook|pe telegram|pe instagram|"
        "pe contul|pe pagina|contul sau de|contul oficial|"
        "retelele sociale|retele sociale|postat*|postare*",
        "staff": "purtator*|purtatorul de cuvant|consilier*|consilierul|trimisul|trimisului|"
        "emisar*|ambasador*|ambasadorul|insarcinat*|diplomatul|diplomatului|"
        "diplomat|reprezentant*|secretar de presa|sef de cabinet|seful de cabinet",
        "former": "fost|fostul|fosta|fostului|fostei|fostii|ex|candidat*|defunct*|raposat*",
        "break": "pentru a|pentru ca|dupa ce|dupa|inainte de|inainte ca|de cand|desi|insa|"
        "dar|in timp ce|iar|;|unde",
        "after": "dupa|dupa ce",
        "separate": "si cu|precum si cu|bilaterale|intrevederi bilaterale|intalniri bilaterale|"
        "separat*|separate|pe rand|in parte",
        "pair": "liderii|presedintii|premierii|ministrii|cele doua parti|cei doi|cele doua|"
        "celor doi|ambii|ambele|amandoi",
        "initiative": "initiativa|initiativa lui|la cererea|la solicitarea|initiator*",
        "behalf": "in numele|din partea",
        "from": "de la|din partea",
        "to": "catre|lui|adresat*",
        "ordinal": "a doua:2|al doilea:2|a treia:3|al treilea:3|a patra:4",
        "recent": "ultimele|ultimii|ultimul|ultima|in|intr",
        "today": "astazi|azi|in aceasta seara|aceasta seara|in aceasta dimineata|"
        "in cursul zilei|in seara aceasta|acum cateva ore|diseara",
        "yesterday": "ieri|aseara|ieri seara|azi noapte|noaptea trecuta|in noaptea trecuta",
        "daybefore": "alaltaieri",
        "lastweek": "saptamana trecuta|saptamana precedenta",
        "thisweek": "saptamana aceasta|saptamana asta|in aceasta saptamana",
        "lastmonth": "luna trecuta",
        "last": "trecut*|trecuta|trecutului",
        "next": "viitoare|viitor",
        "early": "inceputul|la inceputul|inceputul lunii",
        "mid": "mijlocul|la mijlocul|mijlocul lunii",
        "late": "sfarsitul|finalul|la sfarsitul|sfarsitul lunii",
        "ago": "acum|in urma cu|in urma",
        "dayunit": "zi|zile|zilei",
        "weekunit": "saptamana|saptamani|saptamanii",
        "more": "mai mult de|peste|mai bine de|mai putin de|sub|cel putin",
        "approx": "aproximativ|circa|cca|in jur de|aproape|vreo",
        "hour": "ora|ore|ore de|oră",
        "minute": "minut|minute|minutelor",
        "half": "jumatate",
        "numbers": "cincisprezece:15|zece:10|douazeci:20|o:1|un:1|una:1|unu:1|doua:2|doi:2|"
        "trei:3|patru:4|cinci:5|sase:6|sapte:7|opt:8|noua:9|zece:10|douazeci:20|"
        "treizeci:30|patruzeci:40|cincizeci:50",
        "weekdays": "luni:0|lunea:0|marti:1|martea:1|miercuri:2|miercurea:2|joi:3|joia:3|"
        "vineri:4|vinerea:4|sambata:5|duminica:6",
        "months": "ianuarie:1|februarie:2|martie:3|aprilie:4|mai:5|iunie:6|iulie:7|august:8|"
        "septembrie:9|octombrie:10|noiembrie:11|decembrie:12|ian:1|feb:2|mar:3|"
        "apr:4|iun:6|iul:7|aug:8|sept:9|oct:10|nov:11|dec:12",
        "year_prep": "in|din|din anul|in anul|pe",
        "roles": "inalt* reprezentant*:foreign_minister|vicepremier*:minister|"
        # "Oficialul european a scris că …": someone of that country the article named
        "oficialul:official|oficialului:official|"
        "viceprim ministr*:minister|"
        "suveranul:king|monarhul:king|presedinte:head_of_state|"
        "presedintele:head_of_state|presedintelui:head_of_state|"
        "presedinta:head_of_state|presedintei:head_of_state|"
        "presedintii:head_of_state|presedintilor:head_of_state|"
        "presedinti:head_of_state|seful statului:head_of_state|"
        "sefului statului:head_of_state|sef de stat:head_of_state|"
        "sefi de stat:head_of_state|premier*:head_of_government|"
        "prim ministr*:head_of_government|cancelar*:head_of_government|"
        "seful guvernului:head_of_government|sefului guvernului:head_of_government|"
        "seful executivului:head_of_government|"
        "sef al executivului:head_of_government|lider:leader|liderul:leader|"
        "liderului:leader|liderii:leaders|liderilor:leaders|rege:king|regele:king|"
        "regelui:king|regina:king|emir*:king|papa:pope|papei:pope|"
        "suveranul pontif:pope|pontif*:pope|ministrul de externe:foreign_minister|"
        "ministrul afacerilor externe:foreign_minister|"
        "ministr* de externe:foreign_minister|seful diplomatiei:foreign_minister|"
        "sefa diplomatiei:foreign_minister|secretar de stat:secretary_of_state|"
        "secretarul de stat:secretary_of_state|secretar general:secretary_general|"
        "secretarul general:secretary_general|"
        "secretarului general:secretary_general|vicepresedinte*:vice_president|"
        "ministrul:minister|ministrului:minister|ministr*:minister|seful:leader|"
        "sefa:leader|sefului:leader|sefei:leader|liderul de la:leader|sefii:leaders|"
        "sefilor:leaders",
        "counterpart": "omolog*|omoloag*",
        "purpose": "pentru a|pentru ca",
        "neg_det": "nicio|niciun|nici o|nici un",
        "receive": "primit|primita|primiti|gazduit|intampinat",
        "mutual": "au schimbat|si au transmis|schimb de|schimbat",
        # written messages in the plural, one to each of several addressees
        "messages": "mesaje|mesajele|scrisori|scrisorile|telegrame|telegramele",
        "visit": "vizita|vizitei|vizite|vizitat|in vizita|aflat in vizita|aflata in vizita|"
        "a sosit|au sosit|a mers la|s a deplasat|se deplaseaza|a efectuat o deplasare",
        "pair_weak": "lor|acestia",
        "pronoun": "el|ea",
    },
    "ru": {
        # a leader of something other than a state: "opposition leader", "liderul PSD"
        "not_leader": "оппозици*|партии|партия|повстанц*|сепаратист*|духовн*|религиозн*|хамас*|"
        "хезболл*|талибан*",
        "timesword": "раз|раза",
        "instead": "вместо",
        "elect": "избранн*",
        "temporal": "после того как|после|перед тем как|перед|затем|потом|с тех пор как|с момента",
        "event": "саммит*|конференц*|форум*",
        "topic": "о|об|обо|насчет|относительно",
        "lastyear": "в прошлом году",
        "thisyear": "в этом году",
        "thismonth": "в этом месяце|в начале этого месяца",
        "weekend": "в выходные|на выходных|в минувшие выходные",
        "private": "с глазу на глаз|тет а тет|в узком составе|двусторонн*",
        "venue": "лицом к лицу|в кремле|на полях|во дворце|в резиденции|в белом доме|лично|"
        "в ходе встречи",
        "times": "дважды:2|трижды:3",
        "separate_weak": "в том числе|включая|среди них|затем с|а затем с|а также с|после чего с",
        "since": "с тех пор|начиная с",
        "rel_after": "на следующий день|днем позже|днём позже",
        "rel_same": "в тот же день|в этот же день|в тот же вечер",
        "rel_before": "накануне|днем ранее|днём ранее|за день до этого",
        "postmodal": "не согласован*|пока не согласован*|не назначен*|не определен*|"
        "на следующей неделе|не было|не проводил*|в следующем месяце|завтра|"
        "на повестке|не стоит|не стоят|"
        "послезавтра|"
        "в ближайшее время|в ближайшие дни|отменен*|отменён*|отлож*|запланирован*|"
        "ожида*|намечен*|состоится|пройдет|пройдёт|опроверг*|не состоял*|"
        "не значится|графике|графи*|не планиру*",
        "that": "что|чтобы",
        "habitual": "неоднократно|несколько раз|регулярно|часто|четыре раза|пять раз|шесть раз|"
        "много раз|не раз",
        "attrib": "по словам|сообщил|сообщила|заявил|заявила|отметил|отметила|пояснил|"
        "рассказал|уточнил|по данным",
        "phone": "телефон*|позвонил*|созвонил*|звонок|звонка|звонке",
        "video": "видеоконференц*|видеосвяз*|по видеосвязи|в режиме видео*|онлайн|виртуальн*|"
        "видеозвон*",
        # a joint press conference: the two met in person
        "meeting": "совместной пресс конференции с|совместную пресс конференцию с|"
        "совместном пресс подходе с|"
        "приветствовал|собрал|собрала|ужин*|обед*|завтрак*|встреч*|"
        "встретил*|переговор*|принял|приняла|приняли|беседа в кремле|аудиенц*",
        # condolences: a message, unless told of a call or meeting ("expressed his
        # condolences during the talks")
        "condolence": "соболезновани*",
        "message": "письм*|послани*|телеграмм*|сообщени*|обращени*",
        "generic": "беседова*|побеседова*|продлил*|беседа|беседу|беседы|беседе|разговор*|"
        "обсудил*|обсуждени*|говорил*|переговорил*|обменялись|продолжал*|длил*",
        "participate": "в сопровождении|представлял*|сопровождал*|участвовал*|участие|участник*|"
        "принял участие|"
        "приняли участие|присоединил*|"
        "подключил*|в числе|подключился|подключилась|присоединился|вместе с|"
        "наряду с|присутствовали|присутствовал|присутствовала",
        "caller": "позвонил|позвонила|позвонили",
        # an adjective of the future right before the contact noun: "futuros encuentros"
        "premodal": "будущ*|предстоящ*|следующ*|возможн*|потенциальн*",
        "modal": "безуспешно|тщетно|голосовое сообщение|голосовые сообщения|"
        # a journey told in the present: a plan ("travels to Lisbon on Thursday for …")
        "отправляется|вылетает в|едет в|"
        "якобы|договорились|спекуляци*|слух*|такой|такая|такого|такую|"
        "возможн*|предложил*|будет|"
        "будут|буду|"
        "проведет|проведут|встретится|встретятся|позвонит|созвонятся|поговорит|"
        "обсудят|посетит|примет участие|планир*|запланир*|ожида*|намер*|собира*|"
        "надеет*|надеются|отмен*|отлож*|отказ*|опроверг*|график*|завтра|следующ*|"
        "предстоящ*|может|могут|предлож*|пригла*|если|хочет|хотел бы|пока нет|"
        "не значится|договорились о встрече|готов|готовы|намечен*|состоится|готов к|"
        "готовы к|открыт для",
        "neg": "не|ни|нет|без",
        "block": "интервью|брифинг*|пресс конференц*|постоянн* контакт*|на связи|журналист*|"
        "выступил на|выступил перед|выступлении|журналистам",
        "post": "в телеграм*|телеграм канал*|в соцсет*|соцсетях|в своем канале|опубликова*",
        "staff": "пресс секретар*|секретарь|представител*|помощник*|советник*|посол|посла|"
        "послом|послу|посланник*|спецпосланник*|спецпредставител*|дипломат|"
        "официальный представитель",
        "former": "бывш*|экс|кандидат*|покойн*",
        "break": "чтобы|для того чтобы|после того как|после|перед тем как|перед|"
        "с тех пор как|с момента|хотя|однако|но|до того как|тогда как|"
        "в то время как|;|где",
        "after": "после|после того как",
        "separate": "и с|а также с|двусторонние|двусторонних|отдельн*|по отдельности|поочередно",
        "pair": "лидеры|президенты|стороны|оба|обоих|двух лидеров|двое",
        "initiative": "инициатив*|инициатор*|по просьбе",
        "behalf": "от имени",
        "from": "от",
        "to": "на имя",
        "ordinal": "второй:2|второй за:2|вторая:2|второе:2|третий:3|третья:3|третье:3",
        "recent": "последние|последних|прошедшие",
        "today": "сегодня|этим утром|этим вечером|сегодня вечером|сегодня утром",
        "yesterday": "вчера|накануне вечером|вчера вечером|прошлой ночью|минувшей ночью",
        "daybefore": "позавчера",
        "lastweek": "на прошлой неделе|прошлой неделе|на минувшей неделе",
        "thisweek": "на этой неделе",
        "lastmonth": "в прошлом месяце",
        "last": "прошл*|минувш*|последн*",
        "next": "следующ*|будущ*",
        "early": "в начале|начале",
        "mid": "в середине|середине",
        "late": "в конце|конце",
        "ago": "назад",
        "dayunit": "день|дня|дней",
        "weekunit": "неделю|недели|недель",
        "more": "более|больше|свыше|менее|не менее",
        "approx": "около|примерно|порядка|приблизительно|почти",
        "hour": "час|часа|часов|полчаса",
        "minute": "минут*",
        "half": "половин*|полтора|полчаса|полутора",
        "numbers": "двадцати:20|тридцати:30|сорока:40|пятнадцати:15|десяти:10|один:1|одна:1|"
        "два:2|две:2|три:3|четыре:4|пять:5|пяти:5|шесть:6|шести:6|семь:7|семи:7|"
        "восемь:8|полтора:1|десять:10|двух:2|трех:3|четырех:4|сорок:40|тридцать:30|"
        "двадцать:20|пятьдесят:50|полутора:1",
        "weekdays": "понедельник*:0|вторник*:1|среда:2|среду:2|среды:2|среде:2|четверг*:3|"
        "пятниц*:4|суббот*:5|воскресень*:6",
        "months": "январ*:1|феврал*:2|март*:3|апрел*:4|мая:5|май:5|мае:5|июн*:6|июл*:7|"
        "август*:8|сентябр*:9|октябр*:10|ноябр*:11|декабр*:12",
        "year_prep": "в|с|году",
        "roles": "верховн* представител*:foreign_minister|вице премьер*:minister|"
        "монарх*:king|председател*:head_of_state|президент:head_of_state|"
        "председател* правительств*:head_of_government|"
        "президента:head_of_state|президенту:head_of_state|"
        "президентом:head_of_state|президенте:head_of_state|"
        "президенты:head_of_state|президентов:head_of_state|"
        "президентами:head_of_state|глав* государств*:head_of_state|"
        "премьер*:head_of_government|глав* правительств*:head_of_government|"
        "канцлер*:head_of_government|руководител*:leader|король:king|короля:king|"
        "королем:king|эмир*:king|папа:pope|папы:pope|папой:pope|понтифик*:pope|"
        "министр* иностранных дел:foreign_minister|глав* мид:foreign_minister|"
        "глава мид:foreign_minister|госсекретар*:secretary_of_state|"
        "государственн* секретар*:secretary_of_state|"
        "генсек*:secretary_general|генеральн* секретар*:secretary_general|"
        "вице президент*:vice_president|министр*:minister|глава:leader|"
        "главой:leader|главы:leader|лидер:leader|лидера:leader|лидеру:leader|"
        "лидером:leader|лидере:leader|лидеры:leaders|лидеров:leaders|"
        "лидерам:leaders|лидерами:leaders|премьер министр*:head_of_government",
        "counterpart": "коллег*|визави",
        "purpose": "чтобы|для того чтобы",
        "neg_det": "никаких|ни одного",
        "receive": "принял|приняла|приняли|принимал",
        "mutual": "обменялись|обмен",
        # written messages in the plural, one to each of several addressees
        "messages": "послания|телеграммы",
        "visit": "визит*|посетил*",
        "pair_weak": "их|они",
        "pronoun": "он|она",
    },
    "fr": {
        # a leader of something other than a state: "opposition leader", "liderul PSD"
        "not_leader": "opposition|parti|rebelle*|separatiste*|religieux|spirituel|syndical*|"
        "parlementaire*|hamas|hezbollah|talibans",
        "timesword": "fois|reprises",
        "instead": "au lieu de|a la place de",
        "represented": "represente par|representee par|representes par",
        "elect": "elu|elue|designe|designee",
        "temporal": "apres|avant de|avant|puis|ensuite|depuis que",
        "event": "sommet*|conference*|forum*|reunion*",
        "topic": "au sujet de|a propos de|concernant",
        "lastyear": "l an dernier|l annee derniere",
        "thisyear": "cette annee|plus tot cette annee",
        "thismonth": "ce mois ci|plus tot ce mois",
        "weekend": "ce week end|le week end dernier|pendant le week end|ce week-end",
        "private": "en tete a tete|tete a tete|en aparte|bilateral*|en format restreint",
        "venue": "face a face|a l elysee|au palais|en marge|au siege|en personne|au kremlin|"
        "a la maison blanche|a matignon",
        "times": "a deux reprises:2|deux fois:2|a trois reprises:3",
        "separate_weak": "notamment|y compris|parmi lesquels|puis avec|ainsi que|"
        "et ensuite avec|puis",
        "since": "depuis",
        "rel_after": "le lendemain|le jour suivant|un jour plus tard",
        "rel_same": "le meme jour|plus tot dans la journee|le jour meme|ce jour la",
        "rel_before": "un jour plus tot|le jour precedent|la veille|la soiree precedente",
        "postmodal": "la semaine prochaine|le mois prochain|demain|apres demain|a l ordre du jour|"
        "dans les prochains jours|annul*|report*|prevu*|programme*|attendu*|"
        "aura lieu|se tiendra|dementi*|n a pas eu lieu|exclu*",
        "that": "que|qu",
        "not_call": "appele a|appelle a|appelait a",
        "habitual": "plusieurs fois|a plusieurs reprises|regulierement|souvent|quatre fois|"
        "cinq fois|six fois|a de nombreuses reprises|maintes fois",
        "attrib": "selon|a declare|a indique|a precise|a affirme|a explique|cite par|d apres",
        "phone": "telephon*|appel telephonique|entretien telephonique|au telephone|appele|a appele",
        "video": "visioconferenc*|visio|par video|en video|videoconferenc*|appel video|"
        "virtuel*|en ligne",
        # a joint press conference: the two met in person
        "meeting": "conference de presse commune avec|conference de presse conjointe avec|"
        "point de presse commun avec|point de presse conjoint avec|"
        "a accueilli|reuni*|a salue|a reuni|reunit|a rassemble|diner|dejeuner|"
        "petit dejeuner|pourparlers|rencontre*|rencontree|reunion*|recu|recue|recus|"
        "accueilli*|tete a tete|audience|s est entretenu*|entretien*|recues",
        # condolences: a message, unless told of a call or meeting ("expressed his
        # condolences during the talks")
        "condolence": "condoleances",
        "message": "a ecrit|avait ecrit|ont ecrit|"
        "lettre*|message*|telegramme*|courrier|missive",
        "generic": "entretenu*|discute*|discutes|entretien|entretiens|echange|echanges|"
        "conversation*|"
        "parle|dure|evoque",
        "participate": "accompagne de|represente par|representee par|accompagnee de|accompagne par|"
        "participe|ont participe|"
        "a participe|pris part|ont pris part|participant*|"
        "parmi|s est joint|a rejoint|se sont joints|aux cotes de|en compagnie de|"
        "en presence de|presents|presentes|etait present|etait presente|ont assiste|a assiste|"
        "assistaient",
        "caller": "appele|a appele|telephone a|a telephone",
        # an adjective of the future right before the contact noun: "futuros encuentros"
        "premodal": "futur|futurs|future|futures|prochain|prochaine|prochains|prochaines|"
        "eventuel*|possible*",
        "modal": "a hate de|ont hate de|impatient de|impatiente de|"
        # a journey told in the present: a plan ("travels to Lisbon on Thursday for …")
        "se rend|se rendent|s envole pour|part pour|recoit|recoivent|"
        "sans succes|en vain|message vocal|messages vocaux|"
        "sont convenus de|"
        "speculation*|rumeur*|convenu de|un tel|une telle|eventuel*|"
        "possible|va|vont|"
        "doit|doivent|devrait|devraient|prevu*|prevoit|programme*|attendu*|espere|"
        "esperent|envisag*|annul*|reporte|reportee|refus*|dement*|demain|prochain*|"
        "souhait*|pourrait|pourraient|propos*|invit*|recevra|accueillera|sera|"
        "seront|aura|auront|fera|feront|ira|iront|compte|pret a|prete a|prets a|"
        "dispose a|ouvert a|possibilite*|preparation d",
        "neg": "ne|n|pas|jamais|sans",
        "block": "interview*|conference de presse|"
        # a text put online is no video link
        "mis en ligne|mise en ligne|publie en ligne|"
        "publiee en ligne|point de presse|en contact permanent|"
        "entretien accord*|dans un entretien|entretien au journal|entretien a la radio|"
        "en contact regulier|journalist*|a parle devant|a parle a la presse|"
        "discours|s est exprime devant",
        "post": "sur x|sur twitter|reseaux sociaux|sur telegram|sur facebook|publie sur",
        "staff": "porte parole|conseill*|envoye special|ambassad*|charge d affaires|"
        "diplomate|representant*",
        "former": "ancien|ancienne|ex|candidat*|feu",
        "break": "pour|afin de|apres|avant de|avant|depuis que|bien que|mais|cependant|"
        "alors que|tandis que|;|ou",
        "after": "apres",
        "separate": "et avec|ainsi qu avec|bilateraux|bilaterales|separement|separe*|"
        "respectivement|tour a tour",
        "pair": "les dirigeants|les presidents|les deux parties|les deux|deux dirigeants|"
        "deux presidents",
        "initiative": "initiative|initiateur|a la demande|demande de",
        "behalf": "au nom de|de la part de",
        "from": "de la part de",
        "to": "a",
        "ordinal": "deuxieme:2|second:2|seconde:2|troisieme:3",
        "recent": "derniers|dernieres|passes|en",
        "today": "aujourd hui|ce matin|cet apres midi|ce soir|dans la journee",
        "yesterday": "hier|hier soir|la veille au soir|la nuit derniere",
        "daybefore": "avant hier",
        "lastweek": "la semaine derniere|semaine derniere|la semaine passee",
        "thisweek": "cette semaine",
        "lastmonth": "le mois dernier",
        "last": "dernier|derniere|passe",
        "next": "prochain|prochaine",
        "early": "debut|au debut de|debut de",
        "mid": "mi|a la mi|milieu de",
        "late": "fin|fin de|a la fin de",
        "ago": "il y a",
        "dayunit": "jour|jours",
        "weekunit": "semaine|semaines",
        "more": "plus de|plus d|moins de|au moins",
        "approx": "environ|quelque|une bonne|autour de|pres de|presque",
        "hour": "heure|heures|h",
        "minute": "minute|minutes|min",
        "half": "demie|demi",
        "numbers": "vingtaine:20|trentaine:30|quinzaine:15|dizaine:10|quarantaine:40|"
        "cinquantaine:50|une:1|un:1|deux:2|trois:3|quatre:4|cinq:5|six:6|sept:7|"
        "huit:8|neuf:9|dix:10|vingt:20|trente:30|quarante:40|cinquante:50",
        "weekdays": "lundi:0|mardi:1|mercredi:2|jeudi:3|vendredi:4|samedi:5|dimanche:6",
        "months": "janvier:1|fevrier:2|mars:3|avril:4|mai:5|juin:6|juillet:7|aout:8|"
        "septembre:9|octobre:10|novembre:11|decembre:12",
        "year_prep": "en|depuis",
        "roles": "haut representant*:foreign_minister|haute representante:foreign_minister|"
        "vice premier ministre:minister|"
        "monarque:king|souverain:king|president:head_of_state|"
        "presidente:head_of_state|presidents:head_of_state|"
        "chef de l etat:head_of_state|premier ministre:head_of_government|"
        "chancelier*:head_of_government|chef du gouvernement:head_of_government|"
        "leader*:leader|roi:king|reine:king|emir:king|pape:pope|"
        "souverain pontife:pope|ministre des affaires etrangeres:foreign_minister|"
        "chef de la diplomatie:foreign_minister|"
        "secretaire d etat:secretary_of_state|secretaire general:secretary_general|"
        "vice president*:vice_president|ministre:minister|chef:leader|patron:leader|"
        "cheffe:leader|dirigeant:leader|dirigeante:leader|dirigeants:leaders|"
        "dirigeantes:leaders",
        "counterpart": "homologue*|collegue|collegues",
        "purpose": "pour|afin de",
        "neg_det": "aucun|aucune",
        "receive": "recu|recue|recus|recues|accueilli|accueillie",
        "mutual": "ont echange|echange|echanges",
        # written messages in the plural, one to each of several addressees
        "messages": "messages|lettres|telegrammes",
        "visit": "visite|en visite|visitait|rendu visite|rend visite|rendre visite",
        "pair_weak": "leur|ils",
        "pronoun": "il|elle",
    },
    "de": {
        # a leader of something other than a state: "opposition leader", "liderul PSD"
        "not_leader": "opposition*|oppositionsfuhrer*|partei*|parteichef*|rebellen*|"
        "separatisten*|fraktion*|gewerkschaft*|hamas|hisbollah|taliban",
        "timesword": "mal|male",
        "instead": "anstelle|in vertretung",
        "represented": "vertreten durch|vertreten von",
        "elect": "gewahlte*|designierte*|kunftige*",
        "temporal": "nachdem|bevor|dann|danach|anschliessend|seit|seitdem",
        "event": "gipfel*|konferenz*|forum*",
        "topic": "uber|bezuglich|hinsichtlich",
        "lastyear": "letztes jahr|im vergangenen jahr|vergangenes jahr",
        "thisyear": "dieses jahr|in diesem jahr",
        "thismonth": "diesen monat|in diesem monat|anfang des monats",
        "weekend": "am wochenende|am vergangenen wochenende",
        "private": "unter vier augen|bilateral*|im kleinen kreis",
        "venue": "von angesicht zu angesicht|im kanzleramt|im palast|am rande|im weissen haus|"
        "im kreml|personlich|im elysee",
        "times": "zweimal:2|dreimal:3",
        "separate_weak": "darunter|unter anderem|dann mit|anschliessend mit|danach mit|sowie|"
        "und dann",
        "since": "seit",
        "rel_after": "am nachsten tag|am folgetag|tags darauf|einen tag spater",
        "rel_same": "am selben tag|am gleichen tag|am selben abend|an diesem tag",
        "rel_before": "am vortag|einen tag zuvor|tags zuvor|am vorabend|am abend zuvor",
        "postmodal": "vorgesehen*|lehnte*|nicht gegeben|gab es nicht|nicht zustande|lehnt ab|"
        "lehnten|"
        "nachste woche|nachsten woche|kommende woche|"
        "kommenden woche|ubermorgen|in den kommenden tagen|abgesagt|verschoben|"
        "geplant|erwartet|angesetzt|stattfinden wird|wird stattfinden|dementiert|"
        "nicht stattgefunden|ausgeschlossen",
        "that": "dass",
        "not_call": "rief zu|ruft zu|riefen zu|aufgerufen",
        "habitual": "mehrfach|mehrmals|regelmassig|oft|haufig|viermal|funfmal|sechsmal|vielfach",
        "attrib": "laut|sagte|erklarte|teilte mit|zufolge|berichtete|so",
        "phone": "telefon*|angerufen|anruf*|rief|ruft|telefoniert*",
        "video": "videokonferenz*|videoschalte*|videotelefonat*|per video|videogesprach*|"
        "virtuell*|online|zugeschaltet",
        # a joint press conference: the two met in person
        "meeting": "gemeinsame pressekonferenz mit|gemeinsamen pressekonferenz mit|"
        "gemeinsamer pressekonferenz mit|"
        "zusammengetroffen|zusammentreffen|begrusste|begrusst|empfangen|versammelt|"
        "versammelte|lud ein|abendessen|mittagessen|arbeitsessen|fruhstuck|"
        "getroffen|treffen|traf|trafen|trifft|empfang*|empfing|empfingen|audienz|unterredung|"
        "zusammengekommen|kamen zusammen|begegnung|kam zusammen|trafen sich|"
        "traf sich",
        # condolences: a message, unless told of a call or meeting ("expressed his
        # condolences during the talks")
        "condolence": "beileid*|kondolenz*|kondolierte|kondoliert",
        "message": "beileidsschreiben|beileidstelegramm*|gluckwunschtelegramm*|gluckwunschbrief*|"
        "brief|briefe|schreiben|botschaft|telegramm*|kondolenzschreiben|"
        "gluckwunschschreiben|nachricht",
        "generic": "gesprach*|beriet*|unterhielt*|gesprochen|sprach|sprachen|besprochen|beraten|"
        "erorterten|"
        "unterhielten|dauerte|austausch*",
        "participate": "begleitet|vertreten durch|vertreten von|begleitete|begleiteten|"
        "in begleitung|teilgenommen|nahm teil|"
        "nahmen teil|teilnehmer*|teilnahme|zugeschaltet|"
        "dabei|unter den|schaltete sich|schalteten sich|zusammen mit|gemeinsam mit|"
        "im beisein|anwesend|waren zugegen|war zugegen",
        "caller": "angerufen|rief|ruft|anruf|anrufs",
        # an adjective of the future right before the contact noun: "futuros encuentros"
        "premodal": "kunftig*|zukunftig*|nachste*|bevorstehend*|moglich*|geplant*|eventuell*",
        "modal": "freut sich auf|freue mich auf|"
        # a journey told in the present: a plan ("travels to Lisbon on Thursday for …")
        "reist|reisen|fliegt nach|"
        "empfangt|"  # "empfängt am Sonntagnachmittag …": a reception ahead
        "vergeblich|erfolglos|sprachnachricht*|"
        "werde|vorgesehen*|treffen wird|spekulation*|treffen werden|"
        "telefonieren wird|telefonieren werden|"
        "sprechen wird|sprechen werden|empfangen wird|empfangen werden|"
        "zusammenkommen wird|zusammentreffen wird|beraten wird|beraten werden|"
        "besuchen wird|lehnte*|lehnt|vereinbart|vereinbarten|ein solches|"
        "eine solche|moglich*|eventuell*|wird|werden|will|wollen|soll|sollen|solle|"
        "geplant*|plant|planen|erwart*|hoff*|abgesagt|absag*|verschoben|verschieb*|"
        "abgelehnt|ablehn*|dementi*|nachste*|kommende*|falls|vorgeschlagen|"
        "eingeladen|einladung|bevorsteh*|morgen|noch nicht|anstehend*|bereit zu|"
        "bereit fur|offen fur|angeblich*",
        "neg": "nicht|nie|niemals|ohne",
        "block": "interview*|pressekonferenz*|"
        # a text put online is no video link
        "online gestellt|online veroffentlicht|online publiziert|"
        "in standigem kontakt|in engem kontakt|"
        "journalist*|regierungspressekonferenz|sprach vor|rede|sprach auf|"
        "sagte journalisten",
        "post": "auf x|auf twitter|sozialen medien|sozialen netzwerk*|auf telegram|"
        "auf facebook|postete|gepostet",
        "staff": "sprecher*|regierungssprecher*|sprecherin|berater*|beraterin|gesandt*|"
        "sondergesandt*|botschafter*|diplomat|vertreter*|"
        "stellvertretende regierungssprecherin|stellvertretende",
        "former": "ehemalig*|fruher*|ex|altkanzler*|kandidat*|verstorben*",
        "break": "um|damit|nachdem|bevor|seit|seitdem|obwohl|aber|jedoch|wahrend|;|wo",
        "after": "nach|nachdem",
        "separate": "und mit|sowie mit|bilaterale gesprache|bilaterale treffen|"
        "bilateralen gesprachen|getrennt*|separat*|jeweils|einzeln",
        "pair": "die beiden|beide seiten|die staats und regierungschefs|beide|beiden",
        "initiative": "initiative|auf initiative|auf wunsch|auf bitten",
        "behalf": "im namen|im auftrag",
        "from": "von",
        "to": "an",
        "ordinal": "zweite:2|zweiten:2|zweites:2|dritte:3|dritten:3",
        "recent": "letzten|vergangenen|zuruckliegenden",
        "today": "heute|heute morgen|heute abend|heute nachmittag|am heutigen",
        "yesterday": "gestern|gestern abend|gestern nacht|vergangene nacht|letzte nacht|"
        "in der vergangenen nacht|am gestrigen",
        "daybefore": "vorgestern",
        "lastweek": "letzte woche|vergangene woche|in der vergangenen woche|"
        "in der letzten woche|vorige woche",
        "thisweek": "diese woche|in dieser woche",
        "lastmonth": "letzten monat|vergangenen monat",
        "last": "letzten|vergangenen|vorigen",
        "next": "nachsten|kommenden",
        "early": "anfang",
        "mid": "mitte",
        "late": "ende",
        "ago": "vor",
        "dayunit": "tag|tage|tagen",
        "weekunit": "woche|wochen",
        "more": "mehr als|uber|weniger als|mindestens",
        "approx": "etwa|rund|ungefahr|circa|ca|fast|knapp",
        "hour": "stunde|stunden|std",
        "minute": "minute|minuten|min",
        "half": "halb*|halbe|anderthalb|eineinhalb",
        "numbers": "anderthalb:1|eineinhalb:1|eine:1|einer:1|ein:1|zwei:2|drei:3|vier:4|funf:5|"
        "sechs:6|sieben:7|acht:8|neun:9|zehn:10|zwanzig:20|dreissig:30|vierzig:40|"
        "funfzig:50",
        "weekdays": "montag*:0|dienstag*:1|mittwoch*:2|donnerstag*:3|freitag*:4|samstag*:5|"
        "sonnabend:5|sonntag*:6",
        "months": "januar:1|februar:2|marz:3|april:4|mai:5|juni:6|juli:7|august:8|september:9|"
        "oktober:10|november:11|dezember:12|jan:1|feb:2|jun:6|jul:7|aug:8|sept:9|"
        "okt:10|nov:11|dez:12",
        "year_prep": "im|seit|in",
        "roles": "hohe* vertreter*:foreign_minister|aussenbeauftragt*:foreign_minister|"
        "vizekanzler*:minister|"
        "monarch:king|prasident*:head_of_state|staatsprasident*:head_of_state|"
        "staatschef*:head_of_state|bundesprasident*:head_of_state|"
        # not "Kanzleramtschef", "Bundeskanzleramt": the chancellery's staff and building
        "staatsoberhaupt:head_of_state|kanzler:head_of_government|kanzlerin:head_of_government|"
        "kanzlers:head_of_government|bundeskanzler:head_of_government|"
        "bundeskanzlerin:head_of_government|bundeskanzlers:head_of_government|"
        "premierminister*:head_of_government|"
        "ministerprasident*:head_of_government|regierungschef*:head_of_government|"
        "premier:head_of_government|konig*:king|emir:king|papst*:pope|"
        "aussenminister*:foreign_minister|chefdiplomat*:foreign_minister|"
        "generalsekretar*:secretary_general|vizeprasident*:vice_president|"
        "minister*:minister|chef:leader|chefin:leader|kremlchef*:leader|"
        "kreml chef:leader",
        "counterpart": "amtskolleg*|kollege*|kollegin",
        "purpose": "um|damit",
        "neg_det": "keine|keinen|kein",
        "receive": "empfing|empfingen|empfangen|empfangt|begrusste",
        "mutual": "tauschten|ausgetauscht|austausch*",
        # written messages in the plural, one to each of several addressees
        "messages": "botschaften|briefe|telegramme|glueckwunschtelegramme|beileidstelegramme",
        "visit": "besuch*",
        "pair_weak": "ihr|ihre|sie",
        "pronoun": "er",
    },
    "it": {
        # a leader of something other than a state: "opposition leader", "liderul PSD"
        "not_leader": "opposizione|partito|ribelli|separatisti|religioso|spirituale|sindacal*|"
        "hamas|hezbollah|talebani",
        "timesword": "volte",
        "instead": "al posto di",
        "represented": "rappresentato da|rappresentata da|rappresentati da",
        "elect": "eletto|eletta|designato|designata",
        "temporal": "dopo|prima di|poi|successivamente|da quando",
        "event": "vertice|vertici|conferenza|forum|riunione",
        "topic": "riguardo a|a proposito di|riguardo",
        "lastyear": "l anno scorso|lo scorso anno",
        "thisyear": "quest anno",
        "thismonth": "questo mese|all inizio del mese",
        "weekend": "nel fine settimana|lo scorso fine settimana|nel weekend",
        "private": "a quattr occhi|faccia a faccia|bilateral*|in forma ristretta|tete a tete",
        "venue": "faccia a faccia|al quirinale|a palazzo chigi|a margine|alla casa bianca|"
        "al cremlino|"
        "di persona|in presenza",
        "times": "due volte:2|tre volte:3",
        "separate_weak": "tra cui|tra i quali|poi con|e poi con|nonche|successivamente con",
        "since": "dal|dalla|da quando",
        "rel_after": "il giorno dopo|il giorno seguente|l indomani",
        "rel_same": "nello stesso giorno|stesso giorno|lo stesso giorno|nella stessa giornata|"
        "quel giorno",
        "rel_before": "il giorno prima|il giorno precedente|la vigilia|la sera prima|"
        "la sera precedente",
        "postmodal": "da tenersi|da tenere|"
        "la prossima settimana|non c e stato|non c e stata|non e avvenut*|"
        "non si e svolt*|il mese prossimo|domani|dopodomani|in agenda|"
        "nei prossimi giorni|annullat*|rinviat*|previst*|programmat*|atteso|attesa|"
        "si terra|smentit*|non ha avuto luogo|escluso",
        "that": "che",
        "not_call": "chiamato a|ha chiamato a",
        "habitual": "piu volte|ripetutamente|regolarmente|spesso|quattro volte|cinque volte|"
        "sei volte|molte volte|numerose volte",
        "attrib": "secondo|ha dichiarato|ha detto|ha spiegato|ha riferito|ha precisato|"
        "ha annunciato",
        # "ha sentito X", "si sono sentiti": in Italian political reporting, a call
        "phone": "telefon*|chiamata|ha chiamato|chiamato|ha sentito|hanno sentito|"
        "si sono sentiti|si e sentito|si e sentita|aveva sentito",
        "video": "videoconferenz*|videochiamata|videocollegamento|in video|in collegamento|"
        "collegat*|virtuale|virtuali|online",
        # a joint press conference: the two met in person
        "meeting": "conferenza stampa congiunta con|conferenza stampa comune con|"
        "conferenza stampa insieme a|conferenza stampa insieme con|"
        "ha accolto|incontrat*|incontra|incontrano|si sono visti|si sono viste|"
        "un bilaterale|il bilaterale|bilaterale con|ha accolto|ha riunito|riunito|cena|pranzo|"
        "colazione|incontrato|"
        "incontrata|incontro|incontri|ricevuto|ricevuta|ricevuti|ricevute|accolto|accolti|"
        "udienza|colloquio|incontrati|"
        "faccia a faccia",
        # condolences: a message, unless told of a call or meeting ("expressed his
        # condolences during the talks")
        "condolence": "condoglianze|cordoglio",
        "message": "ha scritto a|ha scritto al|ha scritto alla|"
        "lettera|lettere|messaggio|messaggi|telegramma*|missiva",
        "generic": "colloqui*|conversazion*|parlato|discusso|discussion*|durata|durato|confronto",
        "participate": "accompagnato da|rappresentat* da|accompagnata da|partecipato|"
        "hanno partecipato|preso parte|"
        "partecipant*|tra i|"
        "si e collegato|collegato|si e unito|insieme a|insieme con|alla presenza di|"
        "erano presenti|era presente|hanno assistito|ha assistito|si sono uniti|si e unita",
        "caller": "ha chiamato|chiamato|telefonato",
        # an adjective of the future right before the contact noun: "futuros encuentros"
        "premodal": "futuro|futuri|futura|future|prossimo|prossima|prossimi|prossime|"
        "eventual*|possibil*",
        "modal": "non vede l ora di|desideroso di|"
        # a journey told in the present: a plan ("travels to Lisbon on Thursday for …")
        "si reca|si recano|vola a|vola in|parte per|riceve|ricevono|"
        "invano|senza successo|messaggio vocale|messaggi vocali|"
        "concordato di|"
        "speculazion*|hanno concordato|un simile|una simile|eventual*|"
        "possibil*|"
        "previst*|attes*|spera|sperano|annullat*|rinviat*|rinvio|rifiut*|smentit*|"
        "domani|prossim*|potrebbe|potrebbero|vuole|intende|intenzione|programmat*|"
        "propost*|invit*|dovrebbe|dovrebbero|deve|devono|pronto a|pronta a|"
        "disposto a|aperto a|possibilita|preparazione di|preparazione dell*|intesa di",
        "neg": "non|mai|senza",
        "block": "intervista|conferenza stampa|"
        # a text put online is no video link
        "pubblicato online|pubblicata online|messo online|"
        "messa online|giornalist*|in contatto costante|"
        "in contatto permanente|ha parlato davanti|discorso|ai giornalisti",
        "post": "su x|su twitter|sui social|social network|su telegram|su facebook",
        "staff": "portavoce|consiglier*|inviato speciale|ambasciator*|diplomatico|"
        "incaricato d affari|rappresentant*",
        "former": "ex|ex presidente|candidat*|defunto|fu",
        "break": "per|al fine di|dopo|prima di|da quando|anche se|sebbene|ma|pero|mentre|;|dove",
        "after": "dopo",
        "separate": "e con|nonche con|bilaterali|separat*|rispettivamente|distint*",
        "pair": "i leader|i presidenti|le due parti|i due|entrambi",
        "initiative": "iniziativa|su richiesta|promotore",
        "behalf": "a nome di|a nome del|per conto di|da parte di",
        "from": "da parte di",
        "to": "al|alla|a",
        "ordinal": "secondo:2|seconda:2|terzo:3|terza:3",
        "recent": "ultimi|ultime|scorsi",
        "today": "oggi|stamattina|stasera|questa mattina|questo pomeriggio|questa sera|in giornata",
        "yesterday": "ieri|ieri sera|ieri pomeriggio|ieri mattina|ieri notte|la notte scorsa|"
        "la scorsa notte",
        "daybefore": "l altro ieri|ieri l altro|altroieri",
        "lastweek": "la settimana scorsa|settimana scorsa|la scorsa settimana",
        "thisweek": "questa settimana",
        "lastmonth": "il mese scorso",
        "last": "scors*",
        "next": "prossim*",
        "early": "inizio|all inizio di|ai primi di",
        "mid": "meta|a meta",
        "late": "fine|alla fine di",
        "ago": "fa",
        "dayunit": "giorno|giorni",
        "weekunit": "settimana|settimane",
        "more": "piu di|oltre|meno di|almeno",
        "approx": "circa|quasi|intorno a|all incirca",
        "hour": "ora|ore",
        "minute": "minuto|minuti",
        "half": "mezza|mezzo",
        "numbers": "ventina:20|trentina:30|quindicina:15|decina:10|quarantina:40|mezz:1|un:1|"
        "una:1|uno:1|due:2|tre:3|quattro:4|cinque:5|sei:6|sette:7|otto:8|nove:9|"
        "dieci:10|venti:20|trenta:30|quaranta:40|cinquanta:50",
        "weekdays": "lunedi:0|martedi:1|mercoledi:2|giovedi:3|venerdi:4|sabato:5|domenica:6",
        "months": "gennaio:1|febbraio:2|marzo:3|aprile:4|maggio:5|giugno:6|luglio:7|agosto:8|"
        "settembre:9|ottobre:10|novembre:11|dicembre:12|gen:1|feb:2|mar:3|apr:4|mag:5|giu:6|"
        "lug:7|ago:8|set:9|ott:10|nov:11|dic:12",
        "year_prep": "nel|dal|del",
        "roles": "alto rappresentante:foreign_minister|alta rappresentante:foreign_minister|"
        "vicepremier:minister|vicepresidente del consiglio:minister|"
        "sovrano:king|monarca:king|presidente:head_of_state|"
        "presidenti:head_of_state|capo dello stato:head_of_state|"
        "presidente del consiglio:head_of_government|premier:head_of_government|"
        "primo ministro:head_of_government|cancellier*:head_of_government|"
        "capo del governo:head_of_government|leader:leader|re:king|regina:king|"
        "emiro:king|papa:pope|pontefice:pope|santo padre:pope|"
        "ministro degli esteri:foreign_minister|"
        "ministro degli affari esteri:foreign_minister|"
        "capo della diplomazia:foreign_minister|"
        "segretario di stato:secretary_of_state|"
        "segretario generale:secretary_general|vicepresidente:vice_president|"
        "ministro:minister|ministri:minister|capo:leader",
        "counterpart": "omolog*|collega*|colleghi",
        "purpose": "per|al fine di",
        "neg_det": "nessun|nessuna|alcun",
        "receive": "ricevuto|ricevuta|ricevuti|ricevute|accolto|accolta|accolti",
        "mutual": "si sono scambiati|scambiato|scambio",
        # written messages in the plural, one to each of several addressees
        "messages": "messaggi|lettere|telegrammi",
        "visit": "visita|in visita",
        "pair_weak": "loro",
        "pronoun": "egli|lui|lei",
    },
    "es": {
        # a leader of something other than a state: "opposition leader", "liderul PSD"
        "not_leader": "oposicion|opositor*|partido|rebelde*|separatista*|religioso|espiritual|"
        "sindical*|hamas|hezbola|talibanes",
        "timesword": "veces|ocasiones",
        "instead": "en lugar de|en sustitucion de",
        "represented": "representado por|representada por|representados por",
        "elect": "electo|electa|designado|designada",
        "temporal": "despues de|despues|antes de|luego|mas tarde|tras|desde que",
        "event": "cumbre*|conferencia*|foro*",
        "topic": "sobre|acerca de|en relacion con|respecto a|respecto de",
        "lastyear": "el ano pasado|el pasado ano",
        "thisyear": "este ano|en lo que va de ano",
        "thismonth": "este mes|a principios de este mes|en lo que va de mes",
        "weekend": "el fin de semana|este fin de semana|el pasado fin de semana|"
        "durante el fin de semana",
        "private": "a solas|cara a cara|bilateral*|en formato reducido|tete a tete",
        "venue": "cara a cara|en el palacio|en la moncloa|en la casa blanca|en el kremlin|"
        "al margen|"
        "en persona|en el eliseo|en la zarzuela|en la sede|en el despacho oval",
        "times": "dos veces:2|tres veces:3|en dos ocasiones:2|en tres ocasiones:3",
        "separate_weak": "entre ellos|incluido|incluida|luego con|y luego con|asi como|"
        "y despues con|posteriormente con|"
        "luego hablo|luego llamo|despues hablo",
        "since": "desde",
        "rel_after": "al dia siguiente|un dia despues|el dia siguiente",
        "rel_same": "el mismo dia|ese mismo dia|ese dia|esa misma noche|esa misma tarde",
        "rel_before": "el dia anterior|un dia antes|la vispera|el dia antes|la noche anterior|"
        "la tarde anterior",
        "postmodal": "la proxima semana|no se produjo|no existio|no hubo|no se celebro|"
        "la semana proxima|el proximo mes|el mes proximo|"
        "en la agenda|"
        "pasado manana|en los proximos dias|cancelad*|suspendid*|aplazad*|pospuest*|"
        "previst*|programad*|tendra lugar|se celebrara|desmentid*|no tuvo lugar|"
        "descartad*",
        "that": "que",
        "not_call": "llamamiento|hizo un llamado|llamo a la|llamo al dialogo",
        "habitual": "varias veces|en varias ocasiones|repetidamente|regularmente|a menudo|"
        "con frecuencia|frecuentemente|cuatro veces|cinco veces|muchas veces|"
        "numerosas ocasiones|en reiteradas ocasiones",
        "attrib": "segun|ha declarado|declaro|dijo|ha dicho|afirmo|ha afirmado|explico|"
        "preciso|informo|ha informado|anuncio|ha anunciado|senalo|indico|citado por",
        "phone": "telefon*|llamada|llamadas|llamo|ha llamado|por telefono|al telefono",
        "video": "videoconferencia*|videollamada*|por video|en video|virtual*|en linea|"
        "telematic*|enlace de video",
        # a joint press conference: the two met in person
        "meeting": "rueda de prensa conjunta con|conferencia de prensa conjunta con|"
        "se reunio|reunid*|se reunieron|reunio|reunido|reunida|reunidos|reunion|"
        "reuniones|"
        "encuentro|encuentros|recibio|recibido|recibida|ha recibido|acogio|"
        "recibieron|recibidos|recibidas|acogieron|"
        "dio la bienvenida|cena|almuerzo|desayuno|audiencia|cara a cara|"
        "se entrevisto|se entrevistaron|se vieron|se encontro|se encontraron|"
        "se han reunido|se ha reunido|reunirse|"
        # told in the first person, in a quote: "Me reuní con …", "Nos reunimos con …"
        "me reuni|nos reunimos|me entreviste|nos entrevistamos|me encontre|recibi|recibimos",
        # condolences: a message, unless told of a call or meeting ("expressed his
        # condolences during the talks")
        "condolence": "condolencias|pesame|pesames",
        "message": "carta|cartas|mensaje|mensajes|telegrama*|misiva|escribio",
        "generic": "hablo|convers*|hablad*|hablaron|ha hablado|han hablado|hablado|conversacion|"
        "conversaciones|"
        "converso|conversaron|dialogo|dialogaron|conversado|discutio|discutieron|"
        "abordaron|abordo|trataron|departio|departieron|duro|se prolongo|consultas|"
        "intercambio de opiniones",
        "participate": "participo|representad* por|participaron|ha participado|tomo parte|"
        "participante*|"
        "entre los|se unio|se sumo|se conecto|junto a|junto con|acompanado de|"
        "en presencia de|se sumaron|se unieron|acompanado por|acompanada por|acompanada de|"
        "acompanados por|acompanados de|estuvieron presentes|estuvo presente|asistieron",
        "caller": "llamo|ha llamado|telefoneo|llamo por telefono",
        # an adjective of the future right before the contact noun: "futuros encuentros"
        "premodal": "futuro|futuros|futura|futuras|proximo|proxima|proximos|proximas|"
        "eventual*|posible*",
        "modal": "esta deseando|deseoso de|"
        # a journey told in the present: a plan ("travels to Lisbon on Thursday for …")
        "viaja a|viaja el|viajan a|se desplaza a|se traslada a|recibe a|recibe al|reciben a|"
        "sin exito|en vano|mensaje de voz|mensajes de voz|"
        "posibilidad|"
        "acordaron|especulacion*|acordado|tal|posible*|eventual*|propuesta de|propuso|"
        "propone|"
        "planea|planean|planeado|prevista|previsto|previstas|previstos|preve|espera|"
        "esperan|esperado|esperada|pretende|tiene previsto|tienen previsto|"
        "intencion|cancel*|suspend*|aplaz*|pospuso|pospone|rechaz*|desmint*|niega|"
        "negado|proxim*|podria|podrian|podra|podran|quiere|quieren|querria|invit*|si|"
        "dispuesto a|preparado para|abierto a|va a|van a|debera|deberan|deberia|"
        "deberian|programad*|pendiente|preparacion de",
        "neg": "no|nunca|jamas|sin|ni",
        "block": "entrevista|entrevistas|rueda de prensa|"
        # a text put online is no video link
        "publicado en linea|publicada en linea|publicado online|"
        "publicada online|conferencia de prensa|periodistas|"
        "en contacto permanente|en contacto constante|contacto permanente|discurso|"
        "comparecencia|declaraciones a la prensa|a la prensa",
        "post": "en x|en twitter|en redes sociales|redes sociales|en telegram|en facebook|"
        "en instagram|publico en|tuit*",
        "staff": "portavoz|portavoces|asesor*|consejer*|enviado*|emisario*|embajador*|"
        "encargado de negocios|diplomatico|representante*|jefe de gabinete|"
        "secretario de prensa",
        "former": "ex|expresidente*|antiguo|antigua|candidat*|difunto|fallecido",
        "break": "para|a fin de|despues de|tras|antes de|desde que|aunque|pero|sin embargo|"
        "mientras|mientras que|;|donde",
        "after": "despues de|tras",
        "separate": "y con|asi como con|bilaterales|por separado|separad*|respectivamente|"
        "sucesivamente",
        "pair": "los lideres|los presidentes|los mandatarios|ambas partes|los dos|ambos|"
        "ambos lideres|los dos lideres|ambos mandatarios",
        "initiative": "iniciativa|a peticion de|a solicitud de|a instancias de",
        "behalf": "en nombre de|de parte de",
        "from": "de parte de",
        "to": "a|al",
        "ordinal": "segunda:2|segundo:2|tercera:3|tercer:3|tercero:3",
        "recent": "ultimos|ultimas|pasados|en",
        "today": "hoy|esta manana|esta tarde|esta noche|en la jornada de hoy",
        "yesterday": "ayer|anoche|ayer por la tarde|ayer por la noche|ayer por la manana|"
        "la noche pasada|la pasada noche",
        "daybefore": "anteayer|antier|antes de ayer",
        "lastweek": "la semana pasada|la pasada semana|semana pasada",
        "thisweek": "esta semana",
        "lastmonth": "el mes pasado|el pasado mes",
        "last": "pasado|pasada|ultimo",
        "next": "proximo|proxima|que viene",
        "early": "principios de|a principios de|inicios de|comienzos de",
        "mid": "mediados de|a mediados de",
        "late": "finales de|a finales de|fines de",
        "ago": "hace",
        "dayunit": "dia|dias",
        "weekunit": "semana|semanas",
        "more": "mas de|menos de|al menos|por lo menos",
        "approx": "unos|unas|cerca de|alrededor de|aproximadamente|casi",
        "hour": "hora|horas",
        "minute": "minuto|minutos|min",
        "half": "media",
        "numbers": "una:1|un:1|uno:1|dos:2|tres:3|cuatro:4|cinco:5|seis:6|siete:7|ocho:8|"
        "nueve:9|diez:10|quince:15|veinte:20|treinta:30|cuarenta:40|cincuenta:50|"
        "noventa:90",
        "weekdays": "lunes:0|martes:1|miercoles:2|jueves:3|viernes:4|sabado:5|domingo:6",
        "months": "enero:1|febrero:2|marzo:3|abril:4|mayo:5|junio:6|julio:7|agosto:8|"
        "septiembre:9|setiembre:9|octubre:10|noviembre:11|diciembre:12",
        "year_prep": "en|desde|de",
        "roles": "rey:king|reina:king|monarca:king|emir:king|presidente:head_of_state|"
        "presidenta:head_of_state|presidentes:head_of_state|jefe de estado:head_of_state|"
        "jefa de estado:head_of_state|presidente del gobierno:head_of_government|"
        "presidenta del gobierno:head_of_government|jefe del gobierno:head_of_government|"
        "jefa del gobierno:head_of_government|jefe del ejecutivo:head_of_government|"
        "primer ministro:head_of_government|primera ministra:head_of_government|"
        "canciller:chancellor|cancilleres:foreign_minister|premier:head_of_government|"
        "lider:leader|lideres:leaders|"
        "mandatario:leader|mandataria:leader|mandatarios:leaders|jefe:leader|"
        "papa:pope|pontifice:pope|santo padre:pope|"
        "ministro de asuntos exteriores:foreign_minister|"
        "ministra de asuntos exteriores:foreign_minister|"
        "ministro de exteriores:foreign_minister|ministra de exteriores:foreign_minister|"
        "ministro de relaciones exteriores:foreign_minister|"
        "ministra de relaciones exteriores:foreign_minister|"
        "jefe de la diplomacia:foreign_minister|jefa de la diplomacia:foreign_minister|"
        "alto representante:foreign_minister|alta representante:foreign_minister|"
        "secretario de estado:secretary_of_state|secretario general:secretary_general|"
        "secretaria general:secretary_general|vicepresident*:vice_president|"
        "ministro:minister|ministra:minister|ministros:minister",
        "counterpart": "homolog*|colega|colegas",
        "purpose": "para|a fin de",
        "neg_det": "ningun|ninguna|ninguno",
        "receive": "recibio|recibido|recibida|acogio|ha recibido|dio la bienvenida|"
        "recibieron|recibidos|recibidas|acogieron",
        "mutual": "intercambiaron|canjearon",
        # written messages in the plural, one to each of several addressees
        "messages": "mensajes|cartas|telegramas",
        "visit": "visita|visito|de visita|en visita|gira",
        "pair_weak": "ellos",
    },
    # Portuguese (Brazil and Portugal): shaped like the Spanish lexicon.
    "pt": {
        "not_leader": "oposicao|opositor*|partido|rebelde*|separatista*|religioso|espiritual|"
        "sindical*|hamas|hezbollah|taliba*|milicia*",
        "timesword": "vezes|ocasioes",
        "instead": "em vez de|no lugar de|em substituicao de",
        "represented": "representado por|representada por|representados por",
        "elect": "eleito|eleita|designado|designada",
        "temporal": "depois de|depois|antes de|mais tarde|apos|desde que|em seguida",
        "event": "cupula*|cimeira*|conferencia*|forum",
        "topic": "sobre|acerca de|em relacao a|a respeito de",
        "lastyear": "o ano passado|no ano passado",
        "thisyear": "este ano|neste ano",
        "thismonth": "este mes|neste mes|no inicio deste mes",
        "weekend": "no fim de semana|neste fim de semana|no ultimo fim de semana|"
        "durante o fim de semana",
        "private": "a sos|cara a cara|bilateral*|em formato reduzido|tete a tete",
        "venue": "cara a cara|no palacio|no planalto|na casa branca|no kremlin|a margem|as margens|"
        "pessoalmente|em pessoa|no eliseu|na sede|no salao oval|no itamaraty|em belem",
        "times": "duas vezes:2|tres vezes:3|em duas ocasioes:2|em tres ocasioes:3",
        "separate_weak": "incluindo|entre eles|depois com|e depois com|assim como|em seguida com|"
        "posteriormente com|"
        "depois falou|depois ligou|em seguida falou",
        "since": "desde",
        "rel_after": "no dia seguinte|um dia depois|o dia seguinte",
        "rel_same": "no mesmo dia|nesse mesmo dia|nesse dia|naquele dia|na mesma noite|"
        "na mesma tarde",
        "rel_before": "no dia anterior|um dia antes|na vespera|o dia anterior|na noite anterior",
        "postmodal": "na proxima semana|na semana que vem|nao aconteceu|nao houve|"
        "nao se realizou|no proximo mes|no mes que vem|na agenda|depois de amanha|"
        "nos proximos dias|cancelad*|suspens*|adiad*|previst*|programad*|marcad*|agendad*|"
        "tera lugar|sera realizad*|desmentid*|nao teve lugar|descartad*",
        "that": "que",
        "not_call": "apelo|fez um apelo|apelou|chamou de|chamou a",
        "habitual": "varias vezes|em varias ocasioes|repetidamente|regularmente|"
        "frequentemente|com frequencia|muitas vezes|quatro vezes|cinco vezes|diversas vezes|"
        "em diversas ocasioes|em reiteradas ocasioes",
        "attrib": "segundo|de acordo com|declarou|disse|afirmou|explicou|informou|anunciou|"
        "indicou|citado por|conforme|confirmou",
        "phone": "telefon*|ligacao|ligacoes|ligou|ligaram|por telefone|ao telefone|"
        "chamada telefonica|chamadas telefonicas",
        "video": "videoconferencia*|videochamada*|por video|em video|virtual*|online|"
        "chamada de video|por videoconferencia",
        # a joint press conference: the two met in person
        "meeting": "conferencia de imprensa conjunta com|coletiva de imprensa conjunta com|"
        "entrevista coletiva conjunta com|"
        "se reuniu|reuniu se|reuniram se|se reuniram|reunid*|reuniao|reunioes|"
        "encontro|encontros|se encontrou|encontrou se|se encontraram|encontraram se|"
        "recebeu|recebido|recebida|acolheu|deu as boas vindas|jantar|almoco|"
        "receberam|recebidos|recebidas|acolheram|"
        "audiencia|cara a cara|se viram|nos vimos|reunir se|esteve com|estiveram juntos|"
        # told in the first person, in a quote: "Reuni-me com …", "Estive reunido com …"
        "reuni me|me reuni|reunimo nos|nos reunimos|encontrei me|me encontrei|recebi|recebemos",
        # condolences: a message, unless told of a call or meeting ("expressed his
        # condolences during the talks")
        "condolence": "condolencias|pesames",
        "message": "carta|cartas|mensagem|mensagens|telegrama*|missiva|escreveu",
        "generic": "falou|falaram|falado|conversou|conversaram|conversa|conversas|conversamos|"
        "conversado|dialogo|dialogaram|discutiu|discutiram|abordaram|abordou|trataram|"
        "durou|se estendeu|estendeu se|consultas|troca de opinioes|debateram",
        "participate": "participou|representad* por|participaram|tomou parte|participante*|"
        "entre os|juntou se|se juntou|se conectou|junto com|juntamente com|"
        "acompanhado de|acompanhada de|acompanhado por|acompanhada por|na presenca de|"
        "estiveram presentes|esteve presente|assistiram|se juntaram|juntaram se",
        "caller": "ligou|telefonou|ligou para|telefonou para",
        # an adjective of the future right before the contact noun: "futuros encuentros"
        "premodal": "futuro|futuros|futura|futuras|proximo|proxima|proximos|proximas|"
        "eventual*|possive*",
        "modal": "esta ansioso por|ansioso por|"
        # a journey told in the present: a plan ("travels to Lisbon on Thursday for …")
        "desloca se|deslocam se|viaja para|viaja a|viajam para|recebe|recebem|"
        "sem sucesso|em vao|mensagem de voz|mensagens de voz|"
        "possibilidade|"
        "acordaram|especulac*|tal|possivel|possiveis|eventual*|proposta de|propos|"
        "propoe|planeja|planejam|planejado|previsto|prevista|previstos|previstas|preve|"
        "espera|esperam|esperado|esperada|pretende|pretendem|tem previsto|intencao|"
        "cancel*|suspend*|adiad*|adiou|adiar|recus*|rejeit*|desment*|nega|negou|negado|"
        "proxim*|poderia|poderiam|podera|poderao|quer|querem|gostaria|convid*|"
        "disposto a|disposta a|preparado para|aberto a|vai|vao|devera|deverao|deveria|"
        "deveriam|programad*|pendente|combinaram|combinou|marcad*|agendad*",
        "neg": "nao|nunca|jamais|sem|nem",
        "block": "entrevista|entrevistas|coletiva de imprensa|"
        # a text put online is no video link
        "publicado online|publicada online|divulgado online|divulgada online|entrevista coletiva|"
        "conferencia de imprensa|jornalistas|em contato permanente|em contato constante|"
        "contato permanente|discurso|declaracoes a imprensa",
        "post": "no x|no twitter|nas redes sociais|redes sociais|no telegram|no facebook|"
        "no instagram|publicou em|tuit*|postou",
        "staff": "porta voz|porta vozes|assessor*|conselheir*|enviado*|emissario*|"
        "embaixador*|encarregado de negocios|diplomata|representante*|chefe de gabinete|"
        "secretario de imprensa|secretaria de imprensa",
        "former": "ex|antigo|antiga|candidat*|falecido|falecida",
        # "ligou para Macron" is whom he called: only "para" before a verb is a purpose
        "break": "para que|a fim de|para discutir|para tratar|para debater|para pedir|"
        "para felicitar|para agradecer|para negociar|para avaliar|para reforcar|"
        "depois de|apos|antes de|desde que|embora|mas|porem|no entanto|enquanto|;|onde",
        "after": "depois de|apos",
        "separate": "e com|assim como com|bilaterais|separadamente|em separado|"
        "respectivamente|sucessivamente",
        "pair": "os lideres|os presidentes|os mandatarios|ambas as partes|os dois|ambos|"
        "os dois lideres|os dois presidentes|os dois chefes de estado|os chefes de estado",
        "initiative": "iniciativa|a pedido de|a solicitacao de|por iniciativa de",
        "behalf": "em nome de|da parte de",
        "from": "da parte de|partiu de",
        "to": "a|ao|para",
        "ordinal": "segunda:2|segundo:2|terceira:3|terceiro:3",
        "recent": "ultimos|ultimas|passados|em",
        "today": "hoje|esta manha|nesta manha|esta tarde|nesta tarde|esta noite|nesta noite|"
        "na manha de hoje|na tarde de hoje",
        "yesterday": "ontem|ontem a noite|ontem a tarde|ontem de manha|na noite passada|"
        "na noite de ontem",
        "daybefore": "anteontem",
        "lastweek": "a semana passada|na semana passada|semana passada",
        "thisweek": "esta semana|nesta semana",
        "lastmonth": "o mes passado|no mes passado|mes passado",
        "last": "passado|passada|ultimo|ultima",
        "next": "proximo|proxima|que vem",
        "early": "inicio de|no inicio de|comeco de|no comeco de|principios de",
        "mid": "meados de|em meados de",
        "late": "final de|no final de|fim de|no fim de|finais de",
        "ago": "ha|atras",
        "dayunit": "dia|dias",
        "weekunit": "semana|semanas",
        "more": "mais de|menos de|pelo menos|ao menos",
        "approx": "cerca de|aproximadamente|quase|uns|umas|por volta de|em torno de",
        "hour": "hora|horas",
        "minute": "minuto|minutos|min",
        "half": "meia",
        "numbers": "um:1|uma:1|dois:2|duas:2|tres:3|quatro:4|cinco:5|seis:6|sete:7|oito:8|"
        "nove:9|dez:10|quinze:15|vinte:20|trinta:30|quarenta:40|cinquenta:50|noventa:90",
        "weekdays": "segunda feira:0|terca feira:1|quarta feira:2|quinta feira:3|"
        "sexta feira:4|sabado:5|domingo:6",
        "months": "janeiro:1|fevereiro:2|marco:3|abril:4|maio:5|junho:6|julho:7|agosto:8|"
        "setembro:9|outubro:10|novembro:11|dezembro:12",
        "year_prep": "em|desde|de",
        "roles": "rei:king|rainha:king|monarca:king|emir:king|presidente:head_of_state|"
        "presidenta:head_of_state|presidentes:head_of_state|chefe de estado:head_of_state|"
        "chefe do estado:head_of_state|presidente da republica:head_of_state|"
        "primeiro ministro:head_of_government|primeira ministra:head_of_government|"
        "chefe de governo:head_of_government|chefe do governo:head_of_government|"
        "premie:head_of_government|premier:head_of_government|"
        "lider:leader|lideres:leaders|mandatario:leader|mandatarios:leaders|chefe:leader|"
        "papa:pope|pontifice:pope|santo padre:pope|"
        "ministro dos negocios estrangeiros:foreign_minister|"
        "ministra dos negocios estrangeiros:foreign_minister|"
        "ministro das relacoes exteriores:foreign_minister|"
        "ministra das relacoes exteriores:foreign_minister|"
        "chefe da diplomacia:foreign_minister|chanceler:foreign_minister|"
        "alto representante:foreign_minister|alta representante:foreign_minister|"
        "secretario de estado:secretary_of_state|secretario geral:secretary_general|"
        "secretaria geral:secretary_general|vice presidente*:vice_president|"
        "ministro:minister|ministra:minister|ministros:minister",
        "counterpart": "homolog*|colega",
        "purpose": "para que|a fim de|para discutir|para tratar|para debater|para pedir|"
        "para felicitar|para agradecer|para negociar|para avaliar|para reforcar",
        "neg_det": "nenhum|nenhuma",
        "receive": "recebeu|recebido|recebida|acolheu|deu as boas vindas|"
        "receberam|recebidos|recebidas|acolheram",
        "mutual": "trocaram",
        # written messages in the plural, one to each of several addressees
        "messages": "mensagens|cartas|telegramas",
        "visit": "visita|visitou|de visita|em visita|viagem",
        "pronoun": "ele|ela",
        "pair_weak": "eles",
    },
}

# Cues found reading wire copy, added to each language's own: "anchor" opens a phrase that
# places a contact in time by another ("la finalul întâlnirii cu", "on the way to the
# meeting with"); "modal" adds promises, which are plans.
_WIRE: dict[str, dict[str, str]] = {
    "en": {
        "habitual": "constantly|daily|almost daily|nearly daily|every day|once a day|weekly|"
        "every week|once a week|on a regular basis",
        "recap": "in the talks|during the talks|in their talks|during their talks|at the talks",
        "earlier": "had met|had spoken|had talked|had held|had last|previously|last met|last spoke",
        "anchor_after": "after|following|at the end of|at the close of|in the wake of",
        "won": "when i won|when he won|when she won|when we won|after i won|"
        "after winning the election|after he won the election|after she won the election",
        "attrib": "announced|reported|said in a statement",
        "since_office": "since taking office|since he took office|since she took office|"
        "since assuming office|since coming to power|since taking up",
        "roles": "commissioner:commissioner|commissioners:commissioner|"
        "european commissioner:commissioner|eu commissioner:commissioner|"
        "president of the republic:head_of_state",
        "separate": "telephone calls|phone calls|calls from|calls with|calls to|placed calls|"
        "made calls|letters to|messages to|each of whom|each of them|"
        "a series of meetings|a series of talks|a round of meetings",
        "background": "set in|set during|set at|agreed in|agreed during|agreed at|"
        "agreed upon in|agreed upon during|reached in|reached during|reached at|made in|"
        "made during|given in|given during|outlined in|outlined during|decided in|"
        "decided during|decided at|achieved in|achieved during|struck in|struck during|"
        "expressed in|expressed during|taken in|taken during|taken at",
        "anchor": "on the way to|on his way to|on her way to|on their way to|en route to|"
        "at the end of|at the close of|after|following|before|during|ahead of|"
        "on the sidelines of|on the margins of|in the wake of",
        "modal": "was to|were to|was supposed to|were supposed to|was due to|were due to|due to|"
        "pledged to|pledges to|promised to|promises to|vowed to|vows to|"
        "committed to|undertook to|arranged a|arranged to|set up a|"
        "schedule includes|agenda includes|itinerary includes|programme includes|"
        "program includes|visit includes|gave up|pulled out of|withdrew from",
    },
    "ro": {
        "recap": "in cadrul convorbirii|in timpul convorbirii|in cadrul discutiei|"
        "in timpul discutiei|in cadrul discutiilor|in timpul discutiilor|"
        "in cadrul convorbirilor",
        "earlier": "se intalnisera|se intalnise|vorbisera|vorbise|discutasera|discutase|avusesera|"
        "avusese|anterior|ultima data",
        "anchor_after": "dupa|la finalul|la sfarsitul|la incheierea|in urma|la capatul",
        "won": "cand am castigat|cand a castigat|dupa ce am castigat|dupa ce a castigat alegerile|"
        "cand am castigat alegerile|cand a castigat alegerile",
        "since_office": "de la preluarea mandatului|de la preluarea functiei|de la investire",
        # "ministrul de externe de la Chișinău": the capital for its government ("from" in
        # other languages is as often a journey's start)
        "from_capital": "de la",
        "roles": "vicepresedint*:vice_president|comisar:commissioner|comisarul:commissioner|"
        "comisara:commissioner|comisarului:commissioner|comisarul european:commissioner|"
        "comisara europeana:commissioner|comisarii:commissioner",
        "separate": "convorbiri telefonice|apeluri telefonice|convorbiri separate|"
        "fiecare dintre ei|"
        "o serie de intrevederi|o serie de intalniri|o serie de discutii|"
        "mai multe intrevederi|mai multe intalniri",
        "background": "stabilit* in|stabilit* la|stabilit* cu ocazia|convenit* in|convenit* la|"
        "agreat* in|agreat* la|decis* in|decis* la|obtinut* in|obtinut* la|asumat* in|"
        "asumat* la|trasat* in|trasat* la|exprimat* in|luat* in|luat* la|fixat* in|fixat* la",
        "anchor": "in drum spre|in drum catre|la finalul|la sfarsitul|la incheierea|dupa|"
        "inainte de|inaintea|in timpul|in marja|in urma|la capatul",
        "modal": "urma sa|urmau sa|trebuia sa|trebuiau sa|"
        "s a angajat sa|s au angajat sa|a promis sa|au promis sa|a promis ca|"
        "si a luat angajamentul|si au luat angajamentul|au stabilit o|a stabilit o|au stabilit un|"
        "a stabilit un|au fixat o|a fixat o|au fixat un|a fixat un",
    },
    "fr": {
        "habitual": "constamment|en permanence|quotidiennement|tous les jours|chaque jour|"
        "une fois par jour|chaque semaine|toutes les semaines",
        "block": "restent en contact|reste en contact|restons en contact|maintiennent le contact|"
        "maintient le contact|maintiennent des contacts|garder le contact|"
        "gardent le contact",
        "recap": "lors de l entretien|au cours de l entretien|durant l entretien|"
        "pendant l entretien|lors de leur entretien|au cours de leur entretien|"
        "lors de cet entretien|au cours de cet entretien|lors des entretiens|"
        "au cours des entretiens|lors des pourparlers|au cours des pourparlers|"
        "lors des discussions|au cours des discussions",
        "earlier": "s etaient rencontres|s etaient entretenus|auparavant|precedemment|"
        "la derniere fois",
        "anchor_after": "apres|a l issue de|a la fin de|au terme de",
        "won": "quand j ai gagne|quand il a gagne|quand elle a gagne|lorsque j ai gagne|"
        "lorsqu il a gagne|apres avoir gagne l election|apres avoir remporte l election",
        "attrib": "a annonce|a fait savoir|a rapporte|annonce",
        "since_office": "depuis sa prise de fonctions|depuis son entree en fonctions|"
        "depuis son investiture",
        "roles": "commissaire:commissioner|commissaire europeen:commissioner|"
        "commissaire europeenne:commissioner|president de la republique:head_of_state|"
        "presidente de la republique:head_of_state",
        "separate": "appels telephoniques|entretiens telephoniques|chacun d eux|"
        "une serie d entretiens|une serie de rencontres|plusieurs entretiens",
        "background": "fixe* lors|fixe* pendant|fixe* au cours|convenu* lors|convenu* pendant|"
        "convenu* au cours|decide* lors|decide* au cours|conclu* lors|conclu* au cours|"
        "obtenu* lors|obtenu* au cours|pris* lors|pris* au cours|exprime* lors|"
        "trace* lors|trace* au cours",
        "anchor": "en route pour|en route vers|a l issue de|a la fin de|au terme de|apres|"
        "avant|lors de|pendant|en marge de|a la veille de",
        "modal": "devait|devaient|doit|doivent|"
        "s est engage a|s est engagee a|se sont engages a|a promis de|ont promis de|"
        "ont fixe un|ont fixe une|a fixe un|a fixe une",
    },
    "de": {
        "habitual": "standig|fortlaufend|taglich|jeden tag|einmal am tag|wochentlich|jede woche",
        "block": "bleiben in kontakt|bleibt in kontakt|in kontakt bleiben|stehen in kontakt|"
        "steht in kontakt|halten kontakt|halt kontakt",
        "recap": "im gesprach|in dem gesprach|bei dem gesprach|wahrend des gesprachs|"
        "in der unterredung|bei der unterredung|wahrend der unterredung|in den gesprachen|"
        "bei den gesprachen",
        "earlier": "zuvor|hatten sich getroffen|hatten telefoniert|zuletzt",
        "anchor_after": "nach|am ende|im anschluss an",
        "won": "als ich gewonnen habe|als ich gewann|als er gewann|als sie gewann|"
        "nachdem er die wahl gewonnen",
        "attrib": "teilte|gab bekannt|hiess es",
        "since_office": "seit seinem amtsantritt|seit ihrem amtsantritt",
        "roles": "eu kommissar*:commissioner|kommissar:commissioner|kommissarin:commissioner",
        "separate": "telefonate|telefongesprache|jeweils|"
        "eine reihe von gesprachen|mehrere gesprache",
        "background": "vereinbart* bei|vereinbart* beim|vereinbart* in|vereinbart* im|"
        "beschlossen* beim|beschlossen* im|erzielt* beim|erzielt* im|getroffen* beim",
        "anchor": "auf dem weg zu|auf dem weg zum|auf dem weg zur|am ende|nach|vor|wahrend|"
        "am rande|im anschluss an",
        "modal": "sollte|sollten|versprach|versprochen|zugesagt|sagte zu|sicherte zu",
    },
    "it": {
        "habitual": "costantemente|quotidianamente|ogni giorno|tutti i giorni|una volta al giorno|"
        "ogni settimana",
        "block": "restano in contatto|rimangono in contatto|resta in contatto|"
        "mantengono i contatti|mantengono contatti|mantenere i contatti",
        "recap": "nel colloquio|durante il colloquio|nel corso del colloquio|nei colloqui|"
        "durante i colloqui|nel corso dei colloqui",
        "earlier": "in precedenza|l ultima volta|si erano incontrati|si erano sentiti",
        "anchor_after": "dopo|al termine di|al termine del|al termine della|al termine dell|"
        "alla fine di|alla fine del|alla fine della|alla fine dell",
        "won": "quando ho vinto|quando ha vinto|dopo aver vinto le elezioni",
        "since_office": "dal suo insediamento|da quando si e insediato|da quando si e insediata",
        "roles": "commissario:commissioner|commissaria:commissioner|"
        "commissario europeo:commissioner|commissaria europea:commissioner|"
        "presidente della repubblica:head_of_state",
        "separate": "telefonate|colloqui telefonici|ciascuno di loro|"
        "una serie di incontri|una serie di colloqui|diversi incontri",
        "background": "fissat* durante|fissat* nel|fissat* nella|fissat* nell|concordat* durante|"
        "concordat* nel|concordat* nella|concordat* nell|raggiunt* durante|raggiunt* nel|"
        "raggiunt* nella|raggiunt* nell|stabilit* durante|stabilit* nel|stabilit* nella|"
        "stabilit* nell|decis* durante|decis* nel|decis* nella|pres* durante",
        "anchor": "in viaggio verso|al termine di|al termine del|al termine della|alla fine di|"
        "alla fine del|alla fine della|alla fine dell|al termine dell|dopo|prima di|prima del|"
        "prima della|prima dell|durante|a margine",
        "modal": "doveva|dovevano|deve|devono|"
        "si e impegnato a|si e impegnata a|ha promesso di|hanno promesso di",
    },
    "es": {
        "dayword": "el dia|el pasado dia|del dia|el proximo dia|dia",
        "habitual": "constantemente|a diario|diariamente|todos los dias|cada dia|una vez al dia|"
        "cada semana|todas las semanas",
        "block": "mantienen contacto|mantienen el contacto|mantiene contacto|mantiene el contacto|"
        "siguen en contacto|mantener el contacto",
        "recap": "en la conversacion|durante la conversacion|en las conversaciones|"
        "durante las conversaciones",
        "earlier": "anteriormente|previamente|la ultima vez|se habian reunido",
        "anchor_after": "tras|despues de|al final de|al termino de",
        "won": "cuando gane|cuando gano|despues de ganar las elecciones|tras ganar las elecciones",
        "since_office": "desde que asumio el cargo|desde su llegada al poder|desde su investidura",
        "roles": "comisario:commissioner|comisaria:commissioner|"
        "comisario europeo:commissioner|comisaria europea:commissioner|"
        "presidente de la republica:head_of_state",
        "separate": "llamadas telefonicas|conversaciones telefonicas|cada uno de ellos|"
        "una serie de reuniones|varias reuniones|una ronda de reuniones",
        "background": "fijad* en|fijad* durante|acordad* en|acordad* durante|alcanzad* en|"
        "alcanzad* durante|establecid* en|establecid* durante|decidid* en|decidid* durante|"
        "tomad* en|tomad* durante|pactad* en|pactad* durante|trazad* en|trazad* durante",
        "anchor": "de camino a|camino a|camino de|al final de|al termino de|tras|despues de|"
        "antes de|durante|al margen de",
        "modal": "debia|debian|debe|deben|iba a|iban a|"
        "se comprometio a|prometio|ha prometido|prometieron",
    },
    "pt": {
        "dayword": "no dia|do dia|no ultimo dia|no proximo dia|ultimo dia|dia",
        "habitual": "constantemente|diariamente|todos os dias|cada dia|uma vez por dia|toda semana|"
        "todas as semanas",
        "block": "mantem contato|mantem contatos|mantem o contato|seguem em contato|manter contato|"
        "manter o contato",
        "recap": "na conversa|durante a conversa|nas conversas|durante as conversas",
        "earlier": "anteriormente|previamente|a ultima vez|haviam se reunido|tinham se reunido|"
        "haviam conversado|tinham conversado",
        "anchor_after": "apos|depois de|depois do|depois da|ao final de|ao final do|"
        "ao final da|ao fim de",
        "won": "quando ganhei|quando venceu|quando ganhou|depois de vencer as eleicoes|"
        "apos vencer as eleicoes",
        "since_office": "desde que assumiu o cargo|desde a posse|desde sua posse|"
        "desde a sua posse",
        "roles": "comissario:commissioner|comissaria:commissioner|"
        "comissario europeu:commissioner|comissaria europeia:commissioner",
        "separate": "telefonemas|ligacoes telefonicas|conversas telefonicas|cada um deles|"
        "uma serie de reunioes|varias reunioes|uma rodada de reunioes",
        "background": "fixad* em|fixad* durante|acordad* em|acordad* durante|alcancad* em|"
        "alcancad* durante|estabelecid* em|estabelecid* durante|decidid* em|decidid* durante|"
        "tomad* em|tomad* durante|pactuad* em|pactuad* durante",
        "anchor": "a caminho de|a caminho do|a caminho da|ao final de|ao final do|ao final da|"
        "apos|depois de|depois do|depois da|antes de|antes do|antes da|durante|a margem de|"
        "a margem do|a margem da",
        "modal": "devia|deviam|deve|devem|se comprometeu a|prometeu|prometeram",
    },
    "ru": {
        "habitual": "постоянно|ежедневно|каждый день|раз в день|еженедельно|каждую неделю",
        "block": "поддерживают связь|поддерживает связь|поддерживали связь|поддерживать связь|"
        "поддерживают контакт*|поддерживает контакт*|поддерживали контакт*|"
        "поддерживать контакт*",
        "recap": "в ходе переговоров|на переговорах|во время переговоров|в ходе беседы|"
        "в ходе разговора",
        "earlier": "ранее|в последний раз",
        "anchor_after": "после|по итогам|в конце",
        "won": "когда я победил|когда он победил|когда я выиграл|когда он выиграл|"
        "после победы на выборах",
        "since_office": "с момента вступления в должность|после вступления в должность",
        # "глава российской дипломатии": the country's foreign minister, not its head
        "roles": "глав* дипломатии:foreign_minister|глав* российск* дипломатии:foreign_minister|"
        "глав* американск* дипломатии:foreign_minister|"
        "глав* украинск* дипломатии:foreign_minister|"
        "глав* французск* дипломатии:foreign_minister|"
        "глав* германск* дипломатии:foreign_minister|"
        "глав* немецк* дипломатии:foreign_minister|"
        "глав* британск* дипломатии:foreign_minister|"
        "глав* китайск* дипломатии:foreign_minister|"
        "глав* турецк* дипломатии:foreign_minister|"
        "глав* итальянск* дипломатии:foreign_minister|"
        "глав* израильск* дипломатии:foreign_minister|"
        "глав* иранск* дипломатии:foreign_minister|"
        "глав* японск* дипломатии:foreign_minister|"
        "глав* индийск* дипломатии:foreign_minister|"
        "глав* польск* дипломатии:foreign_minister|"
        "глав* белорусск* дипломатии:foreign_minister|"
        "глав* венгерск* дипломатии:foreign_minister|"
        "глав* румынск* дипломатии:foreign_minister|"
        "глав* испанск* дипломатии:foreign_minister|"
        "глав* бразильск* дипломатии:foreign_minister|"
        "еврокомиссар*:commissioner|европейск* комиссар*:commissioner|"
        "комиссар*:commissioner",
        "separate": "телефонные разговоры|телефонных разговоров|телефонные переговоры|"
        "каждый из них|"
        "ряд встреч|серию встреч|серия встреч",
        "background": "поставленн* в ходе|поставленн* во время|поставленн* на|достигнут* в ходе|"
        "достигнут* во время|достигнут* на|согласованн* в ходе|согласованн* во время|"
        "озвученн* в ходе|озвученн* во время|принят* в ходе|принят* во время",
        "anchor": "по пути на|по пути в|по дороге на|по дороге в|по итогам|после|перед|"
        "во время|в ходе|на полях|в конце",
        "modal": "должны|должен|должна|должно|предстоит|"
        "пообещал|пообещала|пообещали|обещал|обещала|обязался|обязалась",
    },
}
# Hours before or after the contact in focus, on its day: another contact of that day
# ("Earlier in the day Pompeo and Lavrov met", "horas antes"), never more about the one in focus.
_APART: dict[str, str] = {
    "en": "earlier in the day|later in the day|earlier that day|later that day|hours earlier|"
    "hours later|a few hours earlier|a few hours later|earlier on the same day|"
    "later that same day|earlier that same day|later the same day|later on the same day",
    "ro": "mai devreme in cursul zilei|mai tarziu in cursul zilei|mai devreme in aceeasi zi|"
    "mai tarziu in aceeasi zi|cu cateva ore inainte|cu cateva ore mai devreme|"
    "cateva ore mai tarziu|cu doar cateva ore inainte|ore mai tarziu|"
    "ceva mai devreme|ceva mai tarziu|putin mai devreme|putin mai tarziu|"
    "o ora mai tarziu|o ora mai devreme|cu o ora inainte",
    "fr": "plus tot dans la journee|plus tard dans la journee|quelques heures plus tot|"
    "quelques heures plus tard|quelques heures auparavant|plus tot le meme jour",
    "de": "fruher am tag|spater am tag|einige stunden zuvor|wenige stunden zuvor|stunden zuvor|"
    "stunden spater|einige stunden spater|zuvor am selben tag",
    "it": "poche ore prima|qualche ora prima|alcune ore prima|poche ore dopo|qualche ora dopo|"
    "piu tardi nella giornata|in precedenza nella stessa giornata",
    "es": "horas antes|unas horas antes|pocas horas antes|horas despues|unas horas despues|"
    "mas temprano ese dia|mas tarde ese dia|mas temprano ese mismo dia",
    "pt": "horas antes|algumas horas antes|poucas horas antes|horas depois|"
    "algumas horas depois|mais cedo nesse dia|mais tarde nesse dia|mais cedo no mesmo dia",
    "ru": "несколькими часами ранее|часом ранее|несколько часов спустя|ранее в тот же день|"
    "позднее в тот же день|позже в тот же день|за несколько часов до этого",
}
# "since" opening a clause about an event ("since Trump was sworn in four weeks ago").
_SINCE_CLAUSE: dict[str, str] = {
    "en": "since|ever since",
    "ro": "de cand|de la momentul in care|din momentul in care",
    "fr": "depuis que|depuis qu",
    "de": "seit|seitdem",
    "it": "da quando|dal momento in cui",
    "es": "desde que",
    "pt": "desde que",
    "ru": "с тех пор как|с момента как",
}
# "Not yet": a negation that says no contact took place up to some time ("had not yet
# called him", "nu îl sunase încă"), which the contact the article tells may have ended;
# it denies none.
_NOT_YET: dict[str, str] = {
    "en": "yet|still",
    "ro": "inca|deocamdata|pana atunci|pana in acel moment",
    "fr": "encore|toujours pas|jusqu alors",
    "de": "noch|bislang|bis dahin",
    "it": "ancora|finora|fino ad allora",
    "es": "todavia|aun|hasta entonces",
    "pt": "ainda|ate entao",
    "ru": "еще|ещё|пока|до тех пор",
}
# After "N days" / "N weeks": that many before or after the contact in focus ("Two days
# earlier, …", "Cu două zile înainte, …", "Deux jours plus tard, …"). Prepositions among them
# ("before", "înainte", "avant") count only before a comma or the end.
_SPAN_DIR: dict[str, tuple[str, str]] = {
    "en": ("earlier|before|previously", "later|after|afterwards"),
    "ro": ("inainte|mai devreme|mai inainte", "mai tarziu|dupa aceea"),
    "fr": ("plus tot|auparavant|avant", "plus tard|apres"),
    "de": ("zuvor|fruher|vorher", "spater|danach|darauf"),
    "it": ("prima|addietro", "dopo|piu tardi"),
    "es": ("antes", "despues|mas tarde"),
    "pt": ("antes", "depois|mais tarde"),
    "ru": ("ранее|раньше", "позже|позднее|спустя"),
}
for _lang, (_before, _after) in _SPAN_DIR.items():
    _WIRE.setdefault(_lang, {})["span_before"] = _before
    _WIRE[_lang]["span_after"] = _after
# The deputy of an organisation's head is no head: an official of it of their own
# ("secretarul general adjunct al NATO, X", "adjunctul secretarului general", "Deputy
# Secretary General"), proposed by name, never its Secretary-General.
_DEPUTY_HEAD: dict[str, str] = {
    "en": "deputy secretary general|deputy secretary-general|deputy secretary generals",
    "ro": "secretar general adjunct|secretarul general adjunct|secretarului general adjunct|"
    "secretara generala adjuncta|adjunctul secretarului general|adjuncta secretarului general|"
    "adjunctului secretarului general",
    "fr": "secretaire general adjoint|secretaire generale adjointe|"
    "secretaire general adjointe",
    "de": "stellvertretend* generalsekretar*|vize generalsekretar*",
    "it": "vicesegretario generale|vice segretario generale|vicesegretaria generale",
    "es": "secretario general adjunto|secretaria general adjunta|vicesecretari* general",
    "pt": "secretario geral adjunto|secretaria geral adjunta|vice secretari* geral",
    "ru": "заместител* генерального секретаря|заместител* генсека|замгенсек*",
}
for _lang, _spec in _DEPUTY_HEAD.items():
    _deputies = [f"{p}:vice_president" for p in _spec.split("|")]
    _WIRE.setdefault(_lang, {})["roles"] = "|".join(
        filter(None, (_WIRE[_lang].get("roles", ""), *_deputies))
    )
# "…, în cadrul convorbirii pe care cei doi au purtat-o pe 26 iunie", "…, during their call
# on Monday": the contact that was the setting of what the sentence tells, not the plan
# ("invitația de a veni") told before the comma.
_DURING: dict[str, str] = {
    "en": "during|in the course of|on the occasion of",
    "ro": "in cadrul|in timpul|cu ocazia|pe parcursul",
    "fr": "lors de|lors d|au cours de|durant|pendant|a l occasion de",
    "de": "wahrend|im rahmen|bei",
    "it": "durante|nel corso|in occasione",
    "es": "durante|en el marco|en el curso|con ocasion de",
    "pt": "durante|no ambito|no decorrer|por ocasiao",
    "ru": "в ходе|во время",
}
# "vara trecută", "last summer": June to August of the last summer over before publication.
_LAST_SUMMER: dict[str, str] = {
    "en": "last summer",
    "ro": "vara trecuta|in vara trecuta",
    "fr": "l ete dernier",
    "de": "letzten sommer|im vergangenen sommer|vergangenen sommer",
    "it": "la scorsa estate|l estate scorsa",
    "es": "el verano pasado",
    "pt": "no verao passado|o verao passado",
    "ru": "прошлым летом",
}
# Congratulations: several leaders who congratulate one by phone each made their own call
# ("По телефону … поздравили президент Армении …, азербайджанский лидер …").
_CONGRATULATED: dict[str, str] = {
    "en": "congratulated|congratulate|congratulating|congratulates",
    "ro": "felicitat*|felicita|felicitare",
    "fr": "felicite|felicitee|felicites|feliciter|felicitait|felicitaient",
    "de": "gratuliert*|gratulieren|beglueckwuensch*",
    "it": "congratulat*|congratularsi|congratulandosi",
    "es": "felicito|felicitaron|felicitar|felicitarle|felicitarlo|felicitado",
    "pt": "felicitou|felicitaram|felicitar|parabenizou|parabenizaram|parabenizar",
    "ru": "поздравил*|поздравить",
}
# Categories kept in their own per-language tables above, added to each language's cues.
for _category, _table in (
    ("congratulated", _CONGRATULATED),
    ("since_clause", _SINCE_CLAUSE),
    ("during", _DURING),
    ("lastsummer", _LAST_SUMMER),
    ("not_yet", _NOT_YET),
):
    for _lang, _spec in _table.items():
        _WIRE.setdefault(_lang, {})[_category] = _spec
for _lang, _spec in _APART.items():
    _WIRE.setdefault(_lang, {})["apart"] = _spec
    _WIRE[_lang]["rel_same"] = "|".join(filter(None, (_WIRE[_lang].get("rel_same", ""), _spec)))
for _lang, _cats in _WIRE.items():
    for _cat, _spec in _cats.items():
        _LEX[_lang][_cat] = "|".join(filter(None, (_LEX[_lang].get(_cat, ""), _spec)))

# Ukrainian: the Russian cues (many words fold alike) and the words that differ.
_UK_EXTRA: dict[str, str] = {
    "recap": "в ході переговорів|під час переговорів|під час розмови",
    "phone": "зателефонував*|подзвонив*|дзвінок|дзвінка|дзвінку|телефонн*",
    "caller": "зателефонував|зателефонувала|подзвонив|подзвонила",
    "video": "відеоконференц*|відеозв*|у режимі відео*|віртуальн*",
    "meeting": "зустрівся|зустрілася|зустрілися|зустріч*|прийняв|прийняла|приймав|аудієнц*",
    "message": "лист|листа|листі|листом|послання|телеграму|телеграмою|звернення",
    "generic": "розмов*|поговорив*|поговорила|обговорил*|обговорив*|обговорила|говорив*|"
    "провів розмову|провела розмову|бесід*",
    "participate": "взяв участь|взяла участь|взяли участь|долучився|долучилася|приєднався|"
    "разом з|разом із",
    "modal": "планує|планують|заплановано|запланован*|очікується|має відбутися|"
    "мають відбутися|проведе|проведуть|зустрінеться|зустрінуться|зателефонує|поговорить|"
    "обговорять|відвідає|можлив*|запропонував|запрош*|готовий|готові|наступн*|завтра|"
    "хоче|якщо|може|можуть|домовилися|домовились|сподіва*|відклад*|скасова*|відмов*|"
    "спростува*",
    "postmodal": "наступного тижня|наступного місяця|найближчим часом|найближчими днями|"
    "скасован*|відкладен*|запланован*|відбудеться|не відбулася|не відбулось|не відбулися",
    "neg": "ні",
    "neg_det": "жодних|жодної|жодного",
    "attrib": "за словами|повідомив|повідомила|заявив|заявила|зазначив|зазначила|сказав|"
    "сказала|за даними",
    "staff": "речник*|прессекретар*|радник*|посла|посланець|спецпосланець|спецпредставник*|"
    "представник*|керівник офісу|керівника офісу",
    "former": "колишн*|покійн*",
    "elect": "обран*",
    "break": "щоб|після того як|після|перед тим як|відтоді як|хоча|однак|але|проте|де",
    "after": "після|після того як",
    "separate": "і з|а також з|двосторонні|двосторонніх|окремо|по черзі",
    "pair": "лідери|президенти|сторони|обидва|обидві|обох",
    "initiative": "ініціатив*|на прохання",
    "behalf": "від імені",
    "from": "від",
    "ordinal": "другий:2|друга:2|друге:2|третій:3|третя:3",
    "recent": "останні|останніх|минулі",
    "today": "сьогодні|цього ранку|сьогодні ввечері",
    "yesterday": "вчора|учора|вчора ввечері|минулої ночі",
    "daybefore": "позавчора",
    "rel_before": "напередодні|днем раніше",
    "rel_after": "наступного дня|днем пізніше",
    "rel_same": "того ж дня|того самого дня",
    "lastweek": "минулого тижня|на минулому тижні",
    "thisweek": "цього тижня",
    "lastmonth": "минулого місяця",
    "thismonth": "цього місяця",
    "lastyear": "минулого року",
    "thisyear": "цього року",
    "weekend": "на вихідних|минулими вихідними",
    "last": "минул*",
    "next": "наступн*",
    "early": "на початку|початку",
    "mid": "в середині|у середині",
    "late": "наприкінці|в кінці|у кінці",
    "ago": "тому",
    "dayunit": "день|дні|днів",
    "weekunit": "тиждень|тижні|тижнів",
    "more": "понад|більше ніж|більш ніж|менше ніж",
    "approx": "близько|приблизно|майже",
    "hour": "година|години|годину|годин",
    "minute": "хвилин*",
    "numbers": "одна:1|одну:1|дві:2|чотири:4|шість:6|сім:7|вісім:8|десять:10|двадцять:20|"
    "тридцять:30|сорок:40|півтори:1",
    "weekdays": "понеділ*:0|вівтор*:1|серед*:2|четвер*:3|п ятниц*:4|субот*:5|неділ*:6",
    "months": "січня:1|січні:1|лютого:2|лютому:2|березня:3|березні:3|квітня:4|квітні:4|"
    "травня:5|травні:5|червня:6|червні:6|липня:7|липні:7|серпня:8|серпні:8|вересня:9|"
    "вересні:9|жовтня:10|жовтні:10|листопада:11|листопаді:11|грудня:12|грудні:12",
    "year_prep": "у|році",
    "roles": "прем єр міністр*:head_of_government|прем єр*:head_of_government|"
    "глав* уряду:head_of_government|очільни* уряду:head_of_government|"
    "міністр* закордонних справ:foreign_minister|глав* мзс:foreign_minister|"
    "очільни* мзс:foreign_minister|голов* мзс:foreign_minister|"
    "верховн* представни*:foreign_minister|генеральн* секретар*:secretary_general|"
    "держсекретар*:secretary_of_state|державн* секретар*:secretary_of_state|"
    "глав* дипломатії:foreign_minister|очільни* дипломатії:foreign_minister|"
    "глав* українськ* дипломатії:foreign_minister|очільни* українськ* дипломатії:foreign_minister|"
    "глав* американськ* дипломатії:foreign_minister|"
    "очільни* американськ* дипломатії:foreign_minister|"
    "глав* російськ* дипломатії:foreign_minister|очільни* російськ* дипломатії:foreign_minister|"
    "віце президент*:vice_president|глав* держав*:head_of_state|лідер*:leader|"
    "очільни*:leader|король:king|короля:king|папа:pope|папи:pope",
    "counterpart": "колег*|візаві",
    "receive": "прийняв|прийняла|приймав",
    "mutual": "обмінялися",
    "visit": "візит*|відвідав*|відвідала",
    "pronoun": "він|вона",
    "pair_weak": "їх|їхні|вони",
    "that": "що",
    "topic": "про|щодо",
    "private": "віч на віч|тет а тет|у вузькому складі",
    "venue": "на полях|особисто",
    "separate_weak": "потім з|а потім з|після чого з",
    "habitual": "неодноразово|кілька разів|регулярно|часто",
    "block": "підтримують зв язок|підтримує зв язок|підтримували зв язок|підтримують контакт*|"
    "інтерв ю|брифінг*|прес конференц*|на зв язку|журналіст*|виступив на",
    "post": "у соцмереж*|у телеграм*|опублікува*|допис*",
    "event": "саміт*",
    "since": "відтоді|починаючи з",
    "instead": "замість",
    "timesword": "рази|разів",
}
_LEX["uk"] = {
    cat: "|".join(filter(None, (spec, _UK_EXTRA.get(cat, "")))) for cat, spec in _LEX["ru"].items()
}

# Roles whose holders the corpus lists as other officials (vice-presidents and the like).
_SINGLE_VALUE = frozenset({"ordinal", "numbers", "weekdays", "months", "roles", "times"})


@cache
def phrases(lang: str) -> PhraseSet:
    """All cue phrases of `lang` (English as a fallback) and every country word."""
    lex = _LEX.get(lang, _LEX["en"])
    items: list[tuple[str, tuple[str, object]]] = []
    for cat, spec in lex.items():
        for phrase in filter(None, (p.strip() for p in spec.split("|"))):
            if cat in _SINGLE_VALUE:
                text, _, value = phrase.rpartition(":")
                items.append((text, (cat, int(value) if value.isdigit() else value)))
            else:
                items.append((phrase, (cat, None)))
    for phrase, value in country_phrases():
        items.append((phrase, ("country", value)))
    for phrase, title in EU_BODIES.items():
        items.append((phrase, ("eu_body", title)))
    return PhraseSet(items)

