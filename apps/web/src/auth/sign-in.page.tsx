import { type FormEvent, useState } from 'react';
import { createApiClient } from '../api/api-client';
import { storeViewer } from './api-key.storage';
import { ViewerQuery } from './viewer.context';

export function SignInPage({ onSignedIn }: { onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const candidate = key.trim();
    if (!candidate) return setError('Enter an API key.');
    setBusy(true);
    setError(null);
    // A throwaway client: the key is kept only once the API has accepted it.
    const result = await createApiClient(candidate).query(ViewerQuery, {}).toPromise();
    setBusy(false);
    if (result.error) {
      const status = (result.error.response as Response | undefined)?.status;
      setError(
        status === 401
          ? 'This API key is invalid or revoked.'
          : status === 429
            ? 'Too many failed attempts: wait a minute and try again.'
            : `Could not sign in: ${result.error.message}`,
      );
      return;
    }
    storeViewer(result.data!.viewer);
    onSignedIn(candidate);
  };

  return (
    <main className="sign-in">
      <h1>Sign in to Sextant</h1>
      <form onSubmit={submit}>
        <label htmlFor="api-key">API key</label>
        <input id="api-key" type="password" autoComplete="current-password" value={key} onChange={(e) => setKey(e.target.value)} autoFocus />
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      <p className="hint">
        After <code>pnpm start</code>, the admin key is in <code>.sextant/admin-key</code> (or the <code>SEXTANT_ADMIN_KEY</code> you set).
      </p>
    </main>
  );
}
