export default {
  appName: 'Servicetjek',
  appTagline: 'Give your hybrid workplace a service check',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main menu',
    home: 'Home',
    themes: 'Themes',
    assessment: 'Assessment',
    meeting: 'Dialogue meeting',
    handleplan: 'Action plan',
    about: 'About',
    menu: 'Menu',
  },
  language: {
    label: 'Language',
    switchTo: 'Dansk',
    switchToLabel: 'Skift til dansk',
  },
  footer: {
    label: 'More',
    export: 'Print and export (PDF)',
    data: 'Data and backup',
    attribution:
      'Content from “Giv jeres hybride arbejdsplads et servicetjek” (Give your hybrid workplace a service check), BFA Velfærd og Offentlig administration, February 2024. Servicetjek is an independent tool.',
  },
  loading: 'Loading …',
  notFound: {
    title: 'Page not found',
    text: 'We cannot find the page “{{path}}”. The link may be out of date, or there may be a typo.',
    home: 'Go to the home page',
    themes: 'See the six themes',
  },
  error: {
    title: 'Something went wrong',
    text: 'This screen could not be shown. Your data is saved on this device and has not been lost.',
    reload: 'Reload the page',
  },
  storage: {
    unavailable:
      'The browser does not allow data to be saved (a private window, for example). What you enter disappears when the tab closes. Download a backup under “Data and backup” at the bottom of the page.',
    full: 'There is no more room to save on this device. Your latest changes are only in memory: download a backup now under “Data and backup” at the bottom of the page, and delete old meetings.',
    salvaged_one:
      '{{count}} saved record could not be read and is not shown. Everything saved is kept as a copy on this device, which you can download under “Data and backup” at the bottom of the page.',
    salvaged_other:
      '{{count}} saved records could not be read and are not shown. Everything saved is kept as a copy on this device, which you can download under “Data and backup” at the bottom of the page.',
    unreadable:
      'The saved data could not be read, so the app started empty. Everything saved is kept as a copy on this device, which you can download under “Data and backup” at the bottom of the page.',
    salvagedNoCopy_one:
      '{{count}} saved record could not be read and is not shown, and there is no room on this device to keep a copy of the saved data.',
    salvagedNoCopy_other:
      '{{count}} saved records could not be read and are not shown, and there is no room on this device to keep a copy of the saved data.',
    unreadableNoCopy:
      'The saved data could not be read, so the app started empty, and there is no room on this device to keep a copy of it.',
    newerVersion:
      'The data was saved by a newer version of Servicetjek, which this version cannot read. It has not been touched: reload the page to get the new version.',
    held: 'Until you choose, nothing is saved, so the saved data is not overwritten. What you change now is lost when the tab closes.',
    download: 'Download the saved data as a file',
    startAnew: 'Start anew (the data is kept as a copy)',
    copyRefused:
      'There is no room on this device for a copy. Download the data as a file first, then start anew without a copy.',
    startAnewWithoutCopy: 'Start anew without a copy',
    goOnWithoutCopy: 'Go on without a copy (download the data first)',
    conflicts:
      'Two tabs changed the same field at the same time. This tab’s text was saved; the other tab’s text is shown here so you can copy it:',
    dismiss: 'Dismiss message',
  },
  pwa: {
    updateReady: 'A new version is ready. Reload when it suits you.',
    reload: 'Reload now',
    later: 'Later',
  },
  team: {
    label: 'Department or team',
    choose: 'Choose a department or team',
    add: 'Add a department or team',
    newName: 'Name of the department or team',
    create: 'Create',
    nameRequired: 'Enter a name.',
    nameTaken: 'There is already a team called “{{name}}”.',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    undo: 'Undo',
    edit: 'Edit',
    close: 'Close',
    back: 'Back',
    next: 'Next',
    add: 'Add',
  },
  adaptation: {
    label: 'The app’s adaptation to this theme (not in the toolkit):',
  },
  printReference: {
    note: '(in the booklet: {{phrase}})',
    themes: 'the summaries of the themes',
    dialogmoede: 'the dialogue meeting',
    assessment: 'the assessment form',
    planDialogmoede: 'planning the dialogue meeting',
    handleplan: 'the action plan',
  },
  themeNames: {
    sammenhaengskraft: 'Cohesion',
    fleksibilitet: 'Flexibility',
    tilgaengelighed: 'Availability',
    fordybelse: 'Deep work',
    tillid: 'Trust',
    retfaerdighed: 'Fairness',
    dialogmoede: 'Dialogue meeting with several themes',
  },
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  minutesShort: '{{count}} min',
  weekNumber: 'week {{week}}',
} as const;
