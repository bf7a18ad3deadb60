import type { Project, ServiceType } from '@shared/model/project';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';
import { projectsOfServiceType } from '../pricingRepository';
import { projectsOfClient } from '../projectsRepository';
import { listServiceTypes } from '../serviceTypesRepository';

/** Named live reads of projects and service types for components: undefined while loading. */

export function useProjectsOfClient(clientId: string): Project[] | undefined {
  return useLiveQuery(() => projectsOfClient(db, clientId), [clientId]);
}

/** Past projects of a service type; none when no type is linked. */
export function useProjectsOfServiceType(serviceTypeId: string): Project[] | undefined {
  return useLiveQuery(() => projectsOfServiceType(db, serviceTypeId), [serviceTypeId]);
}

/** Every service type, by name. */
export function useServiceTypes(): ServiceType[] | undefined {
  return useLiveQuery(() => listServiceTypes(db), []);
}
