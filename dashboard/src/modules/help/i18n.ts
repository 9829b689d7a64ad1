/**
 * The pages' help ("Vad visar sidan?", "Hur räknas siffrorna?") and the glossary, merged into the app's messages
 * under `help` and `glossary` (see src/i18n/index.ts). Keep every text true to the code it describes: the page's
 * component, its GraphQL document, the API's SQL or the engine (docs/model.md). No `{`, `}`, `|` or `@` in the help
 * and term texts: vue-i18n reads them as message syntax (a test renders each one and compares).
 */
export const sv = {
  help: {
    toggle: 'Hjälp: vad sidan visar och hur siffrorna räknas',
    what: 'Vad visar sidan?',
    how: 'Hur räknas siffrorna?',
    terms: 'Begrepp i ordlistan:',
    glossaryLink: 'Hela ordlistan',
    pages: {
      overview: {
        what: [
          'Läget för skolans digitalisering i kommunen under budgetåret, jämfört med året före: nyckeltalen, vad som har förändrats, utvecklingen över åren, kommunens egna mål och det centrala stödets tjänster.',
          'Grönt betyder en förbättring och rött en försämring. Kostnader och antal enheter visas utan värdering: mer eller mindre är inte i sig bättre.',
        ],
        how: [
          'Digitaliseringens kostnad = summan av årets budgetrader för det centrala stödet och alla skolenheter. Finns utfall visas utfallet, annars prognosen, annars budgeten; kortet säger vilket.',
          'Kostnad per elev = kostnaden / antalet elever i kommunens skolenheter samma år, i hela kronor.',
          '1:1-täckning = elevdatorer i 1:1-satsningen / elever i åk 7–9 och gymnasiet.',
          'Personer per årsarbetare i stödet = (elever + lärare + skolledare) / årsarbetare i det centrala stödet.',
          'Lärare utbildade = andelen lärare som har gått de digitala kompetensmodulerna, ett medel över skolorna vägt med antalet lärare.',
          'Mål som nås = antalet par (skolenhet, mål) som når årets målvärde / antalet mätta par.',
          'Likvärdighet = medelvärdet av skolornas likvärdighetsindex, samma beräkning som på Skolor och likvärdighet och i Scenarier.',
        ],
      },
      budget: {
        what: [
          'Vad digitaliseringen kostar per år, per kostnadsslag och per ägare (det centrala stödet och varje skolenhet), budget mot utfall. Längre ned: kommunens leasade enheter, 1:1-täckningen per skolenhet och när enheterna ska bytas ut.',
          'Välj år för kostnaderna och för enheterna. Förvalt är det senaste bokslutet för kostnaderna och budgetåret för enheterna.',
        ],
        how: [
          'Budget, utfall och prognos är kommunens budgetrader, summerade per år, kostnadsslag eller ägare. Beloppen visas i tkr.',
          'Avvikelse = utfall − budget (saknas utfall: prognos − budget), i tkr och i procent av budgeten. Positiv avvikelse (röd) betyder att budgeten har överskridits.',
          'Per elev = årets belopp (utfall, annars prognos, annars budget) / antalet elever.',
          '1:1-täckning = elevdatorer i 1:1 / elever i åk 7–9 och gymnasiet. Elever per delad enhet = övriga elever / delade elevenheter.',
          'Leasingkostnad per år = antal enheter × pris per månad × 12.',
          'Utbytesvågor: en enhet ska bytas när leasingstart + utbytescykel nås. Nya avtals värde = antal enheter × dagens månadspris × avtalets längd i månader.',
        ],
      },
      support: {
        what: [
          'Det centrala stödet och dess tjänster: hur många årsarbetare, vad de kostar, hur tiden fördelas på tjänsteområdena och vilka nationella delmål arbetet tjänar.',
          'Sidan visar kapaciteten, alltså hur många timmar stödet har. Hur mycket stöd skolorna behöver, beläggningen och väntetiden räknas i Scenarier.',
        ],
        how: [
          'Årsarbetare = summan av tjänsternas tjänstgöringsgrad (1,0 = heltid).',
          'Årskostnad = summan av tjänsternas lön med PO-pålägg.',
          'Personer som stöds = elever + lärare + skolledare i kommunens skolenheter under budgetåret. Personer per årsarbetare = personer / årsarbetare.',
          'Kapacitet per tjänsteområde = Σ tjänstgöringsgrad × tjänstens andel av tiden i området × produktiva timmar per årsarbetare (ett antagande, visas på sidan).',
          'Delmålen i tabellen är de som Likvärd kopplar till varje tjänsteområde. Kopplingen avgör vilka delmål en neddragning hotar i Scenarier.',
        ],
      },
      schools: {
        what: [
          'Har skolorna likvärdiga digitala förutsättningar? Varje skolenhets likvärdighetsindex och dess fyra delar, spridningen mellan skolorna, hur den har utvecklats över åren och om indexet hänger ihop med skolornas socioekonomiska index.',
          'Välj år i listan. Skolor under tröskeln är markerade i diagrammen.',
        ],
        how: [
          'Index 0–1 per skolenhet = viktat medel av fyra delar. Vikterna och tröskeln är kommunens antaganden (förvalt lika vikter och tröskeln 0,6).',
          'Enhetstäckning = elevenheter / behovet (elever i 1:1-årskurser + övriga elever / elever per delad enhet), högst 1.',
          'Tillgång till stöd = den andel av behovet som en lokal IT-samordnare löser + resten × den andel av behovet som det centrala stödet hinner med.',
          'Kompetens = andelen personal som har gått de digitala kompetensmodulerna. Mognad = LIKA-självskattningen omräknad till 0–1.',
          'Variationskoefficient = standardavvikelse / medelvärde; Gini 0 = helt lika. Sambandet med socioekonomiskt index är Pearsons r (nära 0 = inget samband).',
        ],
      },
      school: {
        what: [
          'En skolenhets profil: elever, lärare, socioekonomiskt index, om skolan har en lokal IT-samordnare, 1:1-täckning och leasingkostnad, måluppfyllelse, nyckeltal över åren, enheter, kostnader och fakta år för år.',
        ],
        how: [
          'Elever, lärare och socioekonomiskt index är skolenhetens fakta för året, så som kommunen har lagt in eller importerat dem.',
          'Måluppfyllelse: utfallet är skolans värde på målets nyckeltal. Målet nås när värdet är minst målvärdet, eller högst målvärdet när ett lägre värde är bättre.',
          '1:1-täckning = elevdatorer i 1:1 / skolans elever i åk 7–9 och gymnasiet. Leasingkostnad per år = enheter × pris per månad × 12.',
          'Kostnaderna är budgetraderna där skolenheten är ägare: budget, utfall och avvikelse per kostnadsslag.',
        ],
      },
      scenarios: {
        what: [
          'Här prövar du ett budgetbeslut innan det fattas. Dra i hävstängerna (tjänster i det centrala stödet, budget per kostnadsslag, leasingpris och utbytescykel) och se vad förändringen gör med kostnaderna, stödets kapacitet och väntetid, lärarnas arbetsbelastning, likvärdigheten, de nationella delmålen och riskerna.',
          'Resultatet gäller det första hela året då alla förändringar gäller, jämfört med basen: samma år utan förändringar. Beräkningen sparar ingenting. Som analytiker eller högre kan du spara scenariot som ett utkast. Öppna lägger ett sparat scenario i reglagen igen. Upp till fyra scenarier kan jämföras sida vid sida.',
        ],
        how: [
          'Bruttobesparing = basens kostnad − scenariots kostnad. En tjänst som minskar sparar sin årskostnad (lön med PO-pålägg) × ändrade årsarbetare / tjänstens årsarbetare.',
          'Stödbehov per skola = (elever + lärare + skolledare) × supportärenden per 1 000 personer / 1 000 × timmar per ärende; en lokal IT-samordnare löser en del av det. Beläggning = det centrala behovet / kapaciteten i det pedagogiska IT-stödet.',
          'Väntetiden räknas i arbetstimmar med en kömodell (M/M/c, Erlang C). Vid en beläggning på 100 % eller mer växer kön utan gräns och ingen väntetid kan anges.',
          'Behov som stödet inte hinner med flyttas till en del över till lärare och skolledare. Överflyttad kostnad = deras timmar × timkostnad (månadslön × 12 × (1 + PO-pålägg) / årsarbetstid).',
          'Nettobesparing = bruttobesparing − överflyttad kostnad.',
          'Ett delmål är hotat när tjänsteområdena som tjänar det förlorar minst en viss andel av sin kapacitet (ett antagande, förvalt 10 %). Riskmatrisen placerar varje riskområde efter sannolikhet 1–5 och konsekvens 1–5.',
          '”Hur räknades detta?” visar formeln, indata och antagandena bakom en siffra.',
        ],
      },
      risks: {
        what: [
          'Risk- och konsekvensanalysen för ett sparat scenario: förslaget, var scenariot är i arbetsgången (utkast, förslag, beslutat, arkiverat), dokumenten för förtroendevalda och riskregistret med riskmatris, justeringar och åtgärder.',
          'Alla kan läsa. Analytiker lägger till egna risker och registrerar åtgärder, steg, restrisk och medverkan från arbetstagarsidan. Redaktörer (förvaltningschefen) och administratörer gör detsamma och justerar dessutom bedömningar och flyttar scenariot i arbetsgången. Ändringsloggen längst ned visar varje ändring med vem och när.',
        ],
        how: [
          'Varje riskområde får en sannolikhet 1–5 efter en siffra i scenariot, t.ex. beläggningen i stödet eller andelen skolor under likvärdighetströskeln, och en konsekvens 1–5 enligt fasta regler. Riskvärde = sannolikhet × konsekvens.',
          'Nivåer: 1–4 låg, 5–9 medel, 10–15 hög, 16–25 mycket hög.',
          'En justerad bedömning kräver en motivering på minst 10 tecken; den ursprungliga bedömningen finns kvar. Restrisken är bedömningen efter åtgärderna.',
          'När scenariot lämnar utkast fryses underlaget och antagandena, så siffrorna i ett förslag eller beslut ändras inte när data ändras senare. Ett utkast räknas alltid på aktuella data.',
          'Nettobesparingen är scenariots, för det första hela året då alla förändringar gäller.',
        ],
      },
      sensitivity: {
        what: [
          'Hur säkra är siffrorna? Sidan räknar om ett scenario med andra värden på antagandena och visar vilka antaganden som flyttar resultatet mest. Förvalt är en årsarbetare mindre i det pedagogiska IT-stödet.',
          'Välj tjänst och förändring och tryck Beräkna. Samma analys finns i Scenarier för det scenario du bygger där.',
        ],
        how: [
          'Sex nyckelresultat för det första hela året: nettobesparing, beläggning, väntetid, likvärdighetsindexets medelvärde och variationskoefficient samt samlad riskpoäng (Σ sannolikhet × konsekvens).',
          'Tornadodiagram: varje antagande sätts ensamt till sitt låga och sitt höga värde. Stapeln visar hur långt resultatet flyttas; störst effekt överst.',
          'Intervall: de högst fyra viktigaste antagandena sätts till sina ytterlägen samtidigt, i alla kombinationer. Det är ett bästa och ett sämsta fall, inte en sannolikhet. ”Slår om” betyder att nettobesparingen byter tecken, att beläggningen passerar 100 % eller att väntetiden går mellan en siffra och ingen.',
          'Brytpunkt: det värde på lärartimmar per ej mött stödtimme (eller på andelen som flyttas till personalen) där nettobesparingen blir noll.',
        ],
      },
      import: {
        what: [
          'Här läser en analytiker in kommunens egna uppgifter från CSV- eller Excel-filer: skolenheter, Skolverkets skolenhetsregister, fakta per skolenhet och år, budgetrader, enhetsbestånd, nyckeltal i Kolada-format och LIKA-självskattningar. Här finns också mallar och export av tabellerna.',
        ],
        how: [
          'Förhandsvisa först: varje rad får besked om den blir ny, ändrad, oförändrad, överhoppad eller fel (blad, rad, kolumn och orsak). Ingenting sparas förrän du trycker Importera.',
          'Importen sparar allt eller ingenting. Rader matchas på naturliga nycklar, t.ex. skolenhetskod, år och kostnadsslag, så samma fil en gång till ändrar ingenting.',
          'Filerna läses som de kommer: semikolon, komma eller tabb, decimalkomma, mellanslag mellan tusental, UTF-8 eller Windows-1252. Högst 20 MB och 200 000 rader.',
          'Det som importeras syns direkt på alla sidor och i nya beräkningar. Förslag och beslut behåller sitt frysta underlag.',
          'Varje import och varje ändrad rad loggas med vem och när.',
        ],
      },
    },
  },
  glossary: {
    nav: 'Ordlista',
    title: 'Ordlista',
    intro: 'Begreppen som Likvärd använder, i bokstavsordning. Hjälptexterna på varje sida länkar hit.',
    subGoalsLoading: 'Hämtar delmålen…',
    subGoalsTitle: 'Delmålen, så som de finns i Likvärd',
    focusArea: 'Fokusområde {code}: {title}',
    subGoalsNote: 'med strategins egna formuleringar',
    terms: {
      likvardighetsindex: {
        term: 'Likvärdighetsindex',
        text: 'Ett mått 0–1 per skolenhet på hur goda de digitala förutsättningarna är: ett viktat medel av enhetstäckning, tillgång till stöd, personalens kompetens och självskattad digital mognad (LIKA). En skola under tröskeln (kommunens antagande, förvalt 0,6) har tydligt sämre förutsättningar. Spridningen mellan skolorna mäts med variationskoefficient och Gini.',
      },
      arsarbetare: {
        term: 'Tjänst och årsarbetare',
        text: 'En tjänst är en befattning i det centrala stödet, t.ex. en IT-pedagog. Årsarbetare (på engelska FTE, full-time equivalent) anger omfattningen: 1,0 är en heltid och 0,5 en halvtid. Kapacitet och kostnad räknas per årsarbetare.',
      },
      'po-palagg': {
        term: 'PO-pålägg (personalomkostnadspålägg)',
        text: 'Arbetsgivarens kostnader utöver lönen (arbetsgivaravgifter, pension och försäkringar) i procent av lönen. Förvalt är SKR:s pålägg för kommuner, 41,53 %. Tjänsternas årskostnad och lärarnas och skolledarnas timkostnad räknas med PO-pålägg.',
      },
      'tkr-mkr': {
        term: 'tkr och Mkr',
        text: 'tkr = tusen kronor, Mkr = miljoner kronor: 2,5 Mkr = 2 500 tkr = 2 500 000 kr. Likvärd räknar i hela kronor och avrundar till tkr först när beloppet visas.',
      },
      lika: {
        term: 'LIKA',
        text: 'Ett verktyg från SKR för att skatta skolans digitala mognad inom ledning, infrastruktur, kompetens och användning (därav namnet). Medelvärdet av de fyra områdena, omräknat till 0–1, är delen mognad i likvärdighetsindexet.',
      },
      delmal: {
        term: 'Delmål 1.1–3.2',
        text: 'Den nationella digitaliseringsstrategin för skolväsendet har tre fokusområden med nio delmål. Likvärd kopplar det centrala stödets tjänsteområden och kommunens egna mål till delmålen, och visar vilka delmål ett scenario hotar.',
      },
      'en-till-en-tackning': {
        term: '1:1-täckning',
        text: 'Andelen elever i 1:1-årskurserna (åk 7–9 och gymnasiet) som har en egen elevdator: elevdatorer i 1:1 / elever i de årskurserna.',
      },
      kapacitet: {
        term: 'Kapacitet',
        text: 'Hur många arbetstimmar det centrala stödet har per år och tjänsteområde: tjänstgöringsgrad × andel av tiden i området × produktiva timmar per årsarbetare.',
      },
      belaggning: {
        term: 'Beläggning',
        text: 'Hur stor del av kapaciteten i det pedagogiska IT-stödet som skolornas behov tar i anspråk: behov / kapacitet. Vid 100 % eller mer hinner stödet inte med och kön växer.',
      },
      vantetid: {
        term: 'Väntetid',
        text: 'Den förväntade tiden i kö innan ett supportärende börjar hanteras, i arbetstimmar, räknad med en kömodell (M/M/c, Erlang C). När beläggningen är 100 % eller mer anges ingen väntetid: kön växer utan gräns.',
      },
      'flyttad-arbetsbelastning': {
        term: 'Flyttad arbetsbelastning',
        text: 'Stödbehov som det centrala stödet inte hinner med tas till en del över av lärare och skolledare, som dessutom behöver längre tid per ärende. Andelen och tiden är antaganden. Kostnaden för deras tid är den överflyttade kostnaden.',
      },
      nettobesparing: {
        term: 'Bruttobesparing och nettobesparing',
        text: 'Bruttobesparing = basens kostnad − scenariots kostnad. Nettobesparing = bruttobesparing − överflyttad kostnad, alltså lärarnas och skolledarnas tid för arbete som stödet inte längre gör. En neddragning kan därför spara mindre än den ser ut att göra.',
      },
      riskmatris: {
        term: 'Riskmatris',
        text: 'Ett rutnät 5 × 5 där varje risk placeras efter sannolikhet (1–5) och konsekvens (1–5). Riskvärde = sannolikhet × konsekvens: 1–4 låg, 5–9 medel, 10–15 hög, 16–25 mycket hög.',
      },
      kanslighetsanalys: {
        term: 'Känslighetsanalys',
        text: 'Visar hur mycket ett resultat beror på antagandena: varje antagande för sig inom sitt rimliga intervall (tornadodiagram), de viktigaste tillsammans (intervall) och var nettobesparingen blir noll (brytpunkt).',
      },
      scenario: {
        term: 'Scenario',
        text: 'Ett tänkt beslut, beskrivet som en eller flera hävstänger, räknat för ett antal år framåt och jämfört med basen, där ingenting ändras.',
      },
      'forslag-beslut': {
        term: 'Utkast, förslag och beslut',
        text: 'Ett sparat scenario går genom arbetsgången utkast → förslag → beslutat, och kan arkiveras. Ett utkast kan ändras och räknas på aktuella data; när scenariot lämnar utkast fryses underlaget. Analytiker skapar, ändrar och arkiverar utkast; redaktörer föreslår, beslutar och arkiverar förslag och beslut.',
      },
      skolenhet: {
        term: 'Skolenhet',
        text: 'En enhet i Skolverkets skolenhetsregister, med en egen skolenhetskod och en eller flera skolformer. Likvärd redovisar elever, kostnader, enheter och likvärdighet per skolenhet.',
      },
      'socioekonomiskt-index': {
        term: 'Socioekonomiskt index',
        text: 'Ett mått på elevernas förutsättningar vid skolenheten, där 1,0 är riksgenomsnittet och ett lägre värde betyder större behov. Används för att se om likvärdighetsindexet hänger ihop med elevernas bakgrund.',
      },
      'budget-utfall-prognos': {
        term: 'Budget, utfall, prognos och avvikelse',
        text: 'Budget är det planerade beloppet, utfall det bokförda beloppet när året är stängt och prognos en bedömning för ett år som inte är stängt. Avvikelse = utfall (eller prognos) − budget.',
      },
      tjansteomrade: {
        term: 'Tjänsteområde',
        text: 'En del av det centrala stödets arbete, t.ex. pedagogiskt IT-stöd eller kompetensutveckling. Varje tjänst fördelar sin tid på tjänsteområdena, och varje tjänsteområde tjänar ett eller flera nationella delmål.',
      },
      havstang: {
        term: 'Hävstång',
        text: 'En förändring som ett scenario prövar: ändra en tjänsts omfattning, flytta tid mellan tjänsteområden, ändra budgeten för ett kostnadsslag, ändra leasingpris eller utbytescykel eller ändra målet för lärarnas utbildning.',
      },
      antagande: {
        term: 'Antagande',
        text: 'Ett värde som modellen räknar med men som inte är kommunens data, t.ex. supportärenden per 1 000 personer och år. Varje antagande har ett förval, en källa och ett rimligt intervall, och kommunen kan ändra värdet.',
      },
    },
  },
};

export const en: typeof sv = {
  help: {
    toggle: 'Help: what this page shows and how the figures are computed',
    what: 'What does the page show?',
    how: 'How are the figures computed?',
    terms: 'Terms in the glossary:',
    glossaryLink: 'The whole glossary',
    pages: {
      overview: {
        what: [
          'Where school digitalisation in the municipality stands in the budget year, compared with the year before: the key figures, what has changed, the trends over the years, the municipality’s own goals and the posts of the central support unit.',
          'Green is an improvement and red a deterioration. Costs and device counts are shown without judgement: more or less is not better in itself.',
        ],
        how: [
          'Cost of digitalisation = the sum of the year’s budget lines of the central support unit and every school unit. The outcome is shown when there is one, else the forecast, else the budget; the card says which.',
          'Cost per pupil = the cost / the number of pupils in the municipality’s school units that year, in whole kronor.',
          '1:1 coverage = pupil computers in the 1:1 programme / pupils in years 7–9 and upper secondary.',
          'People per support FTE = (pupils + teachers + school leaders) / FTE of the central support unit.',
          'Teachers trained = the share of teachers who have completed the digital-competence modules, a mean over the schools weighted by their number of teachers.',
          'Goals met = the number of (school unit, goal) pairs that reach the year’s target / the number of measured pairs.',
          'Equity = the mean of the schools’ equity index, computed as on Schools and equity and in Scenarios.',
        ],
      },
      budget: {
        what: [
          'What digitalisation costs per year, per category and per owner (the central support unit and each school unit), budget against outcome. Further down: the municipality’s leased devices, 1:1 coverage per school unit and when the devices are due for replacement.',
          'Choose the year for the costs and for the devices. The costs start at the latest closed accounts, the devices at the budget year.',
        ],
        how: [
          'Budget, outcome and forecast are the municipality’s budget lines, summed per year, category or owner. Amounts are shown in kSEK (tkr).',
          'Deviation = outcome − budget (without an outcome: forecast − budget), in kSEK and as a percentage of the budget. A positive deviation (red) means the budget was exceeded.',
          'Per pupil = the year’s amount (outcome, else forecast, else budget) / the number of pupils.',
          '1:1 coverage = 1:1 pupil computers / pupils in years 7–9 and upper secondary. Pupils per shared device = other pupils / shared pupil devices.',
          'Annual lease cost = devices × price per month × 12.',
          'Replacement waves: a device is due when lease start + replacement cycle is reached. Value of new contracts = devices × today’s monthly price × the lease term in months.',
        ],
      },
      support: {
        what: [
          'The central support unit and its posts: how many FTE, what they cost, how their time is split over the service areas and which national sub-goals the work serves.',
          'The page shows capacity: the hours the unit has. How much support the schools need, the utilisation and the waiting time are computed in Scenarios.',
        ],
        how: [
          'FTE = the sum of the posts’ FTE (1.0 = full time).',
          'Annual cost = the sum of the posts’ salaries including the employer’s on-cost (PO).',
          'People served = pupils + teachers + school leaders in the municipality’s school units in the budget year. People per FTE = people / FTE.',
          'Capacity per service area = Σ FTE × the post’s share of time in the area × productive hours per FTE (an assumption, shown on the page).',
          'The sub-goals in the table are the ones Likvärd links to each service area. The link decides which sub-goals a cut puts at risk in Scenarios.',
        ],
      },
      schools: {
        what: [
          'Do the schools have equal digital conditions? Each school unit’s equity index and its four components, the spread between the schools, how it has developed over the years and whether the index follows the schools’ socioeconomic index.',
          'Choose the year in the list. Schools below the threshold are marked in the charts.',
        ],
        how: [
          'Index 0–1 per school unit = a weighted mean of four components. The weights and the threshold are the municipality’s assumptions (by default equal weights and the threshold 0.6).',
          'Device coverage = pupil devices / the need (pupils in 1:1 years + other pupils / pupils per shared device), at most 1.',
          'Access to support = the share of the need a local IT coordinator meets + the rest × the share of the need the central unit can meet.',
          'Competence = the share of staff who have completed the digital-competence modules. Maturity = the LIKA self-assessment scaled to 0–1.',
          'Coefficient of variation = standard deviation / mean; Gini 0 = all equal. The relation to the socioeconomic index is Pearson’s r (near 0 = none).',
        ],
      },
      school: {
        what: [
          'A school unit’s profile: pupils, teachers, socioeconomic index, whether it has a local IT coordinator, 1:1 coverage and lease cost, goal achievement, indicators over the years, devices, costs and facts year by year.',
        ],
        how: [
          'Pupils, teachers and the socioeconomic index are the school unit’s facts for the year, as the municipality entered or imported them.',
          'Goal achievement: the outcome is the school’s value of the goal’s indicator. The goal is met when the value is at least the target, or at most the target when lower is better.',
          '1:1 coverage = 1:1 pupil computers / the school’s pupils in years 7–9 and upper secondary. Annual lease cost = devices × price per month × 12.',
          'The costs are the budget lines the school unit owns: budget, outcome and deviation per category.',
        ],
      },
      scenarios: {
        what: [
          'Try a budget decision before it is made. Move the levers (posts of the central support unit, budget per category, lease price and replacement cycle) and see what the change does to costs, the support unit’s capacity and waiting time, teachers’ workload, equity, the national sub-goals and the risks.',
          'The result is for the first full year in which every change applies, compared with the base: the same year without changes. Computing saves nothing. As an analyst or above you can save the scenario as a draft. Open puts a saved scenario back on the levers. Up to four scenarios can be compared side by side.',
        ],
        how: [
          'Gross saving = the base’s cost − the scenario’s cost. A post that shrinks saves its annual cost (salary including PO) × the FTE change / the post’s FTE.',
          'Support need per school = (pupils + teachers + school leaders) × support requests per 1,000 people / 1,000 × hours per request; a local IT coordinator meets part of it. Utilisation = the central need / the capacity of pedagogical IT support.',
          'The waiting time is computed in working hours with a queueing model (M/M/c, Erlang C). At a utilisation of 100 % or more the queue grows without bound and no waiting time can be given.',
          'Need the unit cannot meet moves in part to teachers and school leaders. Shifted cost = their hours × hourly cost (monthly salary × 12 × (1 + PO) / annual working hours).',
          'Net saving = gross saving − shifted cost.',
          'A sub-goal is at risk when the service areas that serve it lose at least a given share of their capacity (an assumption, 10 % by default). The risk matrix places each risk area by likelihood 1–5 and consequence 1–5.',
          '“How was this computed?” shows the formula, inputs and assumptions behind a figure.',
        ],
      },
      risks: {
        what: [
          'The risk and consequence analysis of a saved scenario: the proposal, where the scenario is in the workflow (draft, proposed, decided, archived), the documents for elected members and the risk register with its matrix, overrides and mitigations.',
          'Everyone can read. Analysts add own risks and record mitigations, steps, residual risk and participation from the employees’ side. Editors (the head of administration) and administrators do the same and also adjust ratings and move the scenario through the workflow. The change log at the bottom shows every change with who and when.',
        ],
        how: [
          'Each risk area gets a likelihood 1–5 from a figure of the scenario, such as the support unit’s utilisation or the share of schools below the equity threshold, and a consequence 1–5 by fixed rules. Risk score = likelihood × consequence.',
          'Levels: 1–4 low, 5–9 medium, 10–15 high, 16–25 very high.',
          'An adjusted rating needs a justification of at least 10 characters; the original rating is kept. The residual risk is the rating after the mitigations.',
          'When a scenario leaves draft, its base data and assumptions are frozen, so the figures of a proposal or decision do not change when data change later. A draft is always computed on current data.',
          'The net saving is the scenario’s, for the first full year in which every change applies.',
        ],
      },
      sensitivity: {
        what: [
          'How sure are the figures? The page recomputes a scenario with other values of the assumptions and shows which assumptions move the result most. By default: one FTE less of pedagogical IT support.',
          'Choose a post and a change and press Calculate. The same analysis is available in Scenarios for the scenario you build there.',
        ],
        how: [
          'Six key results of the first full year: net saving, utilisation, waiting time, the equity index’s mean and coefficient of variation, and the total risk score (Σ likelihood × consequence).',
          'Tornado chart: each assumption alone is set to its low and its high value. The bar shows how far the result moves; largest effect at the top.',
          'Ranges: the (at most) four most influential assumptions are set to their extremes together, in every combination. This is a best and a worst case, not a probability. “Flips” means the net saving changes sign, utilisation crosses 100 % or the waiting time goes between a number and none.',
          'Break-even: the value of teacher hours per unmet support hour (or of the share moved to staff) at which the net saving is zero.',
        ],
      },
      import: {
        what: [
          'Here an analyst brings in the municipality’s own data from CSV or Excel files: school units, Skolverket’s school unit register, facts per school unit and year, budget lines, device fleets, Kolada-style indicators and LIKA self-assessments. Templates and exports of the tables are here too.',
        ],
        how: [
          'Preview first: each row says whether it would be created, updated, left unchanged, skipped or is wrong (sheet, row, column and reason). Nothing is saved until you press Import.',
          'An import saves everything or nothing. Rows are matched on natural keys such as school unit code, year and category, so importing the same file again changes nothing.',
          'Files are read as they come: semicolon, comma or tab, decimal comma, spaces between thousands, UTF-8 or Windows-1252. At most 20 MB and 200,000 rows.',
          'What you import shows at once on every page and in new calculations. Proposals and decisions keep their frozen base data.',
          'Every import and every changed row is logged with who and when.',
        ],
      },
    },
  },
  glossary: {
    nav: 'Glossary',
    title: 'Glossary',
    intro: 'The terms Likvärd uses, in alphabetical order. Each page’s help links here. The Swedish term is given in brackets.',
    subGoalsLoading: 'Fetching the sub-goals…',
    subGoalsTitle: 'The sub-goals, as Likvärd holds them',
    focusArea: 'Focus area {code}: {title}',
    subGoalsNote: 'in the strategy’s own Swedish wording',
    terms: {
      likvardighetsindex: {
        term: 'Equity index (likvärdighetsindex)',
        text: 'A measure 0–1 per school unit of how good its digital conditions are: a weighted mean of device coverage, access to support, staff competence and self-assessed digital maturity (LIKA). A school below the threshold (the municipality’s assumption, 0.6 by default) has clearly poorer conditions. The spread between schools is measured by the coefficient of variation and Gini.',
      },
      arsarbetare: {
        term: 'Post and FTE (tjänst, årsarbetare)',
        text: 'A post is a position in the central support unit, e.g. an IT educator. FTE (full-time equivalent, årsarbetare) gives its extent: 1.0 is full time and 0.5 half time. Capacity and cost are computed per FTE.',
      },
      'po-palagg': {
        term: 'Employer’s on-cost (PO-pålägg)',
        text: 'The employer’s costs beyond the salary (social security contributions, pension and insurance) as a percentage of the salary. The default is SKR’s rate for municipalities, 41.53 %. The posts’ annual cost and the hourly cost of teachers and school leaders include it.',
      },
      'tkr-mkr': {
        term: 'tkr and Mkr (kSEK, MSEK)',
        text: 'tkr = thousand kronor, Mkr = million kronor: 2.5 Mkr = 2,500 tkr = 2,500,000 SEK. Likvärd computes in whole kronor and rounds to tkr only when an amount is shown.',
      },
      lika: {
        term: 'LIKA',
        text: 'SKR’s tool for a school to assess its digital maturity in leadership, infrastructure, competence and use (Swedish initials LIKA). The mean of the four areas, scaled to 0–1, is the maturity component of the equity index.',
      },
      delmal: {
        term: 'Sub-goals 1.1–3.2 (delmål)',
        text: 'The national digitalisation strategy for the school system has three focus areas with nine sub-goals. Likvärd links the central support unit’s service areas and the municipality’s own goals to the sub-goals, and shows which sub-goals a scenario puts at risk.',
      },
      'en-till-en-tackning': {
        term: '1:1 coverage (1:1-täckning)',
        text: 'The share of pupils in the 1:1 years (7–9 and upper secondary) who have a computer of their own: 1:1 pupil computers / pupils in those years.',
      },
      kapacitet: {
        term: 'Capacity (kapacitet)',
        text: 'The working hours the central support unit has per year and service area: FTE × share of time in the area × productive hours per FTE.',
      },
      belaggning: {
        term: 'Utilisation (beläggning)',
        text: 'How much of the capacity of pedagogical IT support the schools’ need takes: need / capacity. At 100 % or more the unit cannot keep up and the queue grows.',
      },
      vantetid: {
        term: 'Waiting time (väntetid)',
        text: 'The expected time in the queue before a support request is taken up, in working hours, from a queueing model (M/M/c, Erlang C). At a utilisation of 100 % or more no waiting time is given: the queue grows without bound.',
      },
      'flyttad-arbetsbelastning': {
        term: 'Shifted workload (flyttad arbetsbelastning)',
        text: 'Support need the central unit cannot meet is taken over in part by teachers and school leaders, who also need longer per request. The share and the time are assumptions. The cost of their time is the shifted cost.',
      },
      nettobesparing: {
        term: 'Gross and net saving (brutto- och nettobesparing)',
        text: 'Gross saving = the base’s cost − the scenario’s cost. Net saving = gross saving − shifted cost, the time of teachers and school leaders for work the support unit no longer does. A cut can therefore save less than it seems to.',
      },
      riskmatris: {
        term: 'Risk matrix (riskmatris)',
        text: 'A 5 × 5 grid in which each risk is placed by likelihood (1–5) and consequence (1–5). Risk score = likelihood × consequence: 1–4 low, 5–9 medium, 10–15 high, 16–25 very high.',
      },
      kanslighetsanalys: {
        term: 'Sensitivity analysis (känslighetsanalys)',
        text: 'Shows how much a result depends on the assumptions: each assumption alone within its plausible range (tornado chart), the most influential together (ranges) and where the net saving reaches zero (break-even).',
      },
      scenario: {
        term: 'Scenario',
        text: 'A possible decision, described as one or more levers, computed for a number of years ahead and compared with the base, in which nothing changes.',
      },
      'forslag-beslut': {
        term: 'Draft, proposal and decision (utkast, förslag, beslut)',
        text: 'A saved scenario moves through the workflow draft → proposed → decided, and can be archived. A draft can be changed and is computed on current data; when a scenario leaves draft its base data are frozen. Analysts create, edit and archive drafts; editors propose, decide and archive proposals and decisions.',
      },
      skolenhet: {
        term: 'School unit (skolenhet)',
        text: 'A unit in Skolverket’s school unit register, with its own school unit code and one or more school forms. Likvärd reports pupils, costs, devices and equity per school unit.',
      },
      'socioekonomiskt-index': {
        term: 'Socioeconomic index (socioekonomiskt index)',
        text: 'A measure of the pupils’ circumstances at the school unit, where 1.0 is the national average and a lower value means greater needs. Used to see whether the equity index follows the pupils’ background.',
      },
      'budget-utfall-prognos': {
        term: 'Budget, outcome, forecast and deviation',
        text: 'The budget is the planned amount, the outcome (utfall) the amount booked once the year is closed and the forecast (prognos) an estimate for a year not yet closed. Deviation = outcome (or forecast) − budget.',
      },
      tjansteomrade: {
        term: 'Service area (tjänsteområde)',
        text: 'A part of the central support unit’s work, e.g. pedagogical IT support or competence development. Each post splits its time over the service areas, and each service area serves one or more national sub-goals.',
      },
      havstang: {
        term: 'Lever (hävstång)',
        text: 'A change a scenario tries: change a post’s FTE, move time between service areas, change the budget of a category, change the lease price or replacement cycle, or change the target for teacher training.',
      },
      antagande: {
        term: 'Assumption (antagande)',
        text: 'A value the model computes with that is not the municipality’s data, e.g. support requests per 1,000 people and year. Each assumption has a default, a source and a plausible range, and the municipality can change the value.',
      },
    },
  },
};
