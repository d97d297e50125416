import { loadConfig } from '@sextant/config';
import { dueForForward, forwardingSettings, forwardingSummary } from './langsmith-forward.service';

const key = { LANGSMITH_API_KEY: 'lsv2_secret_value' };

describe('forwarding settings', () => {
  it("applies a project's own choice over the server default, and never forwards without a key", () => {
    const on = loadConfig({ ...key, LANGSMITH_TRACING: 'true', LANGSMITH_PROJECT: 'ls-default' });
    const optIn = loadConfig(key);
    const none = loadConfig({ LANGSMITH_TRACING: 'true' });
    const project = (langsmithForwarding: boolean | null, langsmithProject: string | null = null) => ({ langsmithForwarding, langsmithProject });
    expect(forwardingSettings(on, project(null))).toEqual({ enabled: true, langsmithProject: 'ls-default' });
    expect(forwardingSettings(on, project(false, 'mine'))).toEqual({ enabled: false, langsmithProject: 'mine' });
    expect(forwardingSettings(optIn, project(null)).enabled).toBe(false);
    expect(forwardingSettings(optIn, project(true)).enabled).toBe(true);
    expect(forwardingSettings(none, project(true)).enabled).toBe(false);
  });

  it('forwards running traces only when parts are on', () => {
    const traces = [
      { id: 'a', running: true },
      { id: 'b', running: false },
    ];
    expect(dueForForward(loadConfig({}), traces)).toEqual(traces);
    expect(dueForForward(loadConfig({ LANGSMITH_FORWARD_INTERVAL_MS: '0' }), traces)).toEqual([{ id: 'b', running: false }]);
  });

  it('describes forwarding for the start-up banner without the key or the credentials of the endpoint', () => {
    expect(forwardingSummary(loadConfig({}))).toMatch(/^off \(LANGSMITH_API_KEY not set\)/);
    const line = forwardingSummary(loadConfig({ ...key, LANGSMITH_TRACING: 'true', LANGSMITH_ENDPOINT: 'https://user:hunter2@eu.api.smith.langchain.com/' }));
    expect(line).toMatch(/^on .* https:\/\/eu\.api\.smith\.langchain\.com, LangSmith project "default"/);
    expect(line).not.toMatch(/lsv2_secret_value|hunter2|user/);
    expect(forwardingSummary(loadConfig(key))).toMatch(/^off by default .* projects can turn it on/);
  });
});
