/**
 * The calendar content script's side of the budget: one message to the background
 * (./budget.ts). Imports only types from the calendar core, so the page's bundle stays small.
 */
import type { WeekBooking } from '../lib/calendar/budget-notice';
import { sendMessage } from './messaging';

function isWeekBooking(value: unknown): value is WeekBooking {
  const booking = value as Partial<WeekBooking> | null;
  return (
    typeof booking === 'object' &&
    booking !== null &&
    typeof booking.connected === 'boolean' &&
    typeof booking.bookedHours === 'number' &&
    typeof booking.weekStart === 'number' &&
    typeof booking.weekEnd === 'number' &&
    Array.isArray(booking.counted)
  );
}

/** A page's side: null when the background could not answer (the overlay then says nothing). */
export async function requestWeekBooking(weekOf: number): Promise<WeekBooking | null> {
  const reply = await sendMessage({ type: 'budget/week', weekOf });
  return reply.ok && isWeekBooking(reply.value) ? reply.value : null;
}
