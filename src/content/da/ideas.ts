import type { IdeaBankText } from '../ideas';

// Written in the app's own words from the sources; each idea's id points to the research digest (§1),
// where the exact quotes it rests on can be checked.
export const ideasDa: IdeaBankText = {
  sources: {
    bfa2024: 'BFA Velfærd og Offentlig administration: Giv jeres hybride arbejdsplads et servicetjek, 2024',
    hbs2023: 'HBS Economics & Hanne Shapiro Futures: Hjemmearbejde i Danmark (2023)',
    kk2022: 'Københavns Kommune: pilotprojekt om fleksibelt arbejde (2021–22)',
    amk2020: 'Arbejdsmiljø København: Erfaringer med hjemmearbejde (2020)',
  },
  ideas: {
    'sam-1': {
      title: 'Tjek ind hver mandag',
      text: 'Start ugen med en kort, fast samling, hvor alle fortæller, hvad de arbejder med, og hvor de er i løbet af ugen.',
    },
    'sam-2': {
      title: 'Opstartsmøde, når en ny opgave går i gang',
      text: 'Nye opgaver sættes altid i gang med et fælles møde for dem, der skal løse dem, så alle starter med samme billede.',
    },
    'sam-3': {
      title: 'Fælles evaluering, når et projekt slutter',
      text: 'Hvert afsluttet projekt rundes af med en fast, kort evaluering, hvor teamet ser på, hvad det har lært sammen.',
    },
    'sam-5': {
      title: 'Faste dage, hvor alle er på kontoret',
      text: 'Aftal bestemte dage, hvor hele teamet møder ind samtidig, så hjemmedagene ikke tærer på fællesskabet.',
    },
    'sam-6': {
      title: 'Fælles morgenmad en gang om ugen – også på skærm',
      text: 'Spis morgenmad sammen én fast dag om ugen. Den, der arbejder et andet sted, er med via video.',
    },
    'sam-7': {
      title: 'Et fast frirum uden arbejdssnak',
      text: 'Læg et fast ugentligt tidsrum i kalenderen, hvor I ikke taler arbejde. En virksomhed har en ugentlig »Tant og fjas«-session på halvanden time, hvor man ikke må tale arbejde; en anden holder »Walk ’n talks« over telefonen og spiller spil mod hinanden online.',
    },
    'sam-9': {
      title: 'Uformel start og slutning på møderne',
      text: 'Åbn og luk de faglige møder med et par minutters snak om løst og fast, så kollegerne også mødes som mennesker.',
    },
    'sam-10': {
      title: 'Nye kolleger møder fysisk ind, når de starter',
      text: 'Nye kolleger møder fysisk ind, når de ansættes og introduceres i teamet, sådan som flere virksomheder har besluttet. Rapporten foreslår desuden, at en ny medarbejder får en mentor de første tre måneder.',
    },
    'sam-11': {
      title: 'Fast møde til sparring og videndeling',
      text: 'Læg sparringen i en fast mødestruktur, så ingen er afhængige af at møde de rigtige kolleger tilfældigt på gangen.',
    },
    'fle-1': {
      title: 'Hver planlægger sin egen arbejdsuge',
      text: 'Den enkelte planlægger selv sin arbejdsuge. I Kerteminde Kommune har medarbejderne i borgerservice og i afdelingen for erhverv og arbejdsmarked gjort det siden 2019, og i sommeren 2022 blev forsøget udvidet til hele kommunens administration.',
    },
    'fle-2': {
      title: 'Opgaven bestemmer stedet',
      text: 'Læg fokus- og rutineopgaver på hjemmedagene og samarbejde og kollegakontakt på kontordagene.',
    },
    'fle-3': {
      title: 'Faste dage til borgerbetjening, fleksibelt resten af ugen',
      text: 'Saml de opgaver, der kræver fremmøde, på faste dage. Resten kan løses hjemme og uden for de faste tider.',
    },
    'fle-4': {
      title: 'En arbejdsdag, der kan forskydes',
      text: 'Man kan rykke dele af arbejdsdagen, fx for at hente børn tidligt, når der samtidig er klare aftaler om, hvornår man kan træffes.',
    },
    'fle-6': {
      title: 'Flekstid og flere arbejdssteder',
      text: 'Giv fleksibilitet på andre måder end hjemmearbejde: flekstid eller mulighed for at arbejde fra en anden af arbejdspladsens adresser.',
    },
    'fle-8': {
      title: 'Ingen mails uden for arbejdstiden',
      text: 'Teamet sender ikke mails uden for den almindelige arbejdstid, og lederen går forrest som rollemodel.',
    },
    'fle-10': {
      title: 'Et udvalg af medarbejdere former rammerne med ledelsen',
      text: 'I en større virksomhed deltog et udvalg af medarbejdere sammen med ledelsen i at udforme rammerne for hjemmearbejdet, så medarbejdere med bekymringer blev set og hørt. Det er en beslutning for hele arbejdspladsen; teamet kan foreslå det i MED eller AMO.',
    },
    'fle-11': {
      title: 'Aftalte pauser på hjemmedage',
      text: 'Aftal faste pauser på hjemmedagene, så arbejdet ikke flyder ud, og ingen glemmer at holde fri i løbet af dagen.',
    },
    'til-1': {
      title: 'Faste tider, hvor alle kan træffes',
      text: 'Aftal et fast tidsrum hver dag, hvor alle kan kontaktes, uanset hvor de arbejder fra.',
    },
    'til-2': {
      title: 'Spilleregler for det hybride team',
      text: 'Skriv jeres egne spilleregler for det hybride arbejde, og gør dem synlige for alle. Værktøjet henviser til »Spilleregler i vores hybride team« fra Guide til den hybride arbejdsplads som inspiration.',
    },
    'til-3': {
      title: 'En fælles ugeplan for hjemme- og kontordage',
      text: 'Aftal på forhånd, hvilke dage hver enkelt er hjemme og på kontoret, og gør planen synlig for hele teamet.',
    },
    'til-4': {
      title: 'Aftal også, hvornår man ikke skal kunne træffes',
      text: 'Aftal både, hvornår man forventes at være tilgængelig, og hvornår man har fri for at blive kontaktet.',
    },
    'til-5': {
      title: 'Aftalte svartider på mail',
      text: 'Aftal, i hvilke tidsrum mails bliver besvaret, så ingen sidder og venter – eller føler, de skal svare med det samme.',
    },
    'til-7': {
      title: 'Hvilken kanal til hvad?',
      text: 'Aftal, hvad der hører til på chat, mail, telefon og onlinemøde, så beskederne lander det rigtige sted.',
    },
    'til-8': {
      title: 'En hybrid mødekultur',
      text: 'Aftal, hvilke møder der holdes fysisk, hybridt eller online, og hvordan de, der deltager via skærm, kommer med på lige fod.',
    },
    'til-10': {
      title: 'Afstem forventningerne til opgaven',
      text: 'Leder og medarbejder aftaler kort, hvilke opgaver der løses hjemme, hvilket niveau der er godt nok, og hvor der er brug for støtte.',
    },
    'for-1': {
      title: 'Fordybelsestid kl. 8–10',
      text: 'Hver dag fra otte til ti er telefonen slukket, og ingen forstyrrer hinanden, som i Kerteminde Kommune. I kan også vælge jeres eget faste tidsrum.',
    },
    'for-2': {
      title: 'Offline-blokke',
      text: 'Aftal blokke på en til to timer, hvor mail, telefon og chat er slukket, og hvor det er i orden ikke at svare.',
    },
    'for-3': {
      title: 'Bevar stillerummet',
      text: 'Hold mindst ét stillerum fri til koncentreret arbejde, så det ikke bliver til et rum for onlinemøder.',
    },
    'for-6': {
      title: 'Sluk for chatten under fokusarbejde',
      text: 'Når man arbejder koncentreret, er chatten slået fra, og teamet accepterer, at svaret kommer lidt senere.',
    },
    'for-7': {
      title: 'Fælles praksis for chat og andre hurtige kanaler',
      text: 'Aftal i teamet, hvordan chat og andre kanaler, der kalder på svar med det samme, bruges, så de ikke bliver konstant støj.',
    },
    'for-8': {
      title: 'Pauser mellem onlinemøderne',
      text: 'Læg mødefri pauser ind mellem onlinemøder og variation i dagen, så skærmtrætheden ikke tager koncentrationen.',
    },
    'tld-1': {
      title: 'Skriv de uskrevne regler ned',
      text: 'Gør de uudtalte forventninger til hinanden tydelige, fx om hvor hurtigt man svarer, og hvor synlig man skal være.',
    },
    'tld-2': {
      title: 'Fordybelse er også arbejde',
      text: 'Aftal et tydeligt signal for fordybelse, fx en status i kalenderen, så tid uden for chatten ikke bliver mistolket som pjæk.',
    },
    'tld-3': {
      title: 'Følg op på mål, ikke på fremmøde',
      text: 'Følg op på fælles mål og resultater i stedet for på, hvem der er synlig på kontoret.',
    },
    'tld-4': {
      title: 'En fast rytme for feedback',
      text: 'Aftal, hvornår den enkelte og teamet får tilbagemelding på, hvordan arbejdet går, så ingen skal gætte.',
    },
    'tld-6': {
      title: 'Ude af øje, ikke ude af sind',
      text: 'Lederen lægger faste, korte samtaler ind med hver enkelt – også med dem, der mest arbejder hjemme.',
    },
    'tld-7': {
      title: 'Følg forsøget med en kort måling hver måned',
      text: 'Københavns Kommunes pilotprojekt fulgte sine forsøg med et kort spørgeskema, en »temperaturmåling«, som blev sendt ud hver måned. I kan følge jeres forsøg på samme måde og drøfte svarene i teamet.',
    },
    'tld-8': {
      title: 'Hvad betyder »produktiv« hos os?',
      text: 'Afstem, hvad god opgaveløsning er – også at hjælpe kollegerne – så produktivitet ikke kun måles på den enkelte.',
    },
    'ret-1': {
      title: 'Fleksibilitet for alle jobfunktioner',
      text: 'Find konkrete former for fleksibilitet til dem, der ikke kan arbejde hjemme: flekstid, mødetider eller skift mellem arbejdsstationer.',
    },
    'ret-2': {
      title: 'Find de opgaver, der kan løses et andet sted',
      text: 'Gennemgå de job, der ikke er hybride, for enkeltopgaver, der kan løses hjemme – i Egedal Kommune fx pædagogers dokumentation.',
    },
    'ret-5': {
      title: 'Åben fordeling af opgaver',
      text: 'Slå spændende opgaver og projekter synligt op, så alle kan melde sig – også dem, der ofte arbejder hjemme.',
    },
    'ret-6': {
      title: 'Synlige og begrundede aftaler',
      text: 'Begrund de individuelle aftaler om hjemmearbejde sagligt, og gør rammerne gennemskuelige for hele teamet.',
    },
    'ret-7': {
      title: 'Sådan taler vi om hjemmearbejde',
      text: 'Formulér sammen med lederen, hvordan I omtaler hjemmearbejde over for kolleger, der ikke har muligheden.',
    },
    'ret-8': {
      title: 'Kontoret først for dem, der har mest brug for det',
      text: 'Prioritér sparring, kontakt og kontorfællesskab til nyansatte, unge og andre, der har størst brug for at møde kollegerne.',
    },
  },
};
