import type { ChatMessage, ChatToolCall } from './chat-messages';

/** Arguments a model wrote, pretty-printed when they are JSON. */
function prettyArguments(args: string): string {
  try {
    return JSON.stringify(JSON.parse(args), null, 2);
  } catch {
    return args;
  }
}

function ToolCallView({ call }: { call: ChatToolCall }) {
  return (
    <div className="tool-call">
      <div className="tool-call-head">
        <span className="muted">calls</span> <code className="tool-name">{call.name}</code>
        {call.id && <span className="muted call-id"> · {call.id}</span>}
      </div>
      <pre className="tool-args">{prettyArguments(call.arguments)}</pre>
    </div>
  );
}

/** Chat messages with their roles; tool calls with their arguments and tool results with the call they answer. */
export function ChatView({ messages }: { messages: ChatMessage[] }) {
  return (
    <ol className="messages">
      {messages.map((m, i) => (
        <li key={i} className={`message role-${m.role}${m.isError ? ' message-error' : ''}`}>
          <div className="role">
            {m.role}
            {m.name && <span className="muted"> · {m.name}</span>}
            {m.toolCallId && <span className="muted"> · result of {m.toolCallId}</span>}
            {m.isError && <span className="status-error"> · error</span>}
          </div>
          {m.content && <div className="content">{m.content}</div>}
          {m.toolCalls.map((c, j) => (
            <ToolCallView key={j} call={c} />
          ))}
        </li>
      ))}
    </ol>
  );
}
