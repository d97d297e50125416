import { useMemo, useState } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { clearApiKey, readApiKey, storeApiKey } from './api-key';
import { createApiClient } from './client';
import { ProjectsPage } from './projects.page';
import { SignInPage } from './sign-in.page';
import { TraceListPage } from './trace-list.page';
import { TraceViewPage } from './trace-view.page';

export function App() {
  const [apiKey, setApiKey] = useState(readApiKey);
  const location = useLocation();
  // One client per key: signing in as someone else must not reuse the previous key's socket.
  const client = useMemo(
    () =>
      apiKey
        ? createApiClient(apiKey, () => {
            clearApiKey();
            setApiKey(null);
          })
        : null,
    [apiKey],
  );

  if (!apiKey || !client) {
    return (
      <Routes>
        <Route
          path="/sign-in"
          element={
            <SignInPage
              onSignedIn={(key) => {
                storeApiKey(key);
                setApiKey(key);
              }}
            />
          }
        />
        <Route path="*" element={<Navigate to="/sign-in" state={{ from: location.pathname + location.search }} replace />} />
      </Routes>
    );
  }
  const signOut = () => {
    clearApiKey();
    setApiKey(null);
  };
  return (
    <Provider value={client}>
      <header className="top-bar">
        <Link to="/projects" className="brand">
          Sextant
        </Link>
        <nav aria-label="Main">
          <Link to="/projects">Projects</Link>
        </nav>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>
        <Routes>
          <Route path="/" element={<Navigate to="/projects" replace />} />
          <Route path="/sign-in" element={<Navigate to={(location.state as { from?: string } | null)?.from ?? '/projects'} replace />} />
          <Route path="/projects" element={<ProjectsPage />} />
          <Route path="/projects/:projectId" element={<ProjectRedirect />} />
          <Route path="/projects/:projectId/traces" element={<TraceListPage />} />
          <Route path="/projects/:projectId/traces/:traceId" element={<TraceViewPage />} />
          <Route path="*" element={<p role="alert">No such page.</p>} />
        </Routes>
      </main>
    </Provider>
  );
}

function ProjectRedirect() {
  const { pathname } = useLocation();
  return <Navigate to={`${pathname.replace(/\/$/, '')}/traces`} replace />;
}
