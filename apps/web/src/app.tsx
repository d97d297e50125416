import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, Navigate, NavLink, Outlet, Route, Routes, useLocation, useParams } from 'react-router';
import { Provider } from 'urql';
import { createApiClient } from './api/api-client';
import { clearApiKey, readApiKey, storeApiKey } from './auth/api-key.storage';
import { SignInPage } from './auth/sign-in.page';
import { canRead, ViewerProvider, useViewer } from './auth/viewer.context';
import { ProjectsPage } from './projects/projects.page';
import { TraceListPage } from './traces/trace-list.page';
import { TraceViewPage } from './traces/trace-view.page';
import { ThemeToggle } from './ui/theme-toggle';

// Pages other than the trace list and view load on first visit: the charts, dialogs and forms they
// bring stay out of the bundle a trace link has to parse before it shows anything.
const DashboardPage = lazy(() => import('./dashboard/dashboard.page').then((m) => ({ default: m.DashboardPage })));
const SessionListPage = lazy(() => import('./sessions/session-list.page').then((m) => ({ default: m.SessionListPage })));
const SessionPlaybackPage = lazy(() => import('./sessions/session-playback.page').then((m) => ({ default: m.SessionPlaybackPage })));
const TraceComparePage = lazy(() => import('./traces/trace-compare.page').then((m) => ({ default: m.TraceComparePage })));
const PromptListPage = lazy(() => import('./prompts/prompt-list.page').then((m) => ({ default: m.PromptListPage })));
const PromptPage = lazy(() => import('./prompts/prompt.page').then((m) => ({ default: m.PromptPage })));
const DatasetListPage = lazy(() => import('./datasets/dataset-list.page').then((m) => ({ default: m.DatasetListPage })));
const DatasetPage = lazy(() => import('./datasets/dataset.page').then((m) => ({ default: m.DatasetPage })));
const AnnotationPage = lazy(() => import('./annotation/annotation.page').then((m) => ({ default: m.AnnotationPage })));
const AnnotationQueuePage = lazy(() => import('./annotation/annotation.page').then((m) => ({ default: m.AnnotationQueuePage })));
const ExperimentPage = lazy(() => import('./experiments/experiment.page').then((m) => ({ default: m.ExperimentPage })));
const ExperimentComparePage = lazy(() => import('./experiments/experiment-compare.page').then((m) => ({ default: m.ExperimentComparePage })));
const SettingsPage = lazy(() => import('./settings/settings.page').then((m) => ({ default: m.SettingsPage })));

export function App() {
  const [apiKey, setApiKey] = useState(readApiKey);
  const location = useLocation();
  const signOut = () => {
    clearApiKey();
    setApiKey(null);
  };
  // One client per key: signing in as someone else must not reuse the previous key's socket.
  const client = useMemo(() => (apiKey ? createApiClient(apiKey, signOut) : null), [apiKey]);

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
  return (
    <Provider value={client}>
      <header className="top-bar">
        <Link to="/projects" className="brand">
          Sextant
        </Link>
        <nav aria-label="Main">
          <Link to="/projects">Projects</Link>
        </nav>
        <ThemeToggle />
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>
        <ViewerProvider>
          <Routes>
            <Route path="/" element={<Navigate to="/projects" replace />} />
            <Route path="/sign-in" element={<Navigate to={(location.state as { from?: string } | null)?.from ?? '/projects'} replace />} />
            <Route path="/projects" element={<ProjectsPage />} />
            <Route path="/projects/:projectId" element={<ProjectLayout />}>
              <Route index element={<Navigate to="traces" replace />} />
              <Route path="traces" element={<TraceListPage />} />
              <Route path="traces/:traceId" element={<TraceViewPage />} />
              <Route path="compare" element={<TraceComparePage />} />
              <Route path="sessions" element={<SessionListPage />} />
              <Route path="sessions/:sessionId" element={<SessionPlaybackPage />} />
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="prompts" element={<PromptListPage />} />
              <Route path="prompts/:promptId" element={<PromptPage />} />
              <Route path="datasets" element={<DatasetListPage />} />
              <Route path="datasets/:datasetId" element={<DatasetPage />} />
              <Route path="experiments/compare" element={<ExperimentComparePage />} />
              <Route path="experiments/:experimentId" element={<ExperimentPage />} />
              <Route path="annotation" element={<AnnotationPage />} />
              <Route path="annotation/:queueId" element={<AnnotationQueuePage />} />
              <Route path="settings" element={<SettingsPage />} />
            </Route>
            <Route path="*" element={<p role="alert">No such page.</p>} />
          </Routes>
        </ViewerProvider>
      </main>
    </Provider>
  );
}

/** A project's tabs above its pages. An ingest-only key reads nothing, so it gets a note instead. */
function ProjectLayout() {
  const { projectId } = useParams() as { projectId: string };
  const viewer = useViewer();
  if (!canRead(viewer)) {
    return (
      <p role="alert">This API key has the ingest role: it can send traces but not read them. Sign in with a read or admin key to see project {projectId}.</p>
    );
  }
  const base = `/projects/${projectId}`;
  return (
    <>
      <nav aria-label="Project" className="project-tabs">
        <NavLink to={`${base}/traces`}>Traces</NavLink>
        <NavLink to={`${base}/sessions`}>Sessions</NavLink>
        <NavLink to={`${base}/dashboard`}>Dashboard</NavLink>
        <NavLink to={`${base}/prompts`}>Prompts</NavLink>
        <NavLink to={`${base}/datasets`}>Datasets</NavLink>
        <NavLink to={`${base}/annotation`}>Annotation</NavLink>
        <NavLink to={`${base}/settings`}>Settings</NavLink>
      </nav>
      <Suspense fallback={<p aria-busy="true">Loading…</p>}>
        <Outlet />
      </Suspense>
    </>
  );
}
