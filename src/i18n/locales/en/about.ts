export default {
  title: 'About Servicetjek',
  lead: 'Servicetjek is a web app that takes you through BFA’s toolkit “Giv jeres hybride arbejdsplads et servicetjek” (Give your hybrid workplace a service check) from start to finish: the themes, the assessment form, the facilitation guides on the big screen, proposals for experiments, the action plan and the six-week experiments.',
  purpose:
    'The app is made for the facilitator from the working environment organisation (AMO), the MED committee or a project group who prepares a meeting on their computer and shows it on the big screen to the department – and for the team that follows up on its experiments.',
  source: {
    heading: 'The toolkit the app is built on',
    intro:
      'The themes, facilitation guides, assessment form and action plan are BFA’s text, reproduced word for word in Danish with attribution, and translated into English (the exceptions are listed below):',
    title: 'Giv jeres hybride arbejdsplads et servicetjek',
    isbn: 'ISBN {{isbn}}',
    creditsHeading: 'Credits',
    backCoverHeading: 'From the back cover: {{heading}}',
    whereHeading: 'Get the toolkit',
  },
  adaptations: {
    heading: 'Where the app adapts the toolkit',
    intro:
      'The app reproduces the toolkit’s text word for word, with these exceptions, which are also marked on screen:',
    items: {
      step4:
        'Step 4 of the facilitation guides: the toolkit asks the same question in all six guides (“… to meet the need to make the department or team hang together better?”). The app shows the toolkit’s question and, for five of the themes, its own wording for the theme beside it, marked as the app’s adaptation.',
      mends:
        'A few misprints are corrected: the missing “at” in step 4, “for dig” in step 2 on deep work, the question mark in the action plan column “Adjustments – when?”, and a few inflections and one missing word in the theme texts. The summaries of flexibility and deep work follow the theme page’s wording.',
      pages:
        'References to the booklet’s pages (“pages 18–19”, “the previous page”, “the next page”, “the form on page 5”) are links to the app’s screens; the booklet’s reference is shown beside them.',
      recommendation:
        'The suggestion of where to start is the app’s reading of the assessment form’s guidance. The app’s rule is stated below the suggestion, with the form’s own text beside it.',
      tensions:
        'The toolkit says that online meetings and chat can disturb deep work (deep work and availability). The tensions between flexibility and cohesion and between flexibility and fairness are the app’s own.',
      ideas:
        'The idea bank is the app’s: each idea names its source and whether it is an experience or a suggestion.',
    },
  },
  independence: {
    heading: 'An independent tool',
    text: 'Servicetjek is an independent tool. It is not made, endorsed or supported by BFA Velfærd og Offentlig administration, BFA Finans or any other publisher of the toolkit. If you have questions about the toolkit itself, contact BFA.',
  },
  licence: {
    heading: 'Licence',
    text: 'The app’s source code is free software under the MIT licence. The licence covers the code – not the toolkit’s text, which BFA has published.',
  },
  background: {
    heading: 'Background reports',
    intro:
      'Ideas for experiments and facts in the app are also drawn from four Danish reports on hybrid work and working from home. The source is always named next to the idea.',
    reports: {
      kk: 'Copenhagen Municipality: report on a pilot project on flexible work (home and remote work and activity-based workplaces) in Københavns Ejendomme og Indkøb and Kultur- og Fritidsforvaltningen, with professional sparring from Arbejdsmiljø København (data from 2021).',
      amk: 'Arbejdsmiljø København, Copenhagen Municipality: experiences with working from home during COVID-19, from focus groups with employees, managers and HR heads (December 2020).',
      national:
        'HBS Economics & Hanne Shapiro Futures: national analysis of working from home in Denmark, “Øgede digitale kompetencer og hjemmearbejde”, based on surveys of 2,016 employees and 500 employers (January 2023).',
      state:
        'The Danish state (Medarbejder- og Kompetencestyrelsen, the Ministry of Finance and the Ministry of Employment): text on working from home in the state, with the fact sheet “Erfaringer og forventninger vedr. hjemmearbejde i staten” (survey from 2021).',
    },
  },
  data: {
    heading: 'Your data',
    local:
      'Everything you enter – scores, meetings, proposals and action plans – is saved only in this browser on this device (in the browser’s localStorage).',
    nothingSent:
      'Nothing is sent anywhere. The app has no server, no accounts and no tracking, and it also works without the internet.',
    otherDevices:
      'Another browser or another computer cannot see your data. If you clear the browser’s data for the site, it is gone.',
    backup:
      'Take a backup as a file if you want to move your data to another device or keep it safe. In the same place you can delete everything at once.',
    link: 'Back up or delete your data',
  },
} as const;
