export default {
  appName: 'Servicetjek',
  appTagline: 'Giv jeres hybride arbejdsplads et servicetjek',
  skipToContent: 'Spring til indhold',
  nav: {
    label: 'Hovedmenu',
    home: 'Forside',
    themes: 'Temaer',
    assessment: 'Vurderingsskema',
    meeting: 'Dialogmøde',
    handleplan: 'Handleplan',
    about: 'Om',
    menu: 'Menu',
  },
  language: {
    label: 'Sprog',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
  },
  footer: {
    label: 'Mere',
    export: 'Udskriv og eksportér (PDF)',
    data: 'Data og sikkerhedskopi',
    attribution:
      'Indhold fra »Giv jeres hybride arbejdsplads et servicetjek«, BFA Velfærd og Offentlig administration, februar 2024. Servicetjek er et uafhængigt værktøj.',
  },
  loading: 'Indlæser …',
  notFound: {
    title: 'Siden findes ikke',
    text: 'Vi kan ikke finde siden »{{path}}«. Måske er linket forældet, eller der er en tastefejl.',
    home: 'Gå til forsiden',
    themes: 'Se de seks temaer',
  },
  error: {
    title: 'Noget gik galt',
    text: 'Skærmen kunne ikke vises. Jeres data er gemt på denne enhed og er ikke gået tabt.',
    reload: 'Genindlæs siden',
  },
  storage: {
    unavailable:
      'Browseren tillader ikke, at der gemmes data (fx privat vindue). Det, I indtaster, forsvinder, når fanen lukkes. Hent en sikkerhedskopi under »Data og sikkerhedskopi« nederst på siden.',
    full: 'Der er ikke mere plads til at gemme på denne enhed. Jeres seneste ændringer er kun i hukommelsen: hent en sikkerhedskopi nu under »Data og sikkerhedskopi« nederst på siden, og slet gamle møder.',
    salvaged_one:
      '{{count}} gemt post kunne ikke læses og vises ikke. Alt det gemte er bevaret som en kopi på enheden, som I kan hente under »Data og sikkerhedskopi« nederst på siden.',
    salvaged_other:
      '{{count}} gemte poster kunne ikke læses og vises ikke. Alt det gemte er bevaret som en kopi på enheden, som I kan hente under »Data og sikkerhedskopi« nederst på siden.',
    unreadable:
      'De gemte data kunne ikke læses, så appen er startet tom. Alt det gemte er bevaret som en kopi på enheden, som I kan hente under »Data og sikkerhedskopi« nederst på siden.',
    salvagedNoCopy_one:
      '{{count}} gemt post kunne ikke læses og vises ikke, og der er ikke plads til at gemme en kopi af de gemte data på enheden.',
    salvagedNoCopy_other:
      '{{count}} gemte poster kunne ikke læses og vises ikke, og der er ikke plads til at gemme en kopi af de gemte data på enheden.',
    unreadableNoCopy:
      'De gemte data kunne ikke læses, så appen er startet tom, og der er ikke plads til at gemme en kopi af dem på enheden.',
    newerVersion:
      'Dataene er gemt af en nyere version af Servicetjek, som denne version ikke kan læse. De er ikke rørt: genindlæs siden for at få den nye version.',
    held: 'Indtil I vælger, gemmes intet, så de gemte data ikke bliver overskrevet. Det, I ændrer nu, forsvinder, når fanen lukkes.',
    download: 'Hent de gemte data som fil',
    startAnew: 'Start forfra (dataene gemmes som kopi)',
    copyRefused:
      'Der er ikke plads til en kopi på enheden. Hent dataene som fil først; start derefter forfra uden kopi.',
    startAnewWithoutCopy: 'Start forfra uden kopi',
    goOnWithoutCopy: 'Fortsæt uden kopi (hent dataene først)',
    conflicts:
      'To faner ændrede det samme felt på samme tid. Denne fanes tekst er gemt; den anden fanes tekst står her, så I kan kopiere den:',
    dismiss: 'Luk besked',
  },
  pwa: {
    updateReady: 'En ny version er klar. Genindlæs, når det passer.',
    reload: 'Genindlæs nu',
    later: 'Senere',
  },
  team: {
    label: 'Afdeling eller team',
    choose: 'Vælg afdeling eller team',
    add: 'Tilføj afdeling eller team',
    newName: 'Navn på afdeling eller team',
    create: 'Opret',
    nameRequired: 'Skriv et navn.',
    nameTaken: 'Der findes allerede et team med navnet »{{name}}«.',
  },
  actions: {
    save: 'Gem',
    cancel: 'Annuller',
    delete: 'Slet',
    undo: 'Fortryd',
    edit: 'Rediger',
    close: 'Luk',
    back: 'Tilbage',
    next: 'Næste',
    add: 'Tilføj',
  },
  adaptation: {
    label: 'Appens tilpasning til temaet (står ikke i værktøjet):',
  },
  printReference: {
    note: '(i hæftet: {{phrase}})',
    themes: 'temaernes resumeer',
    dialogmoede: 'dialogmødet',
    assessment: 'vurderingsskemaet',
    planDialogmoede: 'planlægningen af dialogmødet',
    handleplan: 'handleplanen',
  },
  themeNames: {
    sammenhaengskraft: 'Sammenhængskraft',
    fleksibilitet: 'Fleksibilitet',
    tilgaengelighed: 'Tilgængelighed',
    fordybelse: 'Fordybelse',
    tillid: 'Tillid',
    retfaerdighed: 'Retfærdighed',
    dialogmoede: 'Dialogmøde med flere temaer',
  },
  minutes_one: '{{count}} minut',
  minutes_other: '{{count}} minutter',
  minutesShort: '{{count}} min.',
  weekNumber: 'uge {{week}}',
} as const;
