import type { Settings } from '@shared/model/settings';
import { companyName } from '@shared/surveys';

/** Settings' "Your name or business name" is the business name surveys speak of. */
export function surveyCompanyName(settings: Pick<Settings, 'ownName'>): string {
  return companyName('', settings.ownName);
}
