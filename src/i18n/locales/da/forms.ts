export default {
  paper: {
    heading: 'På papir',
    lead: 'Print vurderingsskemaet, ét A4-ark pr. deltager, og tæl sedlerne op på optællingsarket. Det har samme felter som optællingen herunder.',
    copies: 'Antal deltagere',
    copiesInvalid: 'Skriv et helt tal fra 1 til {{max}}.',
    skema_one: 'Vurderingsskema, {{count}} ark (PDF)',
    skema_other: 'Vurderingsskema, {{count}} ark (PDF)',
    skemaName: 'vurderingsskemaet',
    tally: 'Optællingsark (PDF)',
    tallyName: 'optællingsarket',
  },
  copy: {
    kicker: 'Vurderingsskema',
    title: 'Formular til Microsoft Forms',
    lead: 'Lav vurderingsskemaet som ét Likert-spørgsmål i Microsoft Forms ved at kopiere teksterne herunder. Når svarene er kommet, henter I dem med »Åbn i Excel« og importerer filen i en runde – uden at rette i den.',
    adapted:
      'Tilpasset af appen: Værktøjet trykker skemaet på papir. Her er det sat op som ét spørgsmål i Forms; ordene er værktøjets egne.',
    language: 'Formularens sprog',
    languages: { da: 'Dansk', en: 'English' },
    stepForm: 'Opret en ny formular',
    stepFormHint: 'I Microsoft Forms: Ny formular. Giv den titlen herunder.',
    formTitle: 'Titel',
    stepQuestion: 'Tilføj et Likert-spørgsmål',
    stepQuestionHint:
      'Tilføj nyt → flere spørgsmålstyper (…) → Likert. Sæt spørgsmålet ind, og slå undertitlen til under … på spørgsmålet.',
    question: 'Spørgsmål',
    subtitle: 'Undertitel',
    stepOptions: 'Skalaen: fem valgmuligheder',
    stepOptionsHint:
      'Likert-spørgsmålet har valgmuligheder som kolonner. Skriv de fem herunder, én i hvert felt, i denne rækkefølge.',
    options: 'Valgmuligheder',
    stepStatements: 'De seks temaer som udsagn',
    stepStatementsHint: 'Udsagnene er rækkerne. Skriv de seks herunder, ét i hvert felt.',
    statements: 'Udsagn',
    stepAnonymous: 'Gør formularen anonym',
    anonymous:
      'Vælg Indstillinger (… øverst til højre) og »Alle kan svare«. Skal kun personer i jeres organisation kunne svare, så slå »Registrer navn« fra.',
    anonymousApp:
      'Appen læser og gemmer aldrig navne eller mailadresser fra filen – men Forms gemmer dem, hvis formularen registrerer dem.',
    stepImport: 'Importer svarene',
    import:
      'Under Svar i Forms: Åbn i Excel, og gem filen. Åbn så runden i appen, vælg »Importer fil«, og vælg filen.',
    summaries: 'Bed deltagerne læse temaernes resumeer først: De seks temaer',
    back: 'Til vurderingsskemaet',
    button: 'Kopiér',
    buttonLabel: 'Kopiér {{what}}',
    copied: 'Kopieret. Sæt det ind i Forms.',
    copyFailed: 'Kunne ikke kopiere automatisk. Teksten er markeret – tryk Ctrl+C.',
  },
} as const;
