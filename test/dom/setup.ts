import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { clear, createStore } from 'idb-keyval';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setCatalog } from '../../components/i18n';
import { loadCatalog } from '../catalogs';

// The fake browser has no i18n: the interface reads the English catalog (a test may switch).
const english = await loadCatalog('en');
setCatalog(english, 'en');

afterEach(async () => {
  // Kept calendars live in IndexedDB (fake-indexeddb here), which fakeBrowser.reset() does not touch.
  await clear(createStore('eventually-calendars', 'kept'));
  cleanup();
  fakeBrowser.reset();
  setCatalog(english, 'en');
  document.body.innerHTML = '';
});
