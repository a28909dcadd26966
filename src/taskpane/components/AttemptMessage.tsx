/** The outcome of a panel's last action (useAttempt), when there is one. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PaneMessage } from '../hooks/useAttempt';

export function AttemptMessage({ message, testId }: { message: PaneMessage | null; testId: string }) {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} data-testid={testId}>
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
