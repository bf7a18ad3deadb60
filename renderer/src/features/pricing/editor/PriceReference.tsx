import { pastPriceReference, priceReferenceSentences } from '@shared/pricing';
import { useProjectsOfServiceType } from '../../../db/hooks/projectHooks';

interface PriceReferenceProps {
  serviceTypeId: string;
  serviceTypeName: string;
  currency: string;
  /** The price as typed, once it reads. */
  priceMinor: number | null;
}

/** What past projects of the linked service type were billed, held against the price. */
export function PriceReference({
  serviceTypeId,
  serviceTypeName,
  currency,
  priceMinor,
}: PriceReferenceProps) {
  const projects = useProjectsOfServiceType(serviceTypeId);
  if (serviceTypeId === '') {
    return (
      <p className="price-reference price-reference--empty">
        Link a service type above to see what past projects of that kind were billed.
      </p>
    );
  }
  if (!projects) return null;
  const reference = pastPriceReference(projects, serviceTypeId, currency);
  return (
    <div className="price-reference">
      <h3 className="price-reference__title">From your past projects</h3>
      {priceReferenceSentences(reference, serviceTypeName, currency, priceMinor).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </div>
  );
}
