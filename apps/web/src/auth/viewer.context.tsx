import { createContext, type ReactNode, useContext } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ApiKeyRole } from '../gql/graphql';

const ViewerQuery = graphql(`
  query WebViewer {
    viewer {
      role
      bootstrapAdmin
      projectId
    }
  }
`);

/** The signed-in key: its role decides what the UI offers (an ingest key reads nothing, only admins manage). */
export type Viewer = { role: ApiKeyRole; bootstrapAdmin: boolean; projectId: string | null };

const ViewerContext = createContext<Viewer | null>(null);

/** Asks the API who the key is once per sign-in, and renders the app only then. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: ViewerQuery });
  if (error) return <p role="alert">Could not reach the API: {error.message}</p>;
  if (!data) return <p aria-busy="true">Signing in…</p>;
  return <ViewerContext.Provider value={data.viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in key; only inside ViewerProvider. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside ViewerProvider');
  return viewer;
}

/** Whether the key may read traces, or manage keys and settings. */
export const canRead = (v: Viewer) => v.role !== 'INGEST';
export const canManage = (v: Viewer) => v.role === 'ADMIN';
