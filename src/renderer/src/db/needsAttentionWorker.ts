/// <reference lib="webworker" />
import { JournalDatabase } from './journalDatabase';
import { watchNeedsAttention, type AttentionAnswer, type AttentionWatch } from './needsAttention';

export type NeedsAttentionRequest = { kind: 'watch'; databaseName: string; today: string; wanted: number } | { kind: 'want'; wanted: number };
export type NeedsAttentionReply = { kind: 'answer'; answer: AttentionAnswer } | { kind: 'failed'; message: string };

let watch: AttentionWatch | undefined;

/**
 * "What needs attention" off the UI thread: the watched dates of a neglected journal are tens of
 * thousands of records, read again after every save; on the page their garbage stalled the list.
 */
self.onmessage = (event: MessageEvent<NeedsAttentionRequest>) => {
  const request = event.data;
  const post = (reply: NeedsAttentionReply) => self.postMessage(reply);
  if (request.kind === 'want') {
    watch?.want(request.wanted);
    return;
  }
  watch?.stop();
  const db = new JournalDatabase(request.databaseName);
  watch = watchNeedsAttention(db, request.today, request.wanted, {
    onAnswer: (answer) => post({ kind: 'answer', answer }),
    onError: (error) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  });
};
