import type { SkemaText } from '../skema';

// The vurderingsskema as the phone page prints it: each theme's name, its key question and resume as in
// "De seks temaer kort fortalt", and the scale. toolkit.ts takes these fields from here, so the text lives
// in one place and the phone page loads this small module without the rest of the toolkit.
export const skemaEn: SkemaText = {
  question: 'Where do we need a service check?',
  instruction: 'Score the themes from 1 to 5, where 1 is Not important at all and 5 is Very important',
  scaleLow: 'Not important at all',
  scaleHigh: 'Very important',
  themes: {
    sammenhaengskraft: {
      name: 'Cohesion',
      overviewKeyQuestion: 'What is it important that we do together?',
      summary:
        'Cohesion can be about feeling part of the workplace, feeling part of something bigger – a ‘shared us’ – and having someone to share the joys and challenges of the concrete tasks we solve.',
    },
    fleksibilitet: {
      name: 'Flexibility',
      overviewKeyQuestion: 'How much room should there be for individual needs?',
      summary:
        'Flexibility gives both a sense of influence over your own work and a chance to strike a good balance between work and family life, e.g. with days working from home. That is why the experience of flexibility also matters for the psychosocial working environment.',
    },
    tilgaengelighed: {
      name: 'Availability',
      overviewKeyQuestion: 'How do we ensure the coordination we need?',
      summary:
        'Availability is essential for us to get each other’s input, coordinate and solve tasks together. It is therefore important that we have a clear picture of when we can reach our colleagues and get each other’s input – and when we turn up for meetings in person.',
    },
    fordybelse: {
      name: 'Deep work',
      overviewKeyQuestion: 'How do we avoid throwing out deep work with the bathwater?',
      summary:
        'The home office used to be a place for deep work, but online meetings and chat risk disturbing it. So how do we make room for the difficult tasks that demand concentration, both when working from home and at the office?',
    },
    tillid: {
      name: 'Trust',
      overviewKeyQuestion: 'Are you really at work when you work from home?',
      summary:
        'For many decades we have been used to work being a place and not an activity. And the place is, for example, the shared office. So are we really working when we are not at the office and visible to everyone? In the hybrid workplace it can also be hard for managers and colleagues to get a sense of whether, when and to what quality tasks are being done.',
    },
    retfaerdighed: {
      name: 'Fairness',
      overviewKeyQuestion: 'Who gets access to the benefits of the hybrid workplace?',
      summary:
        'It can challenge the sense of a fair system if it is always the same people who get to work from home – or if the interesting tasks always go to those who work centrally, close to management.',
    },
  },
};
