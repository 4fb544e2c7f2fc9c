export default {
  paper: {
    heading: 'On paper',
    lead: 'Print the assessment form, one A4 sheet per participant, and count the slips on the tally sheet. It has the same fields as the tally below.',
    copies: 'Number of participants',
    copiesInvalid: 'Enter a whole number from 1 to {{max}}.',
    skema_one: 'Assessment form, {{count}} sheet (PDF)',
    skema_other: 'Assessment form, {{count}} sheets (PDF)',
    skemaName: 'the assessment form',
    tally: 'Tally sheet (PDF)',
    tallyName: 'the tally sheet',
  },
  copy: {
    kicker: 'Assessment form',
    title: 'Form for Microsoft Forms',
    lead: 'Build the assessment form as one Likert question in Microsoft Forms by copying the texts below. When the answers are in, download them with “Open in Excel” and import the file into a round – without editing it.',
    adapted:
      'Adapted by the app: the toolkit prints the form on paper. Here it is set up as one question in Forms; the words are the toolkit’s own.',
    language: 'Language of the form',
    languages: { da: 'Dansk', en: 'English' },
    stepForm: 'Create a new form',
    stepFormHint: 'In Microsoft Forms: New Form. Give it the title below.',
    formTitle: 'Title',
    stepQuestion: 'Add a Likert question',
    stepQuestionHint:
      'Add new → more question types (…) → Likert. Paste the question, and turn on the subtitle under … on the question.',
    question: 'Question',
    subtitle: 'Subtitle',
    stepOptions: 'The scale: five options',
    stepOptionsHint:
      'The Likert question has its options as columns. Enter the five below, one in each field, in this order.',
    options: 'Options',
    stepStatements: 'The six themes as statements',
    stepStatementsHint: 'The statements are the rows. Enter the six below, one in each field.',
    statements: 'Statements',
    stepAnonymous: 'Make the form anonymous',
    anonymous:
      'Choose Settings (… at the top right) and “Anyone can respond”. If only people in your organisation may respond, turn off “Record name”.',
    anonymousApp:
      'The app never reads or stores names or e-mail addresses from the file – but Forms stores them if the form records them.',
    stepImport: 'Import the answers',
    import:
      'Under Responses in Forms: Open in Excel, and save the file. Then open the round in the app, choose “Import file” and choose the file.',
    summaries: 'Ask the participants to read the themes’ summaries first: The six themes',
    back: 'To the assessment form',
    button: 'Copy',
    buttonLabel: 'Copy {{what}}',
    copied: 'Copied. Paste it into Forms.',
    copyFailed: 'Could not copy automatically. The text is selected – press Ctrl+C.',
  },
} as const;
