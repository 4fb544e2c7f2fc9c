export default {
  title: 'Give your hybrid workplace a service check',
  lead: 'From the first assessment to the decision after a six-week experiment – step by step, on the big screen.',
  flow: {
    read: {
      title: 'Read the themes',
      text: 'Six themes about the hybrid workplace – from cohesion to fairness – each with a facilitation guide for the meeting.',
      link: 'See the six themes',
    },
    score: {
      title: 'Score the themes',
      text: 'Everyone scores the six themes from 1 to 5. You see where you agree and differ, and get a suggestion where to start.',
      link: 'Open the assessment',
    },
    plan: {
      title: 'Plan the meeting',
      text: 'Choose the facilitation guide, date and participants. The agenda works out the times and tells you if it will not fit.',
      link: 'Plan a meeting',
    },
    run: {
      title: 'Run the meeting',
      text: 'One step at a time on the big screen, with a countdown, speaking time per participant and proposals noted as they are made.',
      link: 'See your meetings',
    },
    experiment: {
      title: 'Six-week experiment',
      text: 'The action plan keeps track of the experiments: pause after two and four weeks, and decide after six.',
      link: 'Open the action plan',
    },
  },
  due: {
    heading: 'This week',
    noExperiments:
      'Once you have added an experiment to the action plan, its check-ins and decision show here in the week they are due.',
    none: 'No check-ins or decisions this week.',
    checkIn2: 'Check-in after 2 weeks',
    checkIn4: 'Check-in after 4 weeks',
    decision: 'Decision after 6 weeks',
    when: '{{team}} · {{date}}, week {{week}}',
    due: 'This week',
    overdue: 'Overdue',
    upcoming: 'Upcoming',
  },
} as const;
