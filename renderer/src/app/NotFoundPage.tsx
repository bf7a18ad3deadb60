import { Link } from 'wouter';
import { EmptyState } from '../ui/EmptyState';

export function NotFoundPage() {
  return (
    <EmptyState
      title="This page does not exist"
      actions={
        <Link href="/clients" className="button button--primary">
          Go to clients
        </Link>
      }
    >
      <p>The link may be out of date, or the item it pointed to was deleted.</p>
    </EmptyState>
  );
}
