import { formatFileSize } from '@shared/text/fileSize';
import { useEffect, useState } from 'react';

interface StorageFacts {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStorageFacts(): Promise<StorageFacts> {
  const storage = navigator.storage;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Whether the browser promised to keep the data under storage pressure, and how full it is. */
export function StorageStatus() {
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  useEffect(() => {
    void readStorageFacts().then(setFacts);
  }, []);
  if (facts === null) return null;
  return (
    <div className="storage-status">
      <h3>Storage on this computer</h3>
      <p>
        {facts.persisted === true
          ? 'Persistent: your data is kept even when the disk runs low.'
          : 'Not persistent: when the disk runs very low, the system may clear Clientele’s data. Keep backups.'}
      </p>
      {facts.usage !== null && facts.quota !== null && (
        <p>
          Using {formatFileSize(facts.usage)} of the {formatFileSize(facts.quota)} Clientele may use (
          {Math.min(100, Math.round((facts.usage / Math.max(1, facts.quota)) * 100))}%).
        </p>
      )}
    </div>
  );
}
