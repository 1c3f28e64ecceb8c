import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { PaneMessage } from "../messages";

export function Messages(props: { messages: PaneMessage[]; onDismiss?: (code: string) => void }) {
  if (props.messages.length === 0) return null;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      {props.messages.map((m) => (
        <MessageBar key={m.code} intent={m.intent} layout="multiline" data-code={m.code}>
          <MessageBarBody>
            <MessageBarTitle>{m.title}</MessageBarTitle>
            {m.body}
          </MessageBarBody>
          {props.onDismiss && (
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  icon={<DismissRegular />}
                  aria-label={`Dismiss: ${m.title}`}
                  onClick={() => props.onDismiss!(m.code)}
                />
              }
            />
          )}
        </MessageBar>
      ))}
    </div>
  );
}
