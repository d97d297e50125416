import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { canManage, useViewer } from '../auth/viewer.context';
import { graphql } from '../gql';
import { ApiKeysSection } from './api-keys-section';
import { ForwardingSection } from './forwarding-section';
import { LlmEndpointSection } from './llm-endpoint-section';
import { ModelPricesSection } from './model-prices-section';
import { ProjectDetailsSection } from './project-details-section';
import './settings.css';

const Settings = graphql(`
  query WebSettings($id: ID!) {
    project(id: $id) {
      id
      name
      description
      tags
      metadata
      forwarding {
        available
        enabled
        setting
        langsmithProject
        pending
        failed
      }
      llmEndpoint {
        baseUrl
        defaultModel
        hasApiKey
        apiKeyHint
        updatedAt
      }
    }
  }
`);

/** A project's settings: everyone who reads sees them; only an admin key gets the controls that change them. */
export function SettingsPage() {
  const { projectId } = useParams() as { projectId: string };
  const manage = canManage(useViewer());
  const [{ data, error }, refetch] = useQuery({ query: Settings, variables: { id: projectId } });
  if (error) return <p role="alert">Could not load the settings: {error.message}</p>;
  if (!data) return <p aria-busy="true">Loading settings…</p>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section className="settings">
      <h1>Settings</h1>
      {!manage && <p className="note">This API key has the read role: settings are shown read-only. Sign in with an admin key to change them.</p>}
      <ProjectDetailsSection project={data.project} manage={manage} onSaved={reload} />
      <ApiKeysSection projectId={projectId} manage={manage} />
      <ForwardingSection projectId={projectId} forwarding={data.project.forwarding} manage={manage} onSaved={reload} />
      <LlmEndpointSection projectId={projectId} endpoint={data.project.llmEndpoint ?? null} manage={manage} onSaved={reload} />
      <ModelPricesSection projectId={projectId} manage={manage} />
    </section>
  );
}
