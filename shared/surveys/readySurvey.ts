import type { Survey, SurveyQuestion } from './model';

const companyPlaceholder = '(the company)';

type QuestionSeed = Omit<SurveyQuestion, 'id' | 'choices' | 'optional' | 'role'> &
  Partial<Pick<SurveyQuestion, 'choices' | 'optional' | 'role'>>;

const readyQuestions: readonly QuestionSeed[] = [
  { kind: 'shortText', text: 'What service did (the company) provide for you?' },
  { kind: 'longText', text: 'What made you decide to hire (the company) for this project?', optional: true },
  { kind: 'yesNo', text: 'Did your project contact act in your best interests?' },
  { kind: 'rating5', text: 'How closely did (the company) keep to the agreed timeline?' },
  { kind: 'rating5', text: 'Did (the company) answer your requests in good time?' },
  { kind: 'rating5', text: 'How do you feel about the amount paid compared with the value received?' },
  { kind: 'yesNo', text: 'Would you invite (the company) to work with you on another project?' },
  { kind: 'shortText', text: 'Are there other services you wish (the company) offered?', optional: true },
  { kind: 'rating10', text: 'Would you recommend (the company) to a friend or colleague?' },
  {
    kind: 'longText',
    text: 'Any suggestions for improving the service or the paperwork?',
    optional: true,
  },
  {
    kind: 'oneChoice',
    text: 'How did you first hear about (the company)?',
    choices: ['Referral', 'Website', 'Social media', 'Event or talk', 'Newsletter', 'Advertising', 'Other'],
    optional: true,
    role: 'source',
  },
  {
    kind: 'yesNo',
    text: 'May we quote your comments, with your name, on our website?',
    optional: true,
    role: 'testimonialPermission',
  },
];

/** The name that replaces "(the company)": the business name, else the user's own name. */
export function companyName(businessName: string, ownName: string): string {
  return businessName.trim() || ownName.trim() || 'our business';
}

function withCompanyName(text: string, company: string): string {
  return text.split(companyPlaceholder).join(company);
}

/** The ready-made survey, with the business's name in its questions. */
export function readySurveyQuestions(company: string, newId: () => string): SurveyQuestion[] {
  return readyQuestions.map((seed) => ({
    id: newId(),
    kind: seed.kind,
    text: withCompanyName(seed.text, company),
    choices: seed.choices ? [...seed.choices] : [],
    optional: seed.optional ?? false,
    role: seed.role ?? '',
  }));
}

export function readySurvey(company: string, newId: () => string, now: string): Survey {
  return {
    id: newId(),
    name: 'After the project',
    questions: readySurveyQuestions(company, newId),
    retired: false,
    createdAt: now,
    updatedAt: now,
  };
}
