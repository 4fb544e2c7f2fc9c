import type { IdeaBankText } from '../ideas';

// The English idea bank; the sources are Danish reports, so their titles stay Danish with a gloss.
export const ideasEn: IdeaBankText = {
  sources: {
    bfa2024:
      'BFA Velfærd og Offentlig administration: Giv jeres hybride arbejdsplads et servicetjek (Give your hybrid workplace a service check), 2024',
    hbs2023: 'HBS Economics & Hanne Shapiro Futures: Hjemmearbejde i Danmark (Home working in Denmark, 2023)',
    kk2022: 'City of Copenhagen: pilot project on flexible work (2021–22)',
    amk2020: 'Arbejdsmiljø København: Erfaringer med hjemmearbejde (Experiences with home working, 2020)',
  },
  ideas: {
    'sam-1': {
      title: 'Monday check-in',
      text: 'Start the week with a short, regular get-together where everyone says what they are working on and where they will be this week.',
    },
    'sam-2': {
      title: 'A kick-off meeting for every new task',
      text: 'Every new task starts with a joint meeting for the people who will do it, so everyone begins with the same picture.',
    },
    'sam-3': {
      title: 'A joint review when a project ends',
      text: 'Close every project with a short, regular review where the team looks at what it learned together.',
    },
    'sam-5': {
      title: 'Fixed days when everyone is in the office',
      text: 'Agree on set days when the whole team is in at the same time, so home days do not wear down the sense of community.',
    },
    'sam-6': {
      title: 'Breakfast together once a week – on screen too',
      text: 'Have breakfast together on one fixed day a week. Whoever works elsewhere joins by video.',
    },
    'sam-7': {
      title: 'A regular break with no work talk',
      text: 'Put a fixed weekly slot in the calendar where you do not talk about work. One company holds a weekly “Tant og fjas” (chit-chat) session of an hour and a half where work talk is not allowed; another holds “walk ’n talks” on the phone and plays games against each other online.',
    },
    'sam-9': {
      title: 'An informal start and end to meetings',
      text: 'Open and close work meetings with a few minutes of small talk, so colleagues also meet as people.',
    },
    'sam-10': {
      title: 'New colleagues come in in person when they start',
      text: 'New colleagues come in in person when they are hired and introduced to the team, as several companies have decided. The report also suggests giving a new employee a mentor for the first three months.',
    },
    'sam-11': {
      title: 'A regular meeting for sparring and sharing knowledge',
      text: 'Give sparring a fixed meeting structure, so nobody depends on bumping into the right colleague in the corridor.',
    },
    'fle-1': {
      title: 'Everyone plans their own working week',
      text: 'Each person plans their own working week. In Kerteminde Municipality the staff in citizen services and in the business and employment department have done so since 2019, and in the summer of 2022 the experiment was extended to the whole of the municipal administration.',
    },
    'fle-2': {
      title: 'The task decides the place',
      text: 'Put focused and routine tasks on home days, and collaboration and contact with colleagues on office days.',
    },
    'fle-3': {
      title: 'Fixed days for public-facing work, flexible the rest of the week',
      text: 'Gather the tasks that need you on site on fixed days. The rest can be done from home and outside fixed hours.',
    },
    'fle-4': {
      title: 'A working day that can shift',
      text: 'People can move part of their working day, for example to pick up children early, as long as there are clear agreements on when they can be reached.',
    },
    'fle-6': {
      title: 'Flexitime and more than one workplace',
      text: 'Offer flexibility in other ways than working from home: flexitime, or working from another of the organisation’s sites.',
    },
    'fle-8': {
      title: 'No emails outside working hours',
      text: 'The team does not send emails outside normal working hours, and managers lead by example.',
    },
    'fle-10': {
      title: 'A committee of staff shapes the framework with management',
      text: 'In a larger company, a committee of employees took part with management in designing the framework for working from home, so that employees with concerns were seen and heard. It is a decision for the whole workplace; the team can propose it in the MED committee or the AMO.',
    },
    'fle-11': {
      title: 'Agreed breaks on home days',
      text: 'Agree on regular breaks on home days, so work does not spill over and nobody forgets to take a break during the day.',
    },
    'til-1': {
      title: 'Fixed hours when everyone can be reached',
      text: 'Agree on a fixed time each day when everyone can be contacted, wherever they are working.',
    },
    'til-2': {
      title: 'Ground rules for the hybrid team',
      text: 'Write your own ground rules for hybrid work, and make them visible to everyone. The toolkit points to “Spilleregler i vores hybride team” (Ground rules in our hybrid team) from Guide til den hybride arbejdsplads as inspiration.',
    },
    'til-3': {
      title: 'A shared weekly plan of home and office days',
      text: 'Agree in advance which days each person is at home and in the office, and make the plan visible to the whole team.',
    },
    'til-4': {
      title: 'Agree when people need not be reachable',
      text: 'Agree both when people are expected to be available and when they are free from being contacted.',
    },
    'til-5': {
      title: 'Agreed email response times',
      text: 'Agree the times of day when emails are answered, so nobody sits waiting – or feels they must reply at once.',
    },
    'til-7': {
      title: 'Which channel for what?',
      text: 'Agree what belongs on chat, email, phone and online meetings, so messages land in the right place.',
    },
    'til-8': {
      title: 'A hybrid meeting culture',
      text: 'Agree which meetings are held in person, hybrid or online, and how people joining on screen take part on equal terms.',
    },
    'til-10': {
      title: 'Align expectations about the work',
      text: 'Manager and employee briefly agree which tasks are done at home, what level is good enough, and where support is needed.',
    },
    'for-1': {
      title: 'Focus time from 8 to 10',
      text: 'Every day from eight to ten, phones are off and nobody disturbs each other, as in Kerteminde Municipality. You can also choose your own fixed time.',
    },
    'for-2': {
      title: 'Offline blocks',
      text: 'Agree on blocks of one to two hours when email, phone and chat are off, and when it is fine not to reply.',
    },
    'for-3': {
      title: 'Keep the quiet room',
      text: 'Keep at least one quiet room free for concentrated work, so it does not turn into a room for online meetings.',
    },
    'for-6': {
      title: 'Chat off during focused work',
      text: 'When people work on something demanding, chat is switched off, and the team accepts that the answer comes a little later.',
    },
    'for-7': {
      title: 'A shared practice for chat and other instant channels',
      text: 'Agree as a team how chat and other channels that call for an instant reply are used, so they do not become constant noise.',
    },
    'for-8': {
      title: 'Breaks between online meetings',
      text: 'Leave meeting-free breaks between online meetings and vary the day, so screen fatigue does not eat into concentration.',
    },
    'tld-1': {
      title: 'Write down the unwritten rules',
      text: 'Make your unspoken expectations of each other explicit, for example how quickly people reply and how visible they should be.',
    },
    'tld-2': {
      title: 'Deep work is work too',
      text: 'Agree a clear signal for focus time, such as a calendar status, so time away from chat is not mistaken for slacking.',
    },
    'tld-3': {
      title: 'Follow up on goals, not attendance',
      text: 'Follow up on shared goals and results rather than on who is visible in the office.',
    },
    'tld-4': {
      title: 'A regular rhythm of feedback',
      text: 'Agree when individuals and the team hear how the work is going, so nobody has to guess.',
    },
    'tld-6': {
      title: 'Out of sight, not out of mind',
      text: 'The manager schedules short, regular one-to-one conversations with everyone – including those who mostly work from home.',
    },
    'tld-7': {
      title: 'Follow the experiment with a short monthly check',
      text: 'Copenhagen Municipality’s pilot project followed its experiments with a short questionnaire, a “temperature check”, sent out every month. You can follow your experiment the same way and discuss the answers as a team.',
    },
    'tld-8': {
      title: 'What does “productive” mean here?',
      text: 'Agree what good work looks like – helping colleagues included – so productivity is not only measured person by person.',
    },
    'ret-1': {
      title: 'Flexibility for every job',
      text: 'Find concrete kinds of flexibility for those who cannot work from home: flexitime, arrival times or moving between workstations.',
    },
    'ret-2': {
      title: 'Find the tasks that can be done elsewhere',
      text: 'Go through jobs that are not hybrid for single tasks that could be done at home – in Egedal Municipality, for example, educators’ documentation.',
    },
    'ret-5': {
      title: 'Open allocation of tasks',
      text: 'Post interesting tasks and projects where everyone can see them and sign up – including those who often work from home.',
    },
    'ret-6': {
      title: 'Visible, reasoned agreements',
      text: 'Give objective reasons for individual home-working agreements, and make the framework transparent to the whole team.',
    },
    'ret-7': {
      title: 'How we talk about working from home',
      text: 'Agree with the manager how you talk about working from home with colleagues who do not have the option.',
    },
    'ret-8': {
      title: 'The office first for those who need it most',
      text: 'Give priority for sparring, contact and office community to new starters, young staff and others who most need to meet colleagues.',
    },
  },
};
