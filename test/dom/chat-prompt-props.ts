/** The chat prompt's props with every callback a spy, for the DOM tests that mount the prompt. */
import { vi } from 'vitest';
import type { ChatPromptProps } from '../../components/chat/ChatPrompt';

export function promptProps(over: Partial<ChatPromptProps> = {}): ChatPromptProps {
  return {
    kind: 'greeting-only',
    theme: 'light',
    canMute: true,
    onAddQuestion: vi.fn(),
    onSendAnyway: vi.fn(),
    onClose: vi.fn(),
    onMute: vi.fn(),
    onSnooze: vi.fn(),
    onOpenSettings: vi.fn(),
    ...over,
  };
}
