import { governmentClue, isGovernmentDomain, isGovernmentName } from '@shared/import/values/governmentGuess';
import { describe, expect, it } from 'vitest';

describe('guessing a government body', () => {
  it('recognises public bodies by their name, in several languages', () => {
    for (const name of [
      'City of Boston',
      'Bristol City Council',
      'Council of the European Union',
      'Ministry of Culture',
      'Department of Transport',
      'Orange County Parks',
      'State of Oregon',
      'Environment Agency',
      'Municipality of Lisbon',
      'Gemeinde Köniz',
      'Ville de Montréal',
      'Ministère de la Culture',
      'Ayuntamiento de Sevilla',
    ]) {
      expect(isGovernmentName(name), name).toBe(true);
    }
  });

  it('leaves businesses whose names merely contain such letters alone', () => {
    for (const name of [
      'Countryside Ltd',
      'Agentic Labs',
      'Citywide Plumbing',
      'Stateless Software',
      'Acme',
    ]) {
      expect(isGovernmentName(name), name).toBe(false);
    }
  });

  it('recognises government email and web domains', () => {
    for (const domain of [
      'nasa.gov',
      'hmrc.gov.uk',
      'tbs-sct.gc.ca',
      'culture.gouv.fr',
      'ec.europa.eu',
      'mil',
    ]) {
      expect(isGovernmentDomain(domain), domain).toBe(true);
    }
    for (const domain of ['govhub.com', 'example.gc', 'gouvernail.fr', 'acme.co.uk']) {
      expect(isGovernmentDomain(domain), domain).toBe(false);
    }
  });

  it('says whether the clue was the name or the email, the name first', () => {
    expect(governmentClue('City of Boston', ['boston.gov'])).toBe('name');
    expect(governmentClue('Parks Team', ['parks.boston.gov'])).toBe('email');
    expect(governmentClue('Acme', ['acme.example'])).toBe('');
  });
});
