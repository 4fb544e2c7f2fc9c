import type { RunbookText, StepText, ToolkitText } from '../types';
import { skemaDa } from './skema';

/**
 * The toolkit's Danish text, word for word from "Giv jeres hybride arbejdsplads et servicetjek"
 * (BFA Velfærd og Offentlig administration, februar 2024, ISBN 978-87-7590-015-2).
 * The PDF's broken hyphenation is joined; every other change is marked "Mended" with its reason.
 */
// Steps 1, 3, 5 and 6 and "Før mødet" are word for word the same in all six drejebøger.
const BEFORE_THEME_MEETING = [
  'Vælg en tovholder fra arbejdsmiljøgruppen eller projektgruppen og udsend dagsorden med formål og program.',
];

const WELCOME: StepText = {
  title: 'Velkomst og målet med mødet',
  paragraphs: ['Afstem forventningerne til mødet.'],
};

const ROUND: StepText = {
  title: 'Fælles runde',
  durationLabel: 'Max to minutter pr. deltager',
  paragraphs: [
    'Hver deltager fremlægger sine refleksioner. De øvrige kan stille opklarende spørgsmål, men ingen diskussion.',
  ],
};

const PROPOSAL_ROUND: StepText = {
  title: 'Fælles runde',
  durationLabel: 'Max to minutter pr. deltager',
  paragraphs: [
    'Hver deltager beskriver kort sit forslag til forsøg. Ingen diskussion af forslagene i denne runde.',
  ],
};

const DECISION: StepText = {
  title: 'Beslutning',
  durationLabel: 'A: 30 minutter / B: 10 minutter',
  leadIn: 'I kan vælge mellem to måder at konkludere på mødet:',
  options: {
    A: 'Deltagerne taler sig frem til et forsøg, som skal sættes i gang. Her er ordet frit. Intet er besluttet, før alle har nikket til det. Skriv forsøget op med, hvem der gør hvad, og hvornår I følger op. Nogle arbejdspladser har god erfaring med at justere på deres forsøg hver 14. dag.',
    B: 'Arbejdsmiljøgruppen/projektgruppen konkluderer mødet – hvad de har hørt - og orienterer om det videre forløb, hvor gruppen tager forslagene med videre og diskuterer sig frem til det forsøg, som gruppen vurderer, har størst chance for at lykkes.',
  },
};

/** One theme's drejebog: only the title, step 2's questions and step 4's question differ between themes. */
/**
 * Step 4's question as all six drejebøger print it. Mended: the PDF drops "at" ("behovet for [at] få").
 * The toolkit asks the cohesion question in every theme; a theme's own wording is the app's `adaptation`.
 */
export const PROPOSAL_QUESTION =
  'Hvad vil du foreslå, at I kunne forsøge jer med i en kortere periode, fx i seks uger, for at imødekomme behovet for at få afdelingen eller teamet til at hænge bedre sammen?';

function themeRunbook(
  title: string,
  reflectionQuestions: readonly string[],
  adaptation?: string,
): RunbookText {
  return {
    title,
    beforeHeading: 'Før mødet',
    before: BEFORE_THEME_MEETING,
    steps: {
      welcome: WELCOME,
      reflection: {
        title: 'Individuel refleksion',
        durationLabel: '5 minutter',
        questions: reflectionQuestions,
      },
      round: ROUND,
      proposalReflection: {
        title: 'Individuel refleksion',
        durationLabel: '15 minutter',
        leadIn: 'På baggrund af dine egne og dine kollegers refleksioner:',
        questions: [PROPOSAL_QUESTION],
        ...(adaptation ? { adaptation } : {}),
      },
      proposalRound: PROPOSAL_ROUND,
      decision: DECISION,
    },
  };
}

export const toolkitDa: ToolkitText = {
  title: 'Giv jeres hybride arbejdsplads et servicetjek',
  intro: {
    readingGuideHeading: 'Læsevejledning',
    heading: 'Det er nødvendigt at forsøge sig frem',
    paragraphs: [
      'Hybridarbejde er, når man både arbejder på kontoret og andre steder - fx hjemmefra eller på farten - og derfor både arbejder sammen virtuelt og mødes fysisk.',
      'Den hybride arbejdsplads er relativt ny for mange, så det er nødvendigt at forsøge sig frem, rette til og løbende være i dialog om, hvorvidt de aktuelle aftaler, modeller og løsninger er hensigtsmæssige.',
      'Dette værktøj lægger op til en dialog om de emner, som især skaber udfordringer i forhold til den hybride arbejdsplads. Og til at komme lidt dybere i dialogen end ”en eller to hjemmearbejdsdage”. Meningen med dialogen er, at den skal lægge op til forsøg der, hvor der er behov for at justere.',
      'Værktøjet lægger op til et valg mellem to slags drøftelser, der begge kan munde ud i forsøg af kortere varighed, som tester forbedringer i arbejdsmiljøet.',
    ],
    formats: [
      'Drøftelse af et enkelt tema fx på et personalemøde eller afdelingsmøde.',
      'Et dialogmøde hvor flere temaer drøftes samtidig.',
    ],
    experimentsHeading: 'Forslag: Arbejd med forsøg',
    experiments:
      'Flere arbejdspladser har succes med afgrænsede forsøg i en kortere periode, fx seks uger. Det tidsrum passer godt til, at man kan køre forsøget i et samlet stræk uden at blive afbrudt af de almindelige ferieperioder. Efter to og fire uger kan man justere forsøget efter et stop op: Hvad har vi lært? Hvad skal vi fortsætte med? Hvad skal vi justere? Og efter seks uger beslutter arbejdspladsen, om forsøget skal gøres permanent.',
    furtherReading:
      'Future Work Lab har lavet en række forsøg og eksperimenter på arbejdspladser i finanssektoren. Læs mere på futureworklab.dk',
    factsHeading: 'Kort om værktøjet',
    facts: [
      {
        label: 'Formål',
        text: 'At bidrage til, at det hybride arbejde på jeres arbejdsplads understøtter et godt psykisk arbejdsmiljø for alle medarbejdere.',
      },
      {
        label: 'Målgruppe',
        text: 'Værktøjet kan bruges af en afdeling fx på et afdelingsmøde eller et team',
      },
      {
        label: 'Varighed',
        text: 'Hvert tema tager cirka en time at drøfte. Læs mere side 18, hvis I vil drøfte flere temaer på et dialogmøde.',
      },
      {
        label: 'Organisering',
        text: 'Forberedelse af dialogen og organiseringen af de efterfølgende eksperimenter kan fx foregå i MED eller AMO og SU – eller i en projektgruppe.',
      },
    ],
  },
  overviewHeading: 'De seks temaer kort fortalt',
  vurderingsskema: {
    heading: 'Vurderingsskema',
    question: skemaDa.question,
    purpose:
      'Dette skema kan bruges i en indledende dialog i arbejdsmiljøgruppen eller projektgruppen til at indkredse, hvad det er vigtigst for jer at få talt om i forhold til jeres hybridarbejde og hybride arbejdsplads.',
    instruction: skemaDa.instruction,
    scaleLow: skemaDa.scaleLow,
    scaleHigh: skemaDa.scaleHigh,
    readFirst: 'Læs resumeerne på foregående side først.',
    guidance: [
      'I kan bruge skemaet internt i gruppen til at forventningsafstemme, hvordan I ser på situationen – og I kan også invitere hele personalegruppen til at give deres besyv med.',
      'Brug det som støtte til at indkredse, hvor I starter – og vær opmærksom på at kigge efter sammenhænge og balancer, hvis flere temaer scorer højt.',
      'Vær nysgerrige på hinandens besvarelser – især, hvor I ser forskelligt på det.',
    ],
    oneTheme: {
      heading: 'Hvis et tema træder frem som det vigtigste',
      paragraphs: [
        'Hvis I hurtigt kan se, at et specifikt tema er vigtigst at drøfte, kan I tage det op på fx et personalemøde. Find et procesforslag beskrevet under det enkelte tema.',
      ],
    },
    severalThemes: {
      heading: 'Hvis flere temaer er meget vigtige',
      paragraphs: [
        'Hvis besvarelserne på skemaet viser, at to eller flere temaer er lige vigtige eller fx er vigtige for forskellige grupper på arbejdspladsen, kan I vælge at tage dem op samlet på et dialogmøde, som beskrevet på side 18-19. Dialogmødet er især egnet, hvis I vurderer, at temaerne hænger tæt sammen.',
      ],
    },
  },
  handleplan: {
    heading: 'Hold styr på jeres forsøg i en simpel handleplan',
    text: 'Det kan medvirke til at fastholde opmærksomheden på jeres forsøg, når I skriver dem ind i en simpel handleplan. Sørg for, at den er synlig, så alle kan følge med i, hvordan det går, og hvad der er næste skridt.',
    columns: {
      hvad: 'Hvad?',
      hvorfor: 'Hvorfor?',
      hvordan: 'Hvordan?',
      hvem: 'Hvem?',
      // Mended: the toolkit prints this header without the question mark the other five have.
      justeringer: 'Justeringer – hvornår?',
      status: 'Status?',
    },
  },
  sixWeeks: {
    heading: 'Forslag: Arbejd med forsøg',
    text: 'Flere arbejdspladser har succes med afgrænsede forsøg i en kortere periode, fx seks uger. Det tidsrum passer godt til, at man kan køre forsøget i et samlet stræk uden at blive afbrudt af de almindelige ferieperioder. Efter to og fire uger kan man justere forsøget efter et stop op: Hvad har vi lært? Hvad skal vi fortsætte med? Hvad skal vi justere? Og efter seks uger beslutter arbejdspladsen, om forsøget skal gøres permanent.',
    checkInLeadIn: 'Efter to og fire uger kan man justere forsøget efter et stop op:',
    questions: ['Hvad har vi lært?', 'Hvad skal vi fortsætte med?', 'Hvad skal vi justere?'],
    decision: 'Og efter seks uger beslutter arbejdspladsen, om forsøget skal gøres permanent.',
  },
  dialogmoede: {
    title: 'Dialogmøde med flere temaer',
    summary:
      'Hvis besvarelserne på skemaet viser, at to eller flere temaer er lige vigtige eller fx er vigtige for forskellige grupper på arbejdspladsen, kan I vælge at tage dem op samlet på et dialogmøde, som beskrevet på side 18-19. Dialogmødet er især egnet, hvis I vurderer, at temaerne hænger tæt sammen.',
  },
  themes: {
    sammenhaengskraft: {
      name: skemaDa.themes.sammenhaengskraft.name,
      title: 'Sammenhængskraft',
      keyQuestion: 'Hvad er det vigtigt, at vi er sammen om?',
      overviewKeyQuestion: skemaDa.themes.sammenhaengskraft.overviewKeyQuestion,
      summary: skemaDa.themes.sammenhaengskraft.summary,
      whatIsAtStake: {
        heading: 'Hvad er på spil i arbejdsmiljøet?',
        paragraphs: [
          'Bekymringer for sammenhængskraften eller fællesskabet fylder meget i debatter og beslutninger om hybride arbejdspladser. Og oplevelsen af fællesskab på arbejdspladsen har betydning for det psykiske arbejdsmiljø.',
        ],
      },
      sections: [
        {
          heading: 'Hvad er sammenhængskraft?',
          paragraphs: [
            'Sammenhængskraft og fællesskab er lidt luftige begreber, som kan betyde noget forskelligt fra medarbejder til medarbejder. For at opbygge tillid og en fælles kultur er det nødvendigt, at vi gør ting sammen, men det er ikke givet, at der opstår sammenhængskraft, bare fordi alle mødes på arbejdspladsen hver dag.',
            'Derfor er det vigtigt at tale sammen om, hvad der konkret skaber følelsen af sammenhæng og fællesskab på netop jeres arbejdsplads. På den måde kan I finde ud af, hvor I er ens, og hvor I er forskellige i jeres opfattelser. Og oplevelsen af fællesskab og sammenhæng på arbejdspladsen har betydning for samarbejdet, fagligheden og kvaliteten i arbejdet.',
          ],
        },
        {
          heading: 'Eksempler på sammenhængskraft:',
          items: [
            'At vi føler os som en del af en arbejdsplads',
            'At vi føler os som en del af noget større – et ’fælles vi’',
            'At vi har uformelle mødesteder, hvor vi kan vende, hvad der rører sig og de opgaver, vi løser.',
          ],
        },
      ],
      differentNeeds: {
        heading: 'Hvilken sammenhængskraft har vi brug for?',
        paragraphs: [
          'Vores måder at arbejde på kontoret kan være forskellige. Har man hele livet mødt på kontoret hver morgen, eller er man vant til at være på farten og kun sporadisk på kontoret, betragter man det, som det almindelige.',
          'Men for mange er det sociale liv på arbejdet meget vigtigt, det gælder også mange unge mennesker. Hvis I vil arbejde med jeres sammenhængskraft, er det derfor en god idé at undersøge hvilke ønsker og behov, der er på jeres arbejdsplads.',
        ],
      },
      sectionsAfterNeeds: [
        {
          heading: 'Rutiner og meningsfulde ritualer',
          paragraphs: [
            'Hvis arbejdspladsen har høj grad af fleksibilitet, er det vigtigt at have faste rutiner og rytmer, der sikrer, at medarbejderne mødes jævnligt. Det kan være tilbagevendende begivenheder, som ikke hele tiden skiftes ud med nye. Tænk fx på ritualer, som vi også kender fra familien, foreningen og hele samfundet.',
          ],
          leadIn: 'Det kan fx være:',
          items: [
            'Mandags tjek ind',
            'Opstartsmøder ved igangsætning af nye opgaver',
            'Faste fællesevalueringer, når projekter afsluttes',
            'Tour de chambre - besøg i hinandens afdelinger, eller møder/seminarer på tværs af afdelinger',
            'Fester',
          ],
        },
      ],
      signs: {
        heading: 'Tegn på, at det er relevant at diskutere',
        paragraphs: [
          'Tegnene kan fx være, at I oplever, at alle passer deres eget, at det er svært at komme til at mødes fysisk, eller at nye medarbejdere møder tomme kontorer, og det skaber problemer for den gode modtagelse og integration af nye medarbejdere.',
          'Det kan også være, at det måske giver problemer med at tiltrække nye medarbejdere',
        ],
      },
      quotes: [],
      inspiration: [],
    },
    fleksibilitet: {
      name: skemaDa.themes.fleksibilitet.name,
      title: 'Fleksibilitet',
      keyQuestion: 'Hvor meget plads skal der være til individuelle behov?',
      overviewKeyQuestion: skemaDa.themes.fleksibilitet.overviewKeyQuestion,
      summary: skemaDa.themes.fleksibilitet.summary,
      whatIsAtStake: {
        heading: 'Hvad er der på spil i arbejdsmiljøet',
        paragraphs: [
          'Fleksibilitet kan fx handle om, hvornår man arbejder, og hvor man arbejder. Fleksibilitet giver både en følelse af indflydelse på sit eget arbejde og en mulighed for at balancere arbejde og familieliv bedre. Men det kan også gøre det vanskeligere at sætte grænser mellem arbejde og privatliv. Derfor har oplevelsen af fleksibilitet også en betydning for det psykiske arbejdsmiljø.',
          // Mended: plural "medarbejdere" (the PDF has "medarbejder").
          'Der kan være stor forskel på, hvordan forskellige medarbejdere opfatter fleksibilitet og har behov for den.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Forskellige behov i afdelingen',
        paragraphs: [
          'Der er forskel på, hvad man som medarbejder vægter højst. Hvis man har mindre børn og langt til arbejde, kan det være fleksibilitet og muligheden for hjemmearbejdsdage, der tæller mest. Andre, herunder nye medarbejdere og mange unge mennesker, har ekstra behov for det faglige og sociale fællesskab på arbejdspladsen.',
        ],
      },
      signs: {
        heading: 'Tegn på, at det er relevant at diskutere',
        paragraphs: [
          'Tegnene kan fx være, at nogle medarbejdere oplever, at de har svært ved at få balancen mellem arbejdsliv og familieliv til at fungere. Eller at medarbejdere tidligere har oplevet en forbedret balance i deres måde at indrette arbejdet på, som de nu er bange for at miste.',
          'Det kan også være, at I har problemer med at fastholde medarbejdere eller rekruttere nye.',
        ],
      },
      quotes: [
        {
          heading: 'To hjemmearbejdsdage går ikke ud over fællesskabet',
          paragraphs: [
            '”Forskning viser, at hjemmearbejde cirka halvdelen af tiden ikke nødvendigvis går ud over fællesskabet, hvis man sørger for at have fælles tilstedeværelsedage.”',
          ],
          attribution: 'Lektor Peter Holdt Christensen, CBS, i BFAs podcastserie om det hybride arbejdsliv',
        },
      ],
      inspiration: [],
    },
    tilgaengelighed: {
      name: skemaDa.themes.tilgaengelighed.name,
      title: 'Tilgængelighed',
      keyQuestion: 'Hvordan sikrer vi den nødvendige koordinering?',
      overviewKeyQuestion: skemaDa.themes.tilgaengelighed.overviewKeyQuestion,
      summary: skemaDa.themes.tilgaengelighed.summary,
      whatIsAtStake: {
        heading: 'Hvad er på spil i arbejdsmiljøet?',
        paragraphs: [
          'Meget arbejde i afdelinger, teams eller grupper kræver både individuelt arbejde og fælles koordinering. Tilgængelighed er afgørende for, at I kan få hinandens input. Det kan være til stor irritation og frustration, hvis I ikke kan få fat på hinanden, når der er brug for det. Det er derfor vigtigt, at I har et klart billede af, hvornår og hvordan I kan få fat på jeres kolleger. Det er også vigtigt at koordinere, hvornår der er brug for, at I møder frem til fysiske møder.',
          // Mended: "arbejde", not "arbejder" (a slip in the PDF).
          'Det hybride arbejde er ikke i sig selv en hindring for, at I er tilgængelige for hinanden, men den fleksibilitet i arbejdstid, som ofte er en del af det hybride arbejdsliv, kan være en udfordring, som kræver ekstra koordinering. Det kan også nogle gange være nemmere at afklare et problem med en kollega, som sidder i nærheden på kontoret, end med en som arbejder på distancen.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Forskellige behov i afdelingen',
        paragraphs: [
          'Ansatte med opgaver, der kræver en høj grad af koncentration - fx sagsbehandling – kan have brug for at arbejde koncentreret i længere stræk ad gangen. For dem kan det være optimalt ikke at være tilgængelige. Nye ansatte har omvendt ofte brug for løbende at kunne afstemme deres arbejde for ikke at være overladt til sig selv. Det samme gælder ansatte med opgaver, der løbende kræver koordination og afstemning, og ansatte med opgaver, der er i en opstartsfase, hvor der er brug for mange input.',
        ],
      },
      signs: {
        heading: 'Tegn på, at det er relevant at diskutere',
        paragraphs: [
          'Tegnene kan fx være, at I oplever flaskehalse i jeres arbejdsgange, eller at det er uklart, hvornår og hvordan I kan få fat på hinanden, fx når I arbejder hjemmefra eller andre steder fra end jeres afdeling. Nye ansatte kan have ekstra behov for, at det er tydeligt, hvordan og hvornår de får kontakt til kolleger. Dette kan være særligt vigtigt i en opstartsfase af kortere eller længere varighed.',
        ],
      },
      quotes: [],
      inspiration: [
        {
          kind: 'research',
          heading: 'Forskning: Afstem forventningerne',
          paragraphs: [
            'Hollandsk forskning peger på, at det er afgørende for teams at forventningsafstemme – ikke bare omfanget af hjemmearbejde og fremmøde, men også, på hvilke dage de arbejder hhv. hjemmefra og på kontoret.',
          ],
          source: 'Fastje: The Reality of Hybrid Working From Home: The Importance of Social Context',
        },
        {
          kind: 'reading',
          heading: 'Inspiration',
          paragraphs: ['Spilleregler i vores hybride team – fra Guide til den hybride arbejdsplads'],
        },
        {
          kind: 'box',
          heading: 'Koordination er centralt ved komplekse opgaver',
          paragraphs: [
            'På mange kontorarbejdspladser arbejder teams sammen tværfagligt eller med komplekse opgaver. Det kan fx involvere borgere eller kunder. Her er det afgørende, at der er klarhed over, hvem der gør hvad hvornår – både af hensyn til borgeren eller kunden, der skal kunne forvente en god service – og for teamets medlemmer, der skal opleve forudsigelighed i opgaveløsningen for at kunne levere god kvalitet. Nogle arbejdspladser har faste tider hver dag, hvor man skal være tilgængelig.',
          ],
        },
      ],
    },
    fordybelse: {
      name: skemaDa.themes.fordybelse.name,
      title: 'Fordybelse',
      keyQuestion: 'Hvordan undgår vi at skylle arbejdsroen ud med badevandet?',
      overviewKeyQuestion: skemaDa.themes.fordybelse.overviewKeyQuestion,
      summary: skemaDa.themes.fordybelse.summary,
      whatIsAtStake: {
        heading: 'Hvad er på spil i forhold til arbejdsmiljøet?',
        paragraphs: [
          'Det kan være svært at få mulighed for at koncentrere sig om arbejdet, især når det drejer sig om vanskelige og koncentrationskrævende opgaver. Og det kan gå ud over det psykiske arbejdsmiljø.',
          'Hjemmearbejdsdage er en mulighed for at skaffe sig ro til fordybelse, men Teamsmøder, mail, chat og telefonsamtaler kan gøre hjemmearbejdsdagen lige så forstyrret, som den kan være på kontoret. Plads til fordybelse på kontoret, hjemme og andre arbejdssteder forudsætter nogle aftaler, leveregler og passende rammer.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Forskellige behov i afdelingen',
        paragraphs: [
          'Behovet for ro til fordybelse kolliderer ofte med behovet for tilgængelighed.',
          'Det kan være kunder, borgere eller kolleger, der har brug for at kunne få fat i dig som medarbejder. Måske kræver dine arbejdsopgaver, at du har meget brug for fordybelse, mens nogle af dine kolleger modsat har brug for at komme i kontakt med dig, fordi de har brug for din hjælp, dine input eller din erfaring.',
          'Mange arbejdspladser har besluttet en fast tid, hvor medarbejderne skal være tilgængelige. Andre har, som Kerteminde Kommune, et fast tidspunkt, hvor man ikke forstyrrer hinanden.',
        ],
      },
      signs: {
        heading: 'Tegn på, at det er relevant at diskutere',
        paragraphs: [
          'Tegnene kan fx være, at I ofte oplever, at hjemmearbejdsdage, som var afsat til koncentrationskrævende opgaver, bliver fyldt ud af onlinemøder og hastekommunikation på mail, chat og telefon. Det kan også være, at I har svært ved at skabe rammerne til at kunne arbejde koncentreret på kontoret. Eller at arbejdet hjemme eller på kontoret bliver forstyrret af private beskeder.',
        ],
      },
      quotes: [],
      inspiration: [
        {
          kind: 'reading',
          heading: 'Inspiration',
          paragraphs: ['Skab rum til fordybelse – BFA-podcast med Pia Hauge i serien Det hybride arbejdsliv'],
        },
        {
          kind: 'reading',
          heading: 'Inspiration',
          paragraphs: ['Fordybelsespyramiden – 7 trin, der guider jer til mere fordybelse på arbejdspladsen'],
        },
        {
          kind: 'case',
          heading: 'Fordybelsestid i Kerteminde',
          paragraphs: [
            'I Kerteminde Kommune har medarbejdere i borgerservice og i afdelingen for erhverv og arbejdsmarked siden 2019 selv kunnet planlægge deres arbejdsuge. Et forsøg, der i sommeren 2022 blev udvidet til alle medarbejdere i kommunens administration.',
            'Et af elementerne i forsøget er en såkaldt ’fordybelsestid’ fra klokken otte til klokken ti. Her er telefonen slukket, og medarbejderne må ikke forstyrre hinanden. Det skal give den enkelte medarbejder mulighed for at have fuldt fokus på arbejdet og på den måde øge effektiviteten.',
          ],
          source: 'Mandag Morgen nr. 8, 2023',
        },
      ],
    },
    tillid: {
      name: skemaDa.themes.tillid.name,
      title: 'Tillid i det hybride arbejde',
      keyQuestion: 'Er du rigtigt på arbejde, når du ikke er på kontoret?',
      overviewKeyQuestion: skemaDa.themes.tillid.overviewKeyQuestion,
      summary: skemaDa.themes.tillid.summary,
      whatIsAtStake: {
        heading: 'Hvad er på spil i forhold til arbejdsmiljøet?',
        paragraphs: [
          'I mange årtier har vi været vant til, at arbejde er et sted og ikke en aktivitet. Og stedet er fx det fælles kontor. Så arbejder vi egentlig, når vi ikke er på kontoret og synlige for alle? Den traditionelle tankegang kan stadig hænge ved og føre til, at man fra hjemmearbejdspladsen føler sig nødsaget til at kommunikere løbende alene for at vise, at man laver noget. Det er uhensigtsmæssigt både for arbejdsmiljøet og udførelsen af opgaverne.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Forskellige behov i afdelingen',
        paragraphs: [
          // Mended: infinitive "blive" after "kan" (the PDF has "bliver").
          'Lederen kan have behov for at følge med i, hvordan det går med et konkret stykke arbejde, og mange fx nye eller unge medarbejdere kan have behov for at blive kontaktet af en leder, som hører, hvordan det går. Den type kontakt kan på den anden side blive opfattet som kontrol og manglende tillid af andre, fx mere erfarne medarbejdere.',
        ],
      },
      signs: {
        heading: 'Tegn på, at det er relevant at diskutere',
        paragraphs: [
          'Tegnene kan fx være, at man føler det nødvendigt at forstærke sin kommunikation med arbejdspladsen, når man arbejder hjemmefra, for at dokumentere, at man faktisk arbejder. Og at frustrationen over ikke at kunne få fat i en kollega eller medarbejder slår over i mistanke om, at de ikke arbejder – at de bryder nogle uskrevne regler.',
        ],
      },
      quotes: [
        {
          heading: 'Tænker de andre, at jeg pjækker',
          paragraphs: [
            '”Hvis man skal fordybe sig derhjemme, så skal man måske slukke for mailen i en time eller to, slukke for telefonen, slukke for chatten, og så er man jo ikke synlig, og tænker de andre så, at man pjækker, eller at man vasker tøj, eller tager biografen.',
            'Så derfor er der nogen, der begynder at lave sådan noget ’cover-your-ass-kommunikation’, hvor man begynder at tjekke ind og maile for hele tiden for at vise, at man er synlig.”',
          ],
          attribution: 'Fordybelsesekspert Pia Hauge i BFA-podcasten Skab rum til fordybelse',
        },
        {
          heading: 'Nedlæg ikke stillekontorerne',
          paragraphs: [
            '”Før var hjemmearbejdspladsen et isoleret sted, hvor vi knap nok turde forstyrre dem, der var på hjemmearbejde. I dag er vi meget lettere tilgængelige med Teamsmøder, telefon, chat, mail og arbejde i fælles dokumenter,” siger organisationsanalytiker Eva Bjerrum.',
            'Hun ser derfor ikke en så stærk adskillelse af, hvad der kommer til at foregå hjemme og på det fælles kontor og advarer imod at erstatte stillerum på kontoret med virtuelle møderum i forventningen om, at hjemmearbejdspladsen er et stillerum.',
          ],
          // As printed: the toolkit names her inside the quote and prints only the reading tip beneath it.
          attribution: 'Læs mere på ’Det hybride arbejdsliv’',
        },
      ],
      inspiration: [],
    },
    retfaerdighed: {
      name: skemaDa.themes.retfaerdighed.name,
      title: 'Retfærdighed på den hybride arbejdsplads',
      keyQuestion: 'Hvem får adgang til hvilke goder?',
      overviewKeyQuestion: skemaDa.themes.retfaerdighed.overviewKeyQuestion,
      summary: skemaDa.themes.retfaerdighed.summary,
      whatIsAtStake: {
        heading: 'Hvad er på spil i forhold til arbejdsmiljøet?',
        paragraphs: [
          'Oplevelsen af retfærdighed har betydning for det gode psykiske arbejdsmiljø.',
          'Det kan udfordre oplevelsen af, at tingene går ordentligt til, hvis det altid er de samme, som får mulighed for fleksibilitet. Derfor kan det være en ide at kigge bredere på muligheder for fleksibilitet i arbejdet og arbejdstiden end kun mulighederne for hjemmearbejdsdage. Det kan fx være flextid eller mulighed for at arbejde fra forskellige lokationer i virksomheden eller den offentlige arbejdsplads.',
          // Mended: the PDF drops "kan".
          'Noget andet, der kan udfordre oplevelsen af retfærdighed er, hvis de spændende opgaver altid går til dem, der arbejder tæt ved ledelsen. Det kan også komme til at diskriminere dem, der oftere tager hjemmearbejdsdage eller arbejder på afstand af hovedkontoret.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Forskellige behov i afdelingen',
        paragraphs: [
          'Der kan være medarbejdergrupper eller enkelte medarbejdere, der har brug for ekstra fleksibilitet fx på grund af stor afstand til arbejdspladsen, særlige familieforhold eller andet. Hvis de får bedre betingelser end de øvrige medarbejdere, kan det blive oplevet som uretfærdigt. Men det kan også blive oplevet som uretfærdigt, hvis der netop ikke bliver taget hensyn til deres særlige behov.',
        ],
      },
      signs: {
        heading: 'Tegn på, at det er relevant at diskutere',
        paragraphs: [
          'Et tegn kan være, at der bliver snakket i krogene om, at nogle bliver tilgodeset eller forfordelt på jeres hybride arbejdsplads – fx i forhold til, om man må arbejde hjemme eller ej og i forhold til, om man tildeles attraktive arbejdsopgaver eller andre fordele eller goder.',
        ],
      },
      quotes: [
        {
          heading: 'Fleksibilitet er ikke kun hjemmearbejdsdage',
          paragraphs: [
            '”På mange arbejdspladser er der nogen, der kan arbejde hybridt, og nogen der overhovedet ikke kan. Og det kan give anledning til fx misundelse eller konflikter, som lederen skal håndtere. Her er den store udfordring også, at fleksibilitet, som vi taler om det i dag, i høj grad er bundet op på ideen om at arbejde hjemme. Og her bliver man også nødt til som leder at være opmærksom på, at der er mange andre måder, vi kan understøtte fleksibilitet på.',
            'Fleksibilitet kan også være fleksible tidspunkter, hvor du skal mødes ind på arbejdspladsen eller at du måske nogle gange kan rotere fra den ene arbejdsstation til den anden arbejdsstation.”',
          ],
          attribution: 'Lektor Peter Holdt Christensen, CBS, i BFAs podcastserie om det hybride arbejdsliv.',
        },
      ],
      inspiration: [
        {
          kind: 'case',
          heading: 'Fleksibilitet til alle i Egedal',
          paragraphs: [
            'I Egedal Kommune har mange forskellige faggrupper fået mulighed for fleksibilitet i deres arbejdstid. Fx kan pædagoger lave dokumentation hjemmefra, delefamilier kan afpasse arbejdstiden efter, hvornår børnene er der, seniorer kan selv bestemme, hvor mange timer, de vil arbejde og alle har mulighed for selvbetalt orlov.',
          ],
          source: 'Mandag Morgen nr. 8, 2023',
        },
      ],
    },
  },
  runbooks: {
    sammenhaengskraft: themeRunbook('Drejebog til dialog om sammenhængskraft – med forslag til forsøg', [
      'Hvad er sammenhængskraft for dig, og hvad betyder den for dit arbejdsmiljø?',
      'Nævn konkrete eksempler på, hvad der får arbejdspladsen til at hænge sammen.',
      'Hvad udfordrer sammenhængskraften efter din mening?',
    ]),
    fleksibilitet: themeRunbook(
      'Drejebog til dialog om fleksibilitet – med forslag til forsøg',
      [
        'Hvad er fleksibilitet for dig, og hvad betyder den for dit arbejdsmiljø?',
        'Nævn konkrete eksempler på fleksibilitet, som du er glad for nu, eller som du kunne ønske dig i fremtiden.',
        'Hvad udfordrer fleksibiliteten efter din mening?',
      ],
      // The app's adaptation, shown beside the toolkit's cohesion question, never in its place.
      'Hvad vil du foreslå, at I kunne forsøge jer med i en kortere periode, fx i seks uger, for at imødekomme behovet for fleksibilitet i afdelingen eller teamet?',
    ),
    tilgaengelighed: themeRunbook(
      'Drejebog til dialog om tilgængelighed og koordinering – med forslag til forsøg',
      [
        'Hvilken form for koordinering med dine kolleger har du brug for?',
        'Hvad betyder det for dit arbejdsmiljø, at jeres koordinering fungerer?',
        'Hvad fungerer godt i jeres koordinering i dag? Nævn konkrete eksempler.',
        'Hvor er der brug for forbedringer? Nævn konkrete eksempler.',
      ],
      // The app's adaptation, shown beside the toolkit's cohesion question, never in its place.
      'Hvad vil du foreslå, at I kunne forsøge jer med i en kortere periode, fx i seks uger, for at imødekomme behovet for tilgængelighed og koordinering i afdelingen eller teamet?',
    ),
    fordybelse: themeRunbook(
      'Drejebog til dialog om fordybelse – med forslag til forsøg',
      [
        'Hvad er dit behov for at kunne fordybe dig i dit arbejde, og hvordan opfyldes det i øjeblikket?',
        'Fordyber du dig bedst hjemme eller på kontoret?',
        // Mended: "for dig" (the PDF has "at dig").
        'Oplever du, at en anden indretning på kontoret vil gøre det lettere for dig at fordybe dig?',
        'Kan vi gøre andet ved organiseringen af arbejdet, som skaber bedre betingelser for, at du kan fordybe dig?',
      ],
      // The app's adaptation, shown beside the toolkit's cohesion question, never in its place.
      'Hvad vil du foreslå, at I kunne forsøge jer med i en kortere periode, fx i seks uger, for at imødekomme behovet for fordybelse i afdelingen eller teamet?',
    ),
    tillid: themeRunbook(
      'Drejebog til dialog om tillid i det hybride arbejde – med forslag til forsøg',
      [
        'Hvad tænker du, hvis du ikke kan få fat på en kollega eller medarbejder, der arbejder hjemme?',
        'Kommunikerer du fra din hjemmearbejdsplads for at vise, at du faktisk arbejder?',
        'Oplever du, at der er uskrevne regler om vores forventninger til hinanden, som ikke er tydelige nok?',
      ],
      // The app's adaptation, shown beside the toolkit's cohesion question, never in its place.
      'Hvad vil du foreslå, at I kunne forsøge jer med i en kortere periode, fx i seks uger, for at imødekomme behovet for tillid i afdelingen eller teamet?',
    ),
    retfaerdighed: themeRunbook(
      'Drejebog til dialog om retfærdighed på den hybride arbejdsplads – med forslag til forsøg',
      [
        'Oplever du, at der bliver taget samme hensyn til alles behov for fleksibilitet?',
        'Er der jobfunktioner, hvor det er vanskeligt at arbejde hjemmefra, og hvor der kan være brug for at tænke fleksibiliteten bredere?',
        'Oplever du, at det er lettere at få spændende opgaver, når man møder på kontoret hver dag?',
      ],
      // The app's adaptation, shown beside the toolkit's cohesion question, never in its place.
      'Hvad vil du foreslå, at I kunne forsøge jer med i en kortere periode, fx i seks uger, for at imødekomme behovet for retfærdighed i afdelingen eller teamet?',
    ),
    dialogmoede: {
      title: 'Drejebog til dialogmøde med flere temaer',
      beforeHeading: 'Forberedelse',
      before: [
        'Udvælg de temaer, I vil behandle. Inden mødet kan I eventuelt spørge de medarbejdere, som skal deltage, hvilke temaer de har mest brug for at få taget op. Tag udgangspunkt i skemaet på side 5.',
        'Lav en drejebog for dialogmødet – tag eventuelt udgangspunkt i skabelonen på næste side.',
        'Vælg en eller flere tovholdere fra arbejdsmiljøgruppen eller projektgruppen og udsend dagsorden med formål og program.',
        'Planlægningen af processen kan fx ligge i MED eller AMO/SU – eller i ledelsen.',
      ],
      steps: {
        welcome: {
          title: 'Velkomst og målet med mødet',
          paragraphs: ['Afstem forventningerne til mødet.'],
        },
        groupWork: {
          title: 'Gruppearbejde: Drøft de forskellige temaer.',
          durationLabel: '45 minutter',
          items: [
            'Ved hvert bord ligger et tema med proces og spørgsmål. Deltagerne går hen til det bord, hvor de finder det tema, de vil drøfte. Giv plads til cirka seks i hver gruppe.',
            'Brug procesforslaget (pkt. 2-5) fra drejebøgerne under hvert tema til gruppernes drøftelse.',
          ],
        },
        groupReport: {
          title: 'Afrapportering fra grupperne',
          durationLabel: 'Max fem minutter pr. gruppe',
          paragraphs: [
            'Sørg for, at der bliver lavet en fælles, mundtlig præsentation af gruppernes drøftelser. Læg vægten på gruppernes forslag til konkrete forsøg. Tovholderne skriver op og skaber overblik.',
          ],
        },
        clustering: {
          title: 'Gruppearbejde: Drøft sammenhænge mellem de præsenterede temaer, formål og forsøg',
          durationLabel: '30 minutter',
          leadIn: 'Gå tilbage i grupperne og saml op på, hvad I har hørt fra de andre grupper. Drøft nu:',
          questions: [
            'Hvilke forsøg understøtter formål, der ligner hinanden, og kan foregå samtidig?',
            'Hvilke forsøg understøtter formål, der ligner hinanden, men bør foregå på forskellige tidspunkter?',
            'Hvilke forsøg understøtter forskellige formål, men kunne godt foregå samtidig?',
            'Hvilke forsøg understøtter forskellige formål og bør foregå på forskellige tidspunkter?',
          ],
          conclusion: 'Konkluder med, hvilke to-tre forsøg gruppen finder væsentligst at sætte i gang først.',
        },
        priorityReport: {
          title: 'Afrapportering fra grupperne',
          durationLabel: 'Max tre minutter pr. gruppe',
          paragraphs: [
            'Grupperne præsenterer i det fælles forum på skift, hvilke forsøg de finder væsentligst at sætte i gang først.',
          ],
        },
        closing: {
          title: 'Afrunding: Grundlag for at sætte forsøg i gang?',
          durationLabel: '15 minutter',
          options: {
            A: 'Hvis der umiddelbart tegner sig et eller flere forsøg, som der er opbakning til, og som virker ukomplicerede at sætte i gang, kan I beslutte jer for det på stedet. Udfyld handleplanen fra forrige side med det samme.',
            B: 'Hvis det skal overvejes lidt nærmere, så afrund workshoppen med at fortælle, hvordan AMO, SU eller MED-udvalg arbejder videre med emnet, fx at I vil overveje, hvilke forsøg eller prøvehandlinger, der kan sættes i gang.',
          },
        },
      },
    },
  },
  publication: {
    publisher: 'BFA Velfærd og Offentlig administration',
    published: 'Udgivet i februar 2024 af BFA Velfærd og Offentlig administration',
    address: 'Studiestræde 3, 3. sal, 1455 København K',
    isbn: '978-87-7590-015-2',
    credits: [
      'Projektleder: Mads Kristoffer Lund',
      'Redaktion: Søren Svith, Periskop og Mads Kristoffer Lund',
      'Styregruppe: Repræsentanter for KL, HK/Stat, HK/Kommunal, Medarbejder- og Kompetencestyrelsen, Akademikerne, Danske Regioner og Dansk Socialrådgiverforening.',
      'Grafisk design: KROSCH, Ikoner: NounProject',
      'Materialet er udviklet i samarbejde med BFA Finans. Tak til deltagere fra den offentlige sektor og finanssektoren, som har kvalificeret materialet på en testworkshop.',
    ],
    whereToGet:
      'Hent ’Giv jeres hybride arbejdsplads et servicetjek’ og læs mere om BrancheFællesskabet for Arbejdsmiljø for Velfærd og Offentlig administration på godtarbejdsmiljo.dk.',
    backCover: {
      heading: 'Et fremtidssikret arbejdsmiljø',
      paragraphs: [
        'Et godt samarbejde er væsentligt for et godt arbejdsmiljø nu og i fremtiden. Derfor samarbejder arbejdsgivere og arbejdstagere i BFA om at udvikle information, inspiration og vejledning.',
        'Vi udarbejder konkrete værktøjer, så arbejdspladserne kan handle og forebygge lokalt. Vi præsenterer ambitiøse forebyggende løsninger, som baserer sig på erfaring fra arbejdspladser og på forskning. Løsninger som tager udgangspunkt i de problemer, der skal løses nu og de problemer, som kan opstå.',
        'Det gør vi i enighed – til gavn for ledere, medarbejdere og borgere.',
        'I BrancheFællesskabet for Arbejdsmiljø for Velfærd og Offentlig administration deltager repræsentanter udpeget af arbejdsmarkedets hovedorganisationer.',
      ],
    },
  },
};
