export default {
  title: 'Giv jeres hybride arbejdsplads et servicetjek',
  lead: 'Fra første vurdering til beslutningen efter et forsøg på seks uger – trin for trin, på storskærm.',
  flow: {
    read: {
      title: 'Læs temaerne',
      text: 'Seks temaer om den hybride arbejdsplads – fra sammenhængskraft til retfærdighed – hver med en drejebog til mødet.',
      link: 'Se de seks temaer',
    },
    score: {
      title: 'Vurder temaerne',
      text: 'Alle scorer de seks temaer fra 1 til 5. I ser, hvor I er enige og forskellige, og får et forslag til, hvor I starter.',
      link: 'Åbn vurderingsskemaet',
    },
    plan: {
      title: 'Planlæg mødet',
      text: 'Vælg drejebog, dato og deltagere. Dagsordenen regner tiderne ud og siger til, hvis den ikke kan nås.',
      link: 'Planlæg et møde',
    },
    run: {
      title: 'Kør mødet',
      text: 'Ét trin ad gangen på storskærmen, med nedtælling, taletid pr. deltager og forslag skrevet op undervejs.',
      link: 'Se jeres møder',
    },
    experiment: {
      title: 'Seks ugers forsøg',
      text: 'Handleplanen holder styr på forsøgene: stop op efter to og fire uger, og beslut efter seks.',
      link: 'Åbn handleplanen',
    },
  },
  due: {
    heading: 'Denne uge',
    noExperiments:
      'Når I har lagt et forsøg i handleplanen, står dets stop op og beslutning her i den uge, de skal holdes.',
    none: 'Ingen stop op eller beslutninger denne uge.',
    checkIn2: 'Stop op efter 2 uger',
    checkIn4: 'Stop op efter 4 uger',
    decision: 'Beslutning efter 6 uger',
    when: '{{team}} · {{date}}, uge {{week}}',
    due: 'Denne uge',
    overdue: 'Overskredet',
    upcoming: 'Kommende',
  },
} as const;
