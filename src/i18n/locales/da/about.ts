export default {
  title: 'Om Servicetjek',
  lead: 'Servicetjek er en webapp, der fører jer gennem BFA’s værktøj »Giv jeres hybride arbejdsplads et servicetjek« fra start til slut: temaerne, vurderingsskemaet, drejebøgerne på storskærm, forslag til forsøg, handleplanen og de seks ugers forsøg.',
  purpose:
    'Appen er lavet til tovholderen fra AMO, MED eller en projektgruppe, som forbereder et møde på sin computer og viser det på storskærm for afdelingen – og til teamet, der følger op på sine forsøg.',
  source: {
    heading: 'Værktøjet, appen bygger på',
    intro:
      'Temaerne, drejebøgerne, vurderingsskemaet og handleplanen er BFA’s tekst, gengivet ord for ord med kildeangivelse (undtagelserne står nedenfor):',
    title: 'Giv jeres hybride arbejdsplads et servicetjek',
    isbn: 'ISBN {{isbn}}',
    creditsHeading: 'Kolofon',
    backCoverHeading: 'Fra bagsiden: {{heading}}',
    whereHeading: 'Hent værktøjet',
  },
  adaptations: {
    heading: 'Hvor appen tilpasser værktøjet',
    intro:
      'Appen gengiver værktøjets tekst ord for ord med disse undtagelser, som også er mærket på skærmen:',
    items: {
      step4:
        'Trin 4 i drejebøgerne: Værktøjet stiller det samme spørgsmål i alle seks drejebøger (»… for at imødekomme behovet for [at] få afdelingen eller teamet til at hænge bedre sammen?«). Appen viser værktøjets spørgsmål og, for fem af temaerne, sin egen formulering til temaet ved siden af, mærket som appens tilpasning.',
      mends:
        'Enkelte trykfejl er rettet: det manglende »at« i trin 4, »for dig« i fordybelsens trin 2, spørgsmålstegnet i handleplanens kolonne »Justeringer – hvornår?« samt enkelte bøjninger og et manglende ord i temateksterne. Resumeerne af fleksibilitet og fordybelse følger temasidens ordlyd.',
      pages:
        'Henvisninger til hæftets sider (»side 18-19«, »foregående side«, »næste side«, »skemaet på side 5«) er gjort til links til appens skærmbilleder; hæftets henvisning står ved siden af.',
      recommendation:
        'Forslaget om, hvor I starter, er appens fortolkning af vurderingsskemaets vejledning. Appens regel står under forslaget, og skemaets egen tekst står ved siden af.',
      tensions:
        'Værktøjet nævner, at onlinemøder og chat kan forstyrre fordybelsen (fordybelse og tilgængelighed). Spændingerne mellem fleksibilitet og sammenhængskraft og mellem fleksibilitet og retfærdighed er appens egne.',
      ideas: 'Idébanken er appens: hver idé angiver sin kilde, og om den er en erfaring eller et forslag.',
    },
  },
  independence: {
    heading: 'Et uafhængigt værktøj',
    text: 'Servicetjek er et uafhængigt værktøj. Det er ikke lavet, godkendt eller støttet af BFA Velfærd og Offentlig administration, BFA Finans eller andre af værktøjets udgivere. Har I spørgsmål til selve værktøjet, så kontakt BFA.',
  },
  licence: {
    heading: 'Licens',
    text: 'Appens kildekode er fri software under MIT-licensen. Licensen gælder koden – ikke værktøjets tekst, som BFA har udgivet.',
  },
  background: {
    heading: 'Baggrundsrapporter',
    intro:
      'Idéer til forsøg og fakta i appen er også hentet fra fire danske rapporter om hybrid- og hjemmearbejde. Kilden står altid ved idéen.',
    reports: {
      kk: 'Københavns Kommune: rapport om et pilotprojekt om fleksibelt arbejde (hjemme- og distancearbejde og aktivitetsbaseret indretning) i Københavns Ejendomme og Indkøb og Kultur- og Fritidsforvaltningen, med faglig sparring fra Arbejdsmiljø København (data fra 2021).',
      amk: 'Arbejdsmiljø København, Københavns Kommune: erfaringer med hjemmearbejde under covid-19, fra fokusgrupper med medarbejdere, ledere og HR-chefer (december 2020).',
      national:
        'HBS Economics & Hanne Shapiro Futures: national analyse af hjemmearbejde i Danmark, »Øgede digitale kompetencer og hjemmearbejde«, bygget på spørgeskemaer til 2.016 medarbejdere og 500 arbejdsgivere (januar 2023).',
      state:
        'Staten (Medarbejder- og Kompetencestyrelsen, Finansministeriet og Beskæftigelsesministeriet): tekst om hjemmearbejde i staten med faktaarket »Erfaringer og forventninger vedr. hjemmearbejde i staten« (undersøgelse fra 2021).',
    },
  },
  data: {
    heading: 'Jeres data',
    local:
      'Alt, hvad I indtaster – scorer, møder, forslag og handleplaner – gemmes kun i denne browser på denne enhed (i browserens localStorage).',
    nothingSent:
      'Intet bliver sendt nogen steder hen. Appen har ingen server, ingen konti og ingen sporing, og den virker også uden internet.',
    otherDevices:
      'En anden browser eller en anden computer kan ikke se jeres data. Rydder I browserens data for siden, forsvinder de.',
    backup:
      'Tag en sikkerhedskopi som en fil, hvis I vil flytte data til en anden enhed eller passe på dem. Samme sted kan I slette alt på én gang.',
    link: 'Sikkerhedskopi og sletning af data',
  },
} as const;
