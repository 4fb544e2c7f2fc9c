import type { RunbookText, StepText, ToolkitText } from '../types';
import { skemaEn } from './skema';

/**
 * English translation of "Giv jeres hybride arbejdsplads et servicetjek" (BFA Velfærd og Offentlig
 * administration, February 2024, ISBN 978-87-7590-015-2). It follows the Danish text in src/content/da
 * sentence by sentence, including its mended slips. Names of people, organisations, podcasts and
 * sources stay in Danish, as does the toolkit's title where it is cited as a title.
 */

const BEFORE_THEME_MEETING = [
  'Choose a facilitator from the working environment group or the project group, and send out an agenda with the purpose and programme.',
];

const WELCOME: StepText = {
  title: 'Welcome and the goal of the meeting',
  paragraphs: ['Align expectations for the meeting.'],
};

const ROUND: StepText = {
  title: 'Joint round',
  durationLabel: 'Max two minutes per participant',
  paragraphs: [
    'Each participant presents their reflections. The others may ask clarifying questions, but there is no discussion.',
  ],
};

const PROPOSAL_ROUND: StepText = {
  title: 'Joint round',
  durationLabel: 'Max two minutes per participant',
  paragraphs: [
    'Each participant briefly describes their proposal for an experiment. No discussion of the proposals in this round.',
  ],
};

const DECISION: StepText = {
  title: 'Decision',
  durationLabel: 'A: 30 minutes / B: 10 minutes',
  leadIn: 'You can choose between two ways of concluding the meeting:',
  options: {
    A: 'The participants talk their way to an experiment to be launched. The floor is open. Nothing is decided until everyone has agreed to it. Write the experiment down, with who does what and when you will follow up. Some workplaces have had good experience with adjusting their experiments every two weeks.',
    B: 'The working environment group/project group sums up the meeting – what they have heard – and explains what happens next: the group takes the proposals forward and discusses its way to the experiment it judges to have the best chance of succeeding.',
  },
};

/** One theme's drejebog: only the title, step 2's questions and step 4's need differ between themes. */
/** Step 4's question as all six drejebøger print it (the cohesion question), translated. */
export const PROPOSAL_QUESTION =
  'What would you suggest that you try out for a shorter period, e.g. six weeks, to meet the need to make the department or team hang together better?';

function themeRunbook(title: string, reflectionQuestions: readonly string[], need?: string): RunbookText {
  return {
    title,
    beforeHeading: 'Before the meeting',
    before: BEFORE_THEME_MEETING,
    steps: {
      welcome: WELCOME,
      reflection: {
        title: 'Individual reflection',
        durationLabel: '5 minutes',
        questions: reflectionQuestions,
      },
      round: ROUND,
      proposalReflection: {
        title: 'Individual reflection',
        durationLabel: '15 minutes',
        leadIn: 'Based on your own and your colleagues’ reflections:',
        questions: [PROPOSAL_QUESTION],
        // The app's adaptation for this theme, shown beside the toolkit's question.
        ...(need
          ? {
              adaptation: `What would you suggest that you try out for a shorter period, e.g. six weeks, to meet ${need}?`,
            }
          : {}),
      },
      proposalRound: PROPOSAL_ROUND,
      decision: DECISION,
    },
  };
}

const SIX_WEEKS_TEXT =
  'Several workplaces have had success with limited experiments over a shorter period, e.g. six weeks. That span fits well with running the experiment in one stretch without being interrupted by the usual holiday periods. After two and four weeks you can adjust the experiment after pausing to take stock: What have we learned? What should we continue with? What should we adjust? And after six weeks the workplace decides whether the experiment should be made permanent.';

const SEVERAL_THEMES_TEXT =
  'If the answers to the form show that two or more themes are equally important, or, for example, are important to different groups in the workplace, you can choose to take them up together at a dialogue meeting, as described on pages 18–19. The dialogue meeting is particularly suitable if you consider the themes to be closely connected.';

export const toolkitEn: ToolkitText = {
  title: 'Give your hybrid workplace a service check',
  intro: {
    readingGuideHeading: 'How to use this toolkit',
    heading: 'You have to feel your way forward',
    paragraphs: [
      'Hybrid work is when you work both at the office and elsewhere – e.g. from home or on the move – and therefore both work together virtually and meet in person.',
      'The hybrid workplace is relatively new to many, so you have to feel your way forward, adjust as you go and keep talking about whether the current agreements, models and solutions are appropriate.',
      'This toolkit invites a dialogue about the issues that cause the most challenges in the hybrid workplace, and about going a little deeper than “one or two days working from home”. The dialogue is meant to lead to experiments wherever something needs adjusting.',
      'The toolkit offers a choice between two kinds of discussion, both of which can lead to short experiments that test improvements in the working environment.',
    ],
    formats: [
      'Discussing a single theme, e.g. at a staff meeting or department meeting.',
      'A dialogue meeting where several themes are discussed at the same time.',
    ],
    experimentsHeading: 'Suggestion: Work with experiments',
    experiments: SIX_WEEKS_TEXT,
    furtherReading:
      'Future Work Lab has carried out a number of trials and experiments at workplaces in the financial sector. Read more at futureworklab.dk',
    factsHeading: 'The toolkit in brief',
    facts: [
      {
        label: 'Purpose',
        text: 'To help make sure that hybrid work at your workplace supports a good psychosocial working environment for all employees.',
      },
      {
        label: 'Target group',
        text: 'The toolkit can be used by a department, e.g. at a department meeting, or by a team',
      },
      {
        label: 'Duration',
        text: 'Each theme takes about an hour to discuss. Read more on page 18 if you want to discuss several themes at a dialogue meeting.',
      },
      {
        label: 'Organisation',
        text: 'Preparing the dialogue and organising the experiments that follow can take place, for example, in the MED committee (the joint committee where management and staff cooperate), or in the AMO (the working environment organisation) and the SU (the cooperation committee) – or in a project group.',
      },
    ],
  },
  overviewHeading: 'The six themes in brief',
  vurderingsskema: {
    heading: 'Assessment form',
    question: skemaEn.question,
    purpose:
      'This form can be used in an initial dialogue in the working environment group or the project group to pin down what matters most for you to talk about regarding your hybrid work and hybrid workplace.',
    instruction: skemaEn.instruction,
    scaleLow: skemaEn.scaleLow,
    scaleHigh: skemaEn.scaleHigh,
    readFirst: 'Read the summaries on the previous page first.',
    guidance: [
      'You can use the form within the group to align how you each see the situation – and you can also invite the whole staff to have their say.',
      'Use it as support in pinning down where to start – and remember to look for connections and balances if several themes score high.',
      'Be curious about each other’s answers – especially where you see things differently.',
    ],
    oneTheme: {
      heading: 'If one theme stands out as the most important',
      paragraphs: [
        'If you can quickly see that one particular theme is the most important to discuss, you can take it up at, for example, a staff meeting. You will find a suggested process described under each theme.',
      ],
    },
    severalThemes: {
      heading: 'If several themes are very important',
      paragraphs: [SEVERAL_THEMES_TEXT],
    },
  },
  handleplan: {
    heading: 'Keep track of your experiments in a simple action plan',
    text: 'Writing your experiments into a simple action plan can help keep attention on them. Make sure it is visible, so everyone can follow how things are going and what the next step is.',
    columns: {
      hvad: 'What?',
      hvorfor: 'Why?',
      hvordan: 'How?',
      hvem: 'Who?',
      justeringer: 'Adjustments – when?',
      status: 'Status?',
    },
  },
  sixWeeks: {
    heading: 'Suggestion: Work with experiments',
    text: SIX_WEEKS_TEXT,
    checkInLeadIn: 'After two and four weeks you can adjust the experiment after pausing to take stock:',
    questions: ['What have we learned?', 'What should we continue with?', 'What should we adjust?'],
    decision: 'And after six weeks the workplace decides whether the experiment should be made permanent.',
  },
  dialogmoede: {
    title: 'Dialogue meeting with several themes',
    summary: SEVERAL_THEMES_TEXT,
  },
  themes: {
    sammenhaengskraft: {
      name: skemaEn.themes.sammenhaengskraft.name,
      title: 'Cohesion',
      keyQuestion: 'What is it important that we do together?',
      overviewKeyQuestion: skemaEn.themes.sammenhaengskraft.overviewKeyQuestion,
      summary: skemaEn.themes.sammenhaengskraft.summary,
      whatIsAtStake: {
        heading: 'What is at stake in the working environment?',
        paragraphs: [
          'Concerns about cohesion or community take up a lot of room in debates and decisions about hybrid workplaces. And the experience of community at work matters for the psychosocial working environment.',
        ],
      },
      sections: [
        {
          heading: 'What is cohesion?',
          paragraphs: [
            'Cohesion and community are somewhat vague concepts that can mean different things to different employees. To build trust and a shared culture, we need to do things together, but cohesion does not necessarily arise just because everyone meets at the workplace every day.',
            'That is why it is important to talk together about what concretely creates the feeling of cohesion and community at your particular workplace. That way you can find out where your views are alike and where they differ. And the experience of community and cohesion at work matters for collaboration, professional standards and the quality of the work.',
          ],
        },
        {
          heading: 'Examples of cohesion:',
          items: [
            'That we feel part of a workplace',
            'That we feel part of something bigger – a ‘shared us’',
            'That we have informal meeting places where we can talk over what is going on and the tasks we solve.',
          ],
        },
      ],
      differentNeeds: {
        heading: 'What kind of cohesion do we need?',
        paragraphs: [
          'Our ways of working at the office can differ. If you have come into the office every morning all your working life, or if you are used to being on the move and only at the office now and then, that is what you regard as normal.',
          'But for many people the social life at work is very important, and that includes many young people. If you want to work on your cohesion, it is therefore a good idea to find out what wishes and needs there are at your workplace.',
        ],
      },
      sectionsAfterNeeds: [
        {
          heading: 'Routines and meaningful rituals',
          paragraphs: [
            'If the workplace has a high degree of flexibility, it is important to have fixed routines and rhythms that make sure employees meet regularly. These can be recurring events that are not constantly replaced by new ones. Think, for example, of rituals we also know from the family, clubs and society as a whole.',
          ],
          leadIn: 'For example:',
          items: [
            'Monday check-in',
            'Kick-off meetings when new tasks start',
            'Regular joint evaluations when projects end',
            'Tour de chambre – visits to each other’s departments, or meetings/seminars across departments',
            'Parties',
          ],
        },
      ],
      signs: {
        heading: 'Signs that it is relevant to discuss',
        paragraphs: [
          'The signs may be, for example, that you find everyone keeps to themselves, that it is hard to get to meet in person, or that new employees arrive to empty offices, which makes it hard to welcome and integrate them well.',
          'It may also be that it perhaps makes it harder to attract new employees',
        ],
      },
      quotes: [],
      inspiration: [],
    },
    fleksibilitet: {
      name: skemaEn.themes.fleksibilitet.name,
      title: 'Flexibility',
      keyQuestion: 'How much room should there be for individual needs?',
      overviewKeyQuestion: skemaEn.themes.fleksibilitet.overviewKeyQuestion,
      summary: skemaEn.themes.fleksibilitet.summary,
      whatIsAtStake: {
        heading: 'What is at stake in the working environment',
        paragraphs: [
          'Flexibility can be about, for example, when you work and where you work. Flexibility gives both a sense of influence over your own work and a chance to balance work and family life better. But it can also make it harder to draw lines between work and private life. That is why the experience of flexibility also matters for the psychosocial working environment.',
          'Different employees can see flexibility, and need it, in very different ways.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Different needs in the department',
        paragraphs: [
          'Employees differ in what they value most. If you have young children and a long way to work, flexibility and the chance to work from home may count the most. Others, including new employees and many young people, have an extra need for the professional and social community at the workplace.',
        ],
      },
      signs: {
        heading: 'Signs that it is relevant to discuss',
        paragraphs: [
          'The signs may be, for example, that some employees find it hard to make the balance between working life and family life work. Or that employees have previously found a better balance in the way they organise their work, which they are now afraid of losing.',
          'It may also be that you have trouble keeping employees or recruiting new ones.',
        ],
      },
      quotes: [
        {
          heading: 'Two days working from home do not harm the community',
          paragraphs: [
            '“Research shows that working from home about half of the time does not necessarily harm the community, as long as you make sure to have shared office days.”',
          ],
          attribution:
            'Associate Professor Peter Holdt Christensen, CBS, in BFA’s podcast series on hybrid working life',
        },
      ],
      inspiration: [],
    },
    tilgaengelighed: {
      name: skemaEn.themes.tilgaengelighed.name,
      title: 'Availability',
      keyQuestion: 'How do we ensure the coordination we need?',
      overviewKeyQuestion: skemaEn.themes.tilgaengelighed.overviewKeyQuestion,
      summary: skemaEn.themes.tilgaengelighed.summary,
      whatIsAtStake: {
        heading: 'What is at stake in the working environment?',
        paragraphs: [
          'Much of the work in departments, teams or groups requires both individual work and joint coordination. Availability is essential for you to get each other’s input. It can cause a lot of irritation and frustration if you cannot reach each other when you need to. It is therefore important that you have a clear picture of when and how you can reach your colleagues. It is also important to coordinate when you need to turn up for meetings in person.',
          'Hybrid work is not in itself an obstacle to being available to each other, but the flexible working hours that are often part of hybrid working life can be a challenge that calls for extra coordination. It can also sometimes be easier to sort out a problem with a colleague who sits nearby at the office than with one who works at a distance.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Different needs in the department',
        paragraphs: [
          'Staff whose tasks demand a high degree of concentration – e.g. casework – may need to work with concentration for long stretches at a time. For them it may be best not to be available. New staff, on the other hand, often need to be able to check their work as they go, so they are not left to fend for themselves. The same goes for staff whose tasks need ongoing coordination and alignment, and staff whose tasks are in a start-up phase that calls for a lot of input.',
        ],
      },
      signs: {
        heading: 'Signs that it is relevant to discuss',
        paragraphs: [
          'The signs may be, for example, that you run into bottlenecks in your workflows, or that it is unclear when and how you can reach each other, e.g. when you work from home or from places other than your department. New staff may have an extra need for it to be clear how and when they can get in touch with colleagues. This can be especially important in a start-up phase, whether short or long.',
        ],
      },
      quotes: [],
      inspiration: [
        {
          kind: 'research',
          heading: 'Research: Align expectations',
          paragraphs: [
            'Dutch research suggests that it is crucial for teams to align expectations – not just on how much they work from home and come in, but also on which days they work from home and at the office respectively.',
          ],
          source: 'Fastje: The Reality of Hybrid Working From Home: The Importance of Social Context',
        },
        {
          kind: 'reading',
          heading: 'Inspiration',
          paragraphs: [
            'Spilleregler i vores hybride team (Ground rules in our hybrid team) – from Guide til den hybride arbejdsplads (Guide to the hybrid workplace)',
          ],
        },
        {
          kind: 'box',
          heading: 'Coordination is key in complex tasks',
          paragraphs: [
            'In many office workplaces, teams work across disciplines or on complex tasks. These may involve citizens or customers, for example. Here it is crucial to be clear about who does what and when – both for the sake of the citizen or customer, who should be able to expect good service, and for the team members, who need predictability in the work to deliver good quality. Some workplaces have fixed times every day when everyone must be available.',
          ],
        },
      ],
    },
    fordybelse: {
      name: skemaEn.themes.fordybelse.name,
      title: 'Deep work',
      keyQuestion: 'How do we avoid throwing out our peace and quiet with the bathwater?',
      overviewKeyQuestion: skemaEn.themes.fordybelse.overviewKeyQuestion,
      summary: skemaEn.themes.fordybelse.summary,
      whatIsAtStake: {
        heading: 'What is at stake for the working environment?',
        paragraphs: [
          'It can be hard to get the chance to concentrate on your work, especially when it comes to difficult tasks that demand concentration. And that can harm the psychosocial working environment.',
          'Days working from home are a chance to find peace for deep work, but Teams meetings, email, chat and phone calls can make a day at home just as interrupted as a day at the office. Room for deep work at the office, at home and in other places of work requires some agreements, ground rules and suitable settings.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Different needs in the department',
        paragraphs: [
          'The need for peace to concentrate often collides with the need for availability.',
          'It may be customers, citizens or colleagues who need to be able to reach you as an employee. Perhaps your tasks mean you need a lot of time for deep work, while some of your colleagues, on the contrary, need to get in touch with you because they need your help, your input or your experience.',
          'Many workplaces have decided on a fixed time when employees must be available. Others, like Kerteminde Kommune, have a fixed time when people do not disturb each other.',
        ],
      },
      signs: {
        heading: 'Signs that it is relevant to discuss',
        paragraphs: [
          'The signs may be, for example, that you often find that days at home set aside for tasks that demand concentration get filled with online meetings and urgent messages by email, chat and phone. It may also be that you find it hard to create the conditions to work with concentration at the office. Or that work at home or at the office is interrupted by private messages.',
        ],
      },
      quotes: [],
      inspiration: [
        {
          kind: 'reading',
          heading: 'Inspiration',
          paragraphs: [
            'Skab rum til fordybelse (Make room for deep work) – BFA podcast with Pia Hauge in the series Det hybride arbejdsliv (Hybrid working life)',
          ],
        },
        {
          kind: 'reading',
          heading: 'Inspiration',
          paragraphs: [
            'Fordybelsespyramiden (The deep work pyramid) – 7 steps that guide you to more deep work at the workplace',
          ],
        },
        {
          kind: 'case',
          heading: 'Focus time in Kerteminde',
          paragraphs: [
            'In Kerteminde Kommune, employees in citizen services and in the department for business and employment have been able to plan their own working week since 2019. In the summer of 2022 the experiment was extended to all employees in the municipality’s administration.',
            'One element of the experiment is a so-called ‘focus time’ from eight to ten o’clock. The phone is switched off, and employees must not disturb each other. It is meant to give each employee the chance to focus fully on their work and so increase efficiency.',
          ],
          source: 'Mandag Morgen nr. 8, 2023',
        },
      ],
    },
    tillid: {
      name: skemaEn.themes.tillid.name,
      title: 'Trust in hybrid work',
      keyQuestion: 'Are you really at work when you are not at the office?',
      overviewKeyQuestion: skemaEn.themes.tillid.overviewKeyQuestion,
      summary: skemaEn.themes.tillid.summary,
      whatIsAtStake: {
        heading: 'What is at stake for the working environment?',
        paragraphs: [
          'For many decades we have been used to work being a place and not an activity. And the place is, for example, the shared office. So are we really working when we are not at the office and visible to everyone? The traditional mindset can still linger and lead people working from home to feel they must keep communicating just to show that they are doing something. That is unhelpful both for the working environment and for getting the tasks done.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Different needs in the department',
        paragraphs: [
          'The manager may need to keep up with how a specific piece of work is going, and many, e.g. new or young employees, may need to be contacted by a manager who asks how things are going. On the other hand, that kind of contact can be seen by others, e.g. more experienced employees, as control and a lack of trust.',
        ],
      },
      signs: {
        heading: 'Signs that it is relevant to discuss',
        paragraphs: [
          'The signs may be, for example, that people feel they must step up their communication with the workplace when working from home, to document that they are in fact working. And that the frustration of not being able to reach a colleague or employee turns into suspicion that they are not working – that they are breaking some unwritten rules.',
        ],
      },
      quotes: [
        {
          heading: 'Do the others think I am skiving?',
          paragraphs: [
            '“If you are going to do deep work at home, you may have to switch off your email for an hour or two, switch off the phone, switch off the chat, and then of course you are not visible, and do the others then think you are skiving, or doing the laundry, or gone to the cinema?',
            'So that is why some people start doing this kind of ‘cover-your-ass communication’, where they keep checking in and emailing to show that they are visible.”',
          ],
          attribution:
            'Deep work expert Pia Hauge in the BFA podcast Skab rum til fordybelse (Make room for deep work)',
        },
        {
          heading: 'Do not close the quiet offices',
          paragraphs: [
            '“The home office used to be an isolated place where we hardly dared disturb those who were working at home. Today we are far easier to reach, with Teams meetings, phone, chat, email and work in shared documents,” says organisational analyst Eva Bjerrum.',
            'She therefore does not see such a sharp divide between what will happen at home and at the shared office, and warns against replacing quiet rooms at the office with virtual meeting rooms in the expectation that the home office is a quiet room.',
          ],
          attribution: 'Read more in ‘Det hybride arbejdsliv’ (Hybrid working life)',
        },
      ],
      inspiration: [],
    },
    retfaerdighed: {
      name: skemaEn.themes.retfaerdighed.name,
      title: 'Fairness in the hybrid workplace',
      keyQuestion: 'Who gets access to which benefits?',
      overviewKeyQuestion: skemaEn.themes.retfaerdighed.overviewKeyQuestion,
      summary: skemaEn.themes.retfaerdighed.summary,
      whatIsAtStake: {
        heading: 'What is at stake for the working environment?',
        paragraphs: [
          'The experience of fairness matters for a good psychosocial working environment.',
          'It can challenge the sense that things are done properly if it is always the same people who get the chance of flexibility. It can therefore be a good idea to look more broadly at options for flexibility in work and working hours than just the option of working from home. This could be, for example, flexitime or the option of working from different locations in the company or the public workplace.',
          'Something else that can challenge the sense of fairness is if the interesting tasks always go to those who work close to management. It can also end up discriminating against those who more often work from home or work far from head office.',
        ],
      },
      sections: [],
      differentNeeds: {
        heading: 'Different needs in the department',
        paragraphs: [
          'There may be groups of employees or individual employees who need extra flexibility, e.g. because of a long distance to the workplace, special family circumstances or other reasons. If they get better conditions than the other employees, it can be seen as unfair. But it can also be seen as unfair if their special needs are precisely not taken into account.',
        ],
      },
      signs: {
        heading: 'Signs that it is relevant to discuss',
        paragraphs: [
          'One sign may be that there is talk behind the scenes that some people are favoured or passed over in your hybrid workplace – e.g. regarding whether you may work from home or not, and regarding whether you are given attractive tasks or other advantages or benefits.',
        ],
      },
      quotes: [
        {
          heading: 'Flexibility is not only days working from home',
          paragraphs: [
            '“At many workplaces there are some who can work hybrid and some who cannot at all. And that can give rise to, for example, envy or conflicts that the manager has to handle. The big challenge here is also that flexibility, as we talk about it today, is very much tied to the idea of working from home. And here, as a manager, you also have to be aware that there are many other ways we can support flexibility.',
            'Flexibility can also be flexible times for when you have to come in to the workplace, or that you can perhaps sometimes rotate from one workstation to another.”',
          ],
          attribution:
            'Associate Professor Peter Holdt Christensen, CBS, in BFA’s podcast series on hybrid working life.',
        },
      ],
      inspiration: [
        {
          kind: 'case',
          heading: 'Flexibility for everyone in Egedal',
          paragraphs: [
            'In Egedal Kommune, many different professional groups have been given flexibility in their working hours. For example, educators can do documentation from home, families sharing custody can fit their working hours to when the children are with them, senior staff can decide for themselves how many hours they want to work, and everyone can take self-funded leave.',
          ],
          source: 'Mandag Morgen nr. 8, 2023',
        },
      ],
    },
  },
  runbooks: {
    sammenhaengskraft: themeRunbook(
      'Facilitation guide for a dialogue on cohesion – with suggestions for experiments',
      [
        'What is cohesion to you, and what does it mean for your working environment?',
        'Give concrete examples of what makes the workplace hang together.',
        'In your view, what challenges cohesion?',
      ],
    ),
    fleksibilitet: themeRunbook(
      'Facilitation guide for a dialogue on flexibility – with suggestions for experiments',
      [
        'What is flexibility to you, and what does it mean for your working environment?',
        'Give concrete examples of flexibility that you are happy with now, or that you would like in the future.',
        'In your view, what challenges flexibility?',
      ],
      'the need for flexibility in the department or team',
    ),
    tilgaengelighed: themeRunbook(
      'Facilitation guide for a dialogue on availability and coordination – with suggestions for experiments',
      [
        'What kind of coordination with your colleagues do you need?',
        'What does it mean for your working environment that your coordination works?',
        'What works well in your coordination today? Give concrete examples.',
        'Where are improvements needed? Give concrete examples.',
      ],
      'the need for availability and coordination in the department or team',
    ),
    fordybelse: themeRunbook(
      'Facilitation guide for a dialogue on deep work – with suggestions for experiments',
      [
        'What is your need to be able to immerse yourself in your work, and how is it being met at the moment?',
        'Do you concentrate best at home or at the office?',
        'Do you feel that a different layout at the office would make it easier for you to concentrate?',
        'Is there anything else we can do in how the work is organised that creates better conditions for you to concentrate?',
      ],
      'the need for deep work in the department or team',
    ),
    tillid: themeRunbook(
      'Facilitation guide for a dialogue on trust in hybrid work – with suggestions for experiments',
      [
        'What do you think if you cannot reach a colleague or employee who is working from home?',
        'Do you communicate from your home office to show that you are actually working?',
        'Do you feel there are unwritten rules about what we expect of each other that are not clear enough?',
      ],
      'the need for trust in the department or team',
    ),
    retfaerdighed: themeRunbook(
      'Facilitation guide for a dialogue on fairness in the hybrid workplace – with suggestions for experiments',
      [
        'Do you feel that everyone’s need for flexibility is given the same consideration?',
        'Are there jobs where it is difficult to work from home, and where flexibility may need to be thought of more broadly?',
        'Do you feel it is easier to get interesting tasks when you come into the office every day?',
      ],
      'the need for fairness in the department or team',
    ),
    dialogmoede: {
      title: 'Facilitation guide for a dialogue meeting with several themes',
      beforeHeading: 'Preparation',
      before: [
        'Select the themes you want to cover. Before the meeting you may want to ask the employees who will take part which themes they most need to have taken up. Start from the form on page 5.',
        'Make a facilitation guide for the dialogue meeting – you may want to start from the template on the next page.',
        'Choose one or more facilitators from the working environment group or the project group, and send out an agenda with the purpose and programme.',
        'The process can be planned, for example, in the MED committee or the AMO/SU – or by management.',
      ],
      steps: {
        welcome: WELCOME,
        groupWork: {
          title: 'Group work: Discuss the different themes.',
          durationLabel: '45 minutes',
          items: [
            'Each table has a theme with a process and questions. Participants go to the table with the theme they want to discuss. Allow about six people in each group.',
            'Use the suggested process (points 2–5) from the facilitation guides under each theme for the groups’ discussion.',
          ],
        },
        groupReport: {
          title: 'Reports from the groups',
          durationLabel: 'Max five minutes per group',
          paragraphs: [
            'Make sure there is a joint, spoken presentation of the groups’ discussions. Put the emphasis on the groups’ proposals for concrete experiments. The facilitators write them up and create an overview.',
          ],
        },
        clustering: {
          title: 'Group work: Discuss connections between the themes, purposes and experiments presented',
          durationLabel: '30 minutes',
          leadIn:
            'Go back into the groups and sum up what you have heard from the other groups. Now discuss:',
          questions: [
            'Which experiments support similar purposes and can take place at the same time?',
            'Which experiments support similar purposes but should take place at different times?',
            'Which experiments support different purposes but could well take place at the same time?',
            'Which experiments support different purposes and should take place at different times?',
          ],
          conclusion:
            'Conclude with the two or three experiments the group finds most important to launch first.',
        },
        priorityReport: {
          title: 'Reports from the groups',
          durationLabel: 'Max three minutes per group',
          paragraphs: [
            'In turn, the groups present to everyone which experiments they find most important to launch first.',
          ],
        },
        closing: {
          title: 'Wrap-up: A basis for launching experiments?',
          durationLabel: '15 minutes',
          options: {
            A: 'If one or more experiments emerge straight away that have support and seem simple to launch, you can decide on them there and then. Fill in the action plan from the previous page right away.',
            B: 'If it needs a little more thought, close the workshop by explaining how the AMO, SU or MED committee will take the matter forward, e.g. that you will consider which experiments or trial actions could be launched.',
          },
        },
      },
    },
  },
  publication: {
    publisher: 'BFA Velfærd og Offentlig administration',
    published: 'Published in February 2024 by BFA Velfærd og Offentlig administration',
    address: 'Studiestræde 3, 3rd floor, 1455 Copenhagen K',
    isbn: '978-87-7590-015-2',
    credits: [
      'Project lead: Mads Kristoffer Lund',
      'Editors: Søren Svith, Periskop, and Mads Kristoffer Lund',
      'Steering group: Representatives of KL, HK/Stat, HK/Kommunal, Medarbejder- og Kompetencestyrelsen, Akademikerne, Danske Regioner and Dansk Socialrådgiverforening.',
      'Graphic design: KROSCH, Icons: NounProject',
      'The material was developed in collaboration with BFA Finans. Thanks to participants from the public sector and the financial sector who helped refine the material at a test workshop.',
    ],
    whereToGet:
      'Download ‘Giv jeres hybride arbejdsplads et servicetjek’ and read more about BrancheFællesskabet for Arbejdsmiljø for Velfærd og Offentlig administration at godtarbejdsmiljo.dk.',
    backCover: {
      heading: 'A future-proof working environment',
      paragraphs: [
        'Good cooperation is essential for a good working environment now and in the future. That is why employers and employees work together in BFA to develop information, inspiration and guidance.',
        'We develop concrete tools so that workplaces can act and prevent problems locally. We present ambitious preventive solutions based on experience from workplaces and on research. Solutions that start from the problems that need solving now and the problems that may arise.',
        'We do this in agreement – for the benefit of managers, employees and citizens.',
        'BrancheFællesskabet for Arbejdsmiljø for Velfærd og Offentlig administration (the sector working environment community for welfare and public administration) has representatives appointed by the main organisations of the labour market.',
      ],
    },
  },
};
