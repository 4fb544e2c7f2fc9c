// The notices about saving and reading the workspace: loaded only when there is one to show.
export default {
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
} as const;
