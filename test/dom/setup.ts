import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { clear, createStore } from 'idb-keyval';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

afterEach(async () => {
  // Kept calendars live in IndexedDB (fake-indexeddb here), which fakeBrowser.reset() does not touch.
  await clear(createStore('eventually-calendars', 'kept'));
  cleanup();
  fakeBrowser.reset();
  document.body.innerHTML = '';
});
