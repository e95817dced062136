// The IndexedDB side of Satchel's page store (see docs/ARCHITECTURE.md, "Storage").
//
// The database file lives in wasm memory as pages (src/core/db/page_store.cpp). At every SQLite
// commit the changed pages arrive here through commit(); they are copied out of the wasm heap at
// once and written, with a header {pageSize, pageCount, seq}, in ONE readwrite transaction, so
// IndexedDB always holds a whole committed state. Writes go strictly in commit order, one
// transaction at a time; commits that pile up meanwhile are merged into the next transaction
// (later page versions win), which is still one committed state.
//
// Pitfalls this code is written against:
//  - put(HEAPU8.subarray(...)) would store the whole heap: every page is slice()d (a copy).
//  - every put of a transaction is issued synchronously inside one request callback; an await in
//    between would let IndexedDB auto-commit half a transaction.
//  - transactions ask for {durability: 'strict'}: "complete" then means on disk, not in a buffer.
//  - a failed write stops all later writes: commit N+1 is never written on top of a missing N.
//    The data stays in memory and in this queue, and the write is retried.
//  - a second writer is refused twice over: a Web Lock makes one tab the owner, and inside each
//    transaction the stored header's seq must be the one this tab last wrote.
//  - flushed() never waits on a tab that cannot save (read-only, taken over, conflict, no
//    IndexedDB): it rejects with the reason, and waiters pending when saving stops are rejected.
//
// The wasm side is reached only through web/js_boundary.js: commits arrive with their pages already
// copied out of the heap, and the loaded pages and the status go back through the port handTo() gets.
// The API is window.satchelPageStore's functions; the state below is private.
'use strict';

(function () {
  const DB_NAME = 'satchel';
  const DB_VERSION = 1;
  const LOCK_NAME = 'satchel-database-owner';
  const TAKE_OVER_FLAG = 'satchel-take-over';
  const LOAD_BATCH = 512;  // pages per getAll()
  const RETRY_MS = [1000, 2000, 5000, 10000, 30000];
  // "Take over" first asks the owning tab to hand over: it stores what is being typed and writes
  // what it has committed, then lets go. A tab that does not answer in time (frozen, or its writes
  // keep failing) has the lock taken from it anyway.
  const HAND_OVER_CHANNEL = 'satchel-database-owner';
  const HAND_OVER_WAIT_MS = 5000;

  // Shared with platform/storage.h (StorageState), checked at start-up by js_boundary.js.
  const State = window.satchelWasm.constants.StorageState;

  const store = {
    idb: null,
    owner: false,           // this tab holds the Web Lock and may write
    state: State.Saved,
    error: '',
    header: null,           // as loaded: {pageSize, pageCount, seq}
    loaded: null,           // page index -> ArrayBuffer, until handed to wasm
    lastDurableSeq: 0,      // seq of the last commit known to be in IndexedDB
    lastQueuedSeq: 0,
    queue: [],              // commits not yet durable, oldest first
    inFlight: null,
    retryTimer: null,
    retries: 0,
    storedPageCount: 0,     // pages in IndexedDB after the last durable write
    flushWaiters: [],
    persisted: false,
    usage: 0,
    quota: 0,
    bytesWritten: 0,        // page bytes handed to put(), for benchmarks
    timings: {},
  };
  let wasm = null;          // the storage port from js_boundary.js, once the runtime is up
  let releaseLock = null;   // lets go of the Web Lock this tab holds
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(HAND_OVER_CHANNEL);

  // ---- Small promise helpers over IndexedDB requests ------------------------------------------
  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  function openDatabase() {
    return new Promise((resolve, reject) => {
      let req;
      try {
        req = indexedDB.open(DB_NAME, DB_VERSION);
      } catch (e) {
        reject(e);
        return;
      }
      req.onupgradeneeded = () => {
        req.result.createObjectStore('pages');
        req.result.createObjectStore('meta');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('another tab holds an older version of the database open'));
    });
  }

  function describe(error) {
    const name = error && error.name;
    if (name === 'QuotaExceededError') {
      return 'The browser refused to save: its storage for this site is full (QuotaExceededError). ' +
        'Your changes are kept in this tab. Download a backup, then free some space.';
    }
    if (name === 'ConflictError') return error.message;
    if (name === 'InvalidStateError' || name === 'UnknownError') {
      return `The browser could not write to its database (${name}: ${error.message}). Your changes are kept in this tab.`;
    }
    return `Saving failed (${name || 'Error'}: ${(error && error.message) || error}). Your changes are kept in this tab.`;
  }

  // ---- Ownership: one writing tab --------------------------------------------------------------
  function acquireLock(steal) {
    if (!navigator.locks) return Promise.resolve(true);  // no Web Locks: assume the only tab
    return new Promise((resolve) => {
      const options = steal ? { steal: true } : { ifAvailable: true };
      navigator.locks.request(LOCK_NAME, options, (lock) => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        resolve(true);
        return new Promise((release) => { releaseLock = release; });  // held until handed over
      }).catch((e) => {
        // Stolen by a tab that chose "Take over": stop writing for good.
        if (e && e.name === 'AbortError') takenOver();
      });
    });
  }

  function takenOver() {
    store.owner = false;
    store.queue = [];
    clearTimeout(store.retryTimer);
    setState(State.TakenOver, 'Satchel was taken over by another tab. This tab no longer saves; reload it to continue here.');
  }

  // The owner's side of "Take over": what is typed is stored, every commit is written (a failed
  // write is tried again every quarter second instead of after its back-off), then the lock is let
  // go and the other tab told. When the writes still fail at the deadline it does not answer: the
  // other tab takes the lock anyway, and this one says it was taken over (what it could not write
  // is lost then, as it would be on closing the tab).
  let handingOver = null;  // the hand-over under way: later requests wait for it too
  async function handOver() {
    if (wasm) wasm.commitEdits();
    const deadline = performance.now() + HAND_OVER_WAIT_MS - 500;
    while (pendingCommits() && store.owner && performance.now() < deadline) {
      if (store.retryTimer) {
        clearTimeout(store.retryTimer);
        store.retryTimer = null;
        pump();
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    if (!store.owner || pendingCommits()) return false;
    takenOver();
    if (releaseLock) releaseLock();
    return true;
  }
  if (channel) {
    channel.onmessage = async (e) => {
      const request = e.data && e.data.handOver;
      if (!request || !(store.owner || handingOver)) return;
      if (!handingOver) handingOver = handOver().then((done) => { if (!done) handingOver = null; return done; });
      if (await handingOver) channel.postMessage({ handedOver: request });
    };
  }

  // The other side: asks the owner to hand over, and waits for it (or for the time limit).
  function askOwnerToHandOver() {
    if (!channel) return Promise.resolve();
    const request = `${Date.now()}-${Math.random()}`;
    return new Promise((resolve) => {
      const done = () => { channel.removeEventListener('message', answered); resolve(); };
      const answered = (e) => { if (e.data && e.data.handedOver === request) done(); };
      channel.addEventListener('message', answered);
      setTimeout(done, HAND_OVER_WAIT_MS);
      channel.postMessage({ handOver: request });
    });
  }

  // ---- Loading, before main() -------------------------------------------------------------------
  async function load() {
    const started = performance.now();
    const steal = sessionStorage.getItem(TAKE_OVER_FLAG) === '1';
    sessionStorage.removeItem(TAKE_OVER_FLAG);
    store.owner = await acquireLock(steal);
    try {
      store.idb = await openDatabase();
    } catch (e) {
      store.owner = false;
      setState(State.Unavailable, 'This browser gives Satchel no storage here (IndexedDB is unavailable, as in some ' +
        `private windows: ${(e && e.message) || e}). You can work, but nothing is saved unless you download a backup.`);
      return;
    }
    const tx = store.idb.transaction(['pages', 'meta'], 'readonly');
    const header = await request(tx.objectStore('meta').get('header'));
    store.header = header || null;
    store.loaded = new Map();
    if (header) {
      const pages = tx.objectStore('pages');
      for (let lo = 0; lo < header.pageCount; lo += LOAD_BATCH) {
        const hi = Math.min(lo + LOAD_BATCH, header.pageCount) - 1;
        const [keys, values] = await Promise.all([
          request(pages.getAllKeys(IDBKeyRange.bound(lo, hi))),
          request(pages.getAll(IDBKeyRange.bound(lo, hi))),
        ]);
        keys.forEach((k, i) => store.loaded.set(k, values[i]));
        const loading = document.getElementById('loading');
        if (loading && header.pageCount > LOAD_BATCH) {
          loading.textContent = `Opening your data… ${Math.round((100 * (hi + 1)) / header.pageCount)}%`;
        }
      }
      store.lastDurableSeq = header.seq;
      store.lastQueuedSeq = header.seq;
      store.storedPageCount = header.pageCount;
    }
    store.timings.pagesLoadedMs = performance.now() - started;
    if (!store.owner) {
      setState(State.ReadOnly, 'Satchel is open in another tab. This tab is read-only.');
    }
    if (navigator.storage && navigator.storage.persist) {
      navigator.storage.persist().then((p) => { store.persisted = p; refreshUsage(); }).catch(() => {});
    }
  }

  // Called once the runtime is up and before main(): hands the loaded pages to the wasm store.
  // `port` is js_boundary.js's storage port: {byteLimit, beginLoad, loadPage, report}.
  function handTo(port) {
    wasm = port;
    const h = store.header;
    if (h) {
      const limit = wasm.byteLimit();
      if (h.pageSize * h.pageCount > limit) {
        throw new Error(`The saved database is ${Math.round(h.pageSize * h.pageCount / 1e6)} MB, more than ` +
          `the ${Math.round(limit / 1e6)} MB this browser tab can hold.`);
      }
      wasm.beginLoad(h.pageSize, h.pageCount, h.seq);
      for (const [index, bytes] of store.loaded) wasm.loadPage(index, bytes);
    }
    store.loaded = null;  // the wasm heap holds the pages now
    report();
  }

  // ---- Commits from SQLite ---------------------------------------------------------------------
  // `c`: {seq, pageSize, pageCount, previousPageCount, pages: Map(index -> bytes)}, pages already copied.
  function commit(c) {
    // Not the owner: read-only or taken over (SQLite is query_only, so nothing arrives), or no
    // IndexedDB at all (the state already says nothing is saved; the backup download still works).
    if (!store.owner) return;
    const { seq, pageSize, pageCount, previousPageCount, pages } = c;
    store.queue.push({ seq, pageSize, pageCount, minPageCount: Math.min(pageCount, previousPageCount), pages });
    store.lastQueuedSeq = seq;
    if (store.state === State.Saved) setState(State.Saving, '');
    pump();
  }

  function merge(commits) {
    const merged = { ...commits[commits.length - 1], pages: new Map() };
    merged.minPageCount = Math.min(...commits.map((c) => c.minPageCount));
    for (const c of commits) for (const [index, bytes] of c.pages) merged.pages.set(index, bytes);
    return merged;
  }

  function pump() {
    if (store.inFlight || store.retryTimer || !store.queue.length || !store.owner) return;
    const batch = merge(store.queue);
    store.queue = [];
    store.inFlight = batch;
    const started = performance.now();
    write(batch).then(() => {
      store.inFlight = null;
      store.lastDurableSeq = batch.seq;
      store.storedPageCount = batch.pageCount;
      store.retries = 0;
      store.timings.lastWriteMs = performance.now() - started;
      if (!store.queue.length) setState(State.Saved, '');
      settleFlushWaiters();
      pump();
    }, (error) => {
      store.inFlight = null;
      if (!store.owner) return;
      store.queue.unshift(batch);  // nothing after it may be written first
      if (error && error.name === 'ConflictError') {
        store.owner = false;
        setState(State.TakenOver, error.message);
        return;
      }
      setState(State.Failed, describe(error));
      const delay = RETRY_MS[Math.min(store.retries, RETRY_MS.length - 1)];
      store.retries++;
      store.retryTimer = setTimeout(() => { store.retryTimer = null; pump(); }, delay);
    });
  }

  function write(batch) {
    return new Promise((resolve, reject) => {
      let tx;
      try {
        tx = store.idb.transaction(['pages', 'meta'], 'readwrite', { durability: 'strict' });
      } catch (e) {
        reject(e);
        return;
      }
      let conflict = null;
      const meta = tx.objectStore('meta');
      const pages = tx.objectStore('pages');
      meta.get('header').onsuccess = (event) => {
        const stored = event.target.result;
        const storedSeq = stored ? stored.seq : 0;
        if (storedSeq !== store.lastDurableSeq) {
          conflict = new DOMException(`Another tab wrote to this database (stored commit ${storedSeq}, this tab ` +
            `last wrote ${store.lastDurableSeq}). This tab stopped saving to avoid overwriting it.`, 'ConflictError');
          tx.abort();
          return;
        }
        // Every request of the commit is issued here, synchronously, in this one callback.
        const storedCount = stored ? stored.pageCount : 0;
        if (batch.minPageCount < storedCount) pages.delete(IDBKeyRange.lowerBound(batch.minPageCount));
        let bytes = 0;
        for (const [index, data] of batch.pages) {
          if (index >= batch.pageCount) continue;
          pages.put(data, index);
          bytes += data.byteLength;
        }
        meta.put({ pageSize: batch.pageSize, pageCount: batch.pageCount, seq: batch.seq }, 'header');
        store.bytesWritten += bytes;
      };
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(conflict || tx.error || new DOMException('The write was aborted', 'AbortError'));
    });
  }

  // ---- flushed(): resolves once durable, rejects when this tab cannot save ------------------------
  // While a write fails and is retried (quota), waiters keep waiting: the retry may still land.
  function whyNotSaving() {
    const cannot = store.state === State.ReadOnly || store.state === State.TakenOver ||
      store.state === State.Unavailable;
    return cannot ? `Nothing this tab writes can be saved: ${store.error}` : '';
  }

  function flushed() {
    const reason = whyNotSaving();
    if (reason) return Promise.reject(new Error(reason));
    const seq = store.lastQueuedSeq;
    if (seq <= store.lastDurableSeq) return Promise.resolve();
    return new Promise((resolve, reject) => store.flushWaiters.push({ seq, resolve, reject }));
  }

  function settleFlushWaiters() {
    const reason = whyNotSaving();
    if (reason) {
      const all = store.flushWaiters;
      store.flushWaiters = [];
      all.forEach((w) => w.reject(new Error(reason)));
      return;
    }
    const due = store.flushWaiters.filter((w) => w.seq <= store.lastDurableSeq);
    store.flushWaiters = store.flushWaiters.filter((w) => w.seq > store.lastDurableSeq);
    due.forEach((w) => w.resolve());
  }

  // ---- Status for the UI and the automation surface ----------------------------------------------
  function pendingCommits() {
    return store.queue.length + (store.inFlight ? 1 : 0);
  }

  function setState(state, error) {
    store.state = state;
    store.error = error || '';
    settleFlushWaiters();
    report();
  }

  function status() {
    return { state: store.state, error: store.error, persisted: store.persisted, usage: store.usage,
      quota: store.quota, pendingCommits: pendingCommits(), lastDurableSeq: store.lastDurableSeq,
      bytesWritten: store.bytesWritten, timings: { ...store.timings } };
  }

  function report() {
    if (wasm) wasm.report(status());
  }

  function refreshUsage() {
    if (!navigator.storage || !navigator.storage.estimate) return Promise.resolve();
    return navigator.storage.estimate().then((e) => {
      store.usage = e.usage || 0;
      store.quota = e.quota || 0;
      report();
    }).catch(() => {});
  }

  window.addEventListener('beforeunload', (e) => {
    if (store.queue.length || store.inFlight) {
      e.preventDefault();
      e.returnValue = 'Satchel is still saving. Leave anyway?';
    }
  });

  window.satchelPageStore = {
    load,            // before main(): takes the lock (or not) and reads every stored page
    handTo,          // once the runtime is up: gives the loaded pages to wasm
    commit,          // every SQLite commit, from js_boundary.js
    flushed,         // resolves when every commit so far is durable; rejects if this tab cannot save
    status,          // a snapshot: {state, error, persisted, usage, quota, pendingCommits, lastDurableSeq, ...}
    refreshUsage,    // asks the browser for usage and quota again
    async takeOver() {  // reloads this tab as the owner once the other has handed over (or stopped answering)
      await askOwnerToHandOver();
      sessionStorage.setItem(TAKE_OVER_FLAG, '1');
      location.reload();
    },
  };
})();
