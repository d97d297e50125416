// Settings of the tools the demo agents call, as they appear in tool inputs, network calls and timeouts.

export const WEB_SEARCH = { endpoint: 'https://search-api.internal/v1/search', topK: 5 };

export const RETRIEVER = { k: 4, timeoutMs: 10_000 };

export const PYTHON_SANDBOX = { runtime: 'python3.12', timeoutS: 30 };
