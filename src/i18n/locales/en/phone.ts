// The phone page (join.html). It loads these strings without i18next, through src/phone/strings.ts:
// plain strings, `{{name}}` placeholders and `_one`/`_other` plurals only.
export default {
  pageTitle: 'Servicetjek – your answer',
  language: {
    switchTo: 'Dansk',
    switchToLang: 'da',
  },
  round: 'Round: {{label}}',
  status: {
    connecting: 'Connecting to the meeting …',
    waiting: 'You are in. Waiting for the facilitator to open for answers.',
    offline: 'No connection right now. We keep trying, and your answer is saved on this phone.',
    pending: 'Your answer is saved on this phone and will be sent when there is a connection.',
  },
  refused: {
    heading: 'You cannot join the meeting right now',
    address:
      'The address is wrong or has expired. Scan the QR code again, or ask the facilitator for the address once more.',
    roomUnknown:
      'There is no meeting at this address. It may have ended, or the address has expired. Scan the QR code again, or ask the facilitator for the address.',
    roomFull: 'There is no room for more phones in this meeting. Tell the facilitator.',
    busy: 'The connection to the meeting is busy right now.',
    origin: 'The connection to the meeting does not accept answers from this page. Tell the facilitator.',
    tooLarge: 'The meeting could not take the answer from this page. Reload the page and try again.',
    unreachable: 'We cannot connect to the meeting. Check that the phone is online.',
    retrying: 'We keep trying.',
  },
  malformed: {
    heading: 'The address is incomplete',
    text: 'The address you opened lacks the meeting’s code, or it has been cut off. Scan the QR code again, or ask the facilitator for the address. Nothing has been sent.',
  },
  noRelay: {
    heading: 'Answers from phones are not set up here',
    text: 'This copy of Servicetjek has no connection for meetings. Give your answer another way, as the facilitator tells you.',
  },
  form: {
    heading: 'Your answer',
    anonymous: 'Your answer is anonymous: the facilitator only sees how many gave each score.',
    showSummary: 'In brief',
    showSummaryLabel: 'In brief about {{theme}}',
    send: 'Send',
    sendChanged: 'Send the changed answer',
    missing_one: 'You have not scored {{count}} theme. You can send without it.',
    missing_other: 'You have not scored {{count}} themes. You can send without them.',
    nothing: 'Choose a number for at least one theme before you send.',
  },
  thanks: {
    heading: 'Thank you for your answer',
    text: 'You can change your answer until the facilitator closes the round.',
    change: 'Change my answer',
    yourAnswer: 'What you sent',
    notScored: 'Not scored',
  },
  closed: {
    heading: 'The round is closed',
    text: 'The facilitator has closed the round for answers.',
    nothingSent: 'You did not send an answer in this round.',
  },
  revealed: {
    heading: 'The room’s answers',
    text: 'How the room scored each theme.',
    themeLabel: 'Distribution for {{theme}}',
    bar_one: '{{score}}: {{count}} answer',
    bar_other: '{{score}}: {{count}} answers',
    noAnswers: 'No answers for this theme.',
  },
  credit: {
    before: 'From BFA’s toolkit »',
    // The toolkit's Danish title in both languages, marked lang="da" on the page.
    title: 'Giv jeres hybride arbejdsplads et servicetjek',
    after: '« (2024)',
  },
} as const;
