import type { SkemaText } from '../skema';

// The vurderingsskema as the phone page prints it: each theme's name, its key question and resume as in
// "De seks temaer kort fortalt", and the scale. toolkit.ts takes these fields from here, so the text lives
// in one place and the phone page loads this small module without the rest of the toolkit.
export const skemaDa: SkemaText = {
  question: 'Hvor har vi behov for et servicetjek?',
  instruction: 'Scor temaerne mellem 1 og 5, hvor 1 er Slet ikke vigtigt, og 5 er Meget vigtigt',
  scaleLow: 'Slet ikke vigtigt',
  scaleHigh: 'Meget vigtigt',
  themes: {
    sammenhaengskraft: {
      name: 'Sammenhængskraft',
      overviewKeyQuestion: 'Hvad er det vigtigt, at vi er sammen om?',
      summary:
        'Sammenhængskraften kan både handle om at føle sig som en del af arbejdspladsen, at føle sig som en del af noget større – et ’fælles vi’ – og at vi har nogen at dele glæder og udfordringer med i de konkrete opgaver, vi løser.',
    },
    fleksibilitet: {
      name: 'Fleksibilitet',
      overviewKeyQuestion: 'Hvor meget plads skal der være til individuelle behov?',
      // Mended: "sit" as on the theme page (the overview has "sig").
      summary:
        'Fleksibilitet giver både en følelse af indflydelse på sit eget arbejde og en mulighed for at skabe god balance mellem arbejde og familieliv, fx med hjemmearbejdsdage. Derfor har oplevelsen af fleksibilitet også en betydning for det psykiske arbejdsmiljø.',
    },
    tilgaengelighed: {
      name: 'Tilgængelighed',
      overviewKeyQuestion: 'Hvordan sikrer vi den nødvendige koordinering?',
      summary:
        'Tilgængelighed er afgørende for, at vi kan få hinandens input, koordinere og løse opgaver sammen. Det er derfor vigtigt, at vi har et klart billede af, hvornår vi kan få fat på vores kolleger og få hinandens input – og hvornår vi møder frem til fysiske møder.',
    },
    fordybelse: {
      name: 'Fordybelse',
      overviewKeyQuestion: 'Hvordan undgår vi at skylle fordybelsen ud med badevandet?',
      // Mended: "de vanskelige … opgaver" (the overview has "det").
      summary:
        'Engang var hjemmearbejdspladsen et sted til fordybelse, men onlinemøder og chat risikerer at forstyrre fordybelsen. Så hvordan sikrer vi plads til de vanskelige og koncentrationskrævende opgaver både på hjemmearbejdspladsen og på kontoret?',
    },
    tillid: {
      name: 'Tillid',
      overviewKeyQuestion: 'Er du rigtigt på arbejde, når du arbejder hjemmefra?',
      summary:
        'I mange årtier har vi været vant til, at arbejde er et sted og ikke en aktivitet. Og stedet er fx det fælles kontor. Så arbejder vi egentlig, når vi ikke er på kontoret og er synlige for alle? På den hybride arbejdsplads kan det desuden være vanskeligt at have fornemmelse for om, hvornår og i hvilken kvalitet opgaverne udføres – for leder og kolleger.',
    },
    retfaerdighed: {
      name: 'Retfærdighed',
      overviewKeyQuestion: 'Hvem får adgang til goderne på den hybride arbejdsplads?',
      summary:
        'Det kan udfordre oplevelsen af et retfærdigt system, hvis det altid er de samme, som får mulighed for at arbejde hjemmefra – eller hvis de spændende opgaver altid går til dem, der arbejder centralt, tæt ved ledelsen.',
    },
  },
};
