import { type StartupCause, startupAdvice } from '@shared/storage/startupProblem';

/** The page shown instead of the app when its data cannot be opened, with advice for the cause. */
export function StartupProblem({ cause }: { cause: StartupCause }) {
  const { title, advice } = startupAdvice(cause);
  return (
    <div className="startup-error" role="alert">
      <h1>{title}</h1>
      {advice.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
