export default {
  overview: {
    lead: 'Six themes that often cause challenges in the hybrid workplace. Each theme has a facilitation guide for a meeting of about an hour – with suggestions for experiments.',
    themesLabel: 'The six themes',
    themeNumber: 'Theme {{number}}',
    readTheme: 'Read the theme and its facilitation guide',
    startHeading: 'Where do you start?',
    assessmentLink: 'Open the assessment form',
    dialogmoedeLink: 'See the facilitation guide for the dialogue meeting',
  },
  theme: {
    kicker: 'Theme {{number}} of {{total}}',
    keyQuestion: 'Key question',
    summary: 'In brief',
    quotes: 'Quotes',
    inspiration: 'Inspiration',
    reading: 'Further reading and listening (in Danish)',
    source: 'Source: {{source}}',
    goToRunbook: 'Go to the facilitation guide',
    planMeeting: 'Plan a meeting on this theme',
    planMeetingText:
      'Choose the date, participants and how to decide. The agenda works out the times from the facilitation guide.',
    pagerLabel: 'Other themes',
    previous: 'Previous',
    next: 'Next',
    overview: 'All themes',
    notFound: {
      title: 'Theme not found',
      text: 'There is no theme called “{{id}}”. Choose one of the six themes:',
    },
  },
  runbook: {
    step: 'Step {{number}}',
    duration: 'Duration',
    option: 'Option',
    questions: 'Questions',
  },
  dialogmoede: {
    kicker: 'Several themes at once',
    themesHeading: 'The themes at the tables',
    themesText: 'Each table discusses one theme using steps 2–5 of that theme’s facilitation guide:',
    handleplanLink: 'Open the action plan',
    planMeeting: 'Plan a dialogue meeting',
    planMeetingText:
      'Choose the themes, date and number of participants. The agenda works out the times from the number of groups.',
  },
} as const;
