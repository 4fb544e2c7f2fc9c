// The phone page (join.html). It loads these strings without i18next, through src/phone/strings.ts:
// plain strings, `{{name}}` placeholders and `_one`/`_other` plurals only.
export default {
  pageTitle: 'Servicetjek – dit svar',
  language: {
    switchTo: 'English',
    switchToLang: 'en',
  },
  round: 'Runde: {{label}}',
  status: {
    connecting: 'Forbinder til mødet …',
    waiting: 'Du er med. Venter på, at tovholderen åbner for svar.',
    offline: 'Ingen forbindelse lige nu. Vi bliver ved med at prøve, og dit svar er gemt på telefonen.',
    pending: 'Dit svar er gemt på telefonen og bliver sendt, når der er forbindelse.',
  },
  refused: {
    heading: 'Du kan ikke komme med i mødet lige nu',
    address:
      'Adressen er forkert eller udløbet. Scan QR-koden igen, eller bed tovholderen om adressen en gang til.',
    roomUnknown:
      'Mødet findes ikke på denne adresse. Måske er det slut, eller adressen er udløbet. Scan QR-koden igen, eller bed tovholderen om adressen.',
    roomFull: 'Der er ikke plads til flere telefoner i dette møde. Sig det til tovholderen.',
    busy: 'Forbindelsen til mødet har travlt lige nu.',
    origin: 'Forbindelsen til mødet tager ikke imod svar fra denne side. Sig det til tovholderen.',
    tooLarge: 'Mødet kunne ikke tage imod svaret fra denne side. Genindlæs siden, og prøv igen.',
    unreachable: 'Vi kan ikke få forbindelse til mødet. Tjek, at telefonen er på nettet.',
    retrying: 'Vi bliver ved med at prøve.',
  },
  malformed: {
    heading: 'Adressen er ikke hel',
    text: 'Den adresse, du har åbnet, mangler mødets kode, eller den er skåret over. Scan QR-koden igen, eller bed tovholderen om adressen. Der er ikke sendt noget.',
  },
  noRelay: {
    heading: 'Svar fra telefonen er ikke sat op her',
    text: 'Denne kopi af Servicetjek har ingen forbindelse til møder. Giv dit svar på en anden måde, som tovholderen fortæller.',
  },
  form: {
    heading: 'Dit svar',
    anonymous: 'Dit svar er anonymt: tovholderen ser kun, hvor mange der har svaret hvad.',
    showSummary: 'Kort fortalt',
    showSummaryLabel: 'Kort fortalt om {{theme}}',
    send: 'Send',
    sendChanged: 'Send det rettede svar',
    missing_one: 'Du mangler at score {{count}} tema. Du kan også sende uden.',
    missing_other: 'Du mangler at score {{count}} temaer. Du kan også sende uden.',
    nothing: 'Vælg et tal ved mindst ét tema, før du sender.',
  },
  thanks: {
    heading: 'Tak for dit svar',
    text: 'Du kan rette dit svar, indtil tovholderen lukker runden.',
    change: 'Ret mit svar',
    yourAnswer: 'Det sendte du',
    notScored: 'Ikke scoret',
  },
  closed: {
    heading: 'Runden er lukket',
    text: 'Tovholderen har lukket for svar.',
    nothingSent: 'Du nåede ikke at sende et svar i denne runde.',
  },
  revealed: {
    heading: 'Rummets svar',
    text: 'Sådan scorede rummet hvert tema.',
    themeLabel: 'Fordeling for {{theme}}',
    bar_one: '{{score}}: {{count}} svar',
    bar_other: '{{score}}: {{count}} svar',
    noAnswers: 'Ingen svar på dette tema.',
  },
  credit: {
    before: 'Fra BFA’s værktøj »',
    // The toolkit's Danish title in both languages, marked lang="da" on the page.
    title: 'Giv jeres hybride arbejdsplads et servicetjek',
    after: '« (2024)',
  },
} as const;
