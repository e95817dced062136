// The page's side of the JS<->wasm boundary, and the one script that touches Emscripten's `Module`
// (the wasm side, every function with its types, is src/platform/web/js_boundary.h). It creates
// Module, wraps every export the page calls (window.satchelWasm), answers every call wasm makes
// (Module.fromWasm, reached from the EM_JS functions of js_boundary.cpp), and checks at start-up
// that both sides agree on the constants they share. page_store.js and satchel.js go through it.
'use strict';

(function () {
  // ---- Constants shared with C++ ----------------------------------------------------------------
  // The page needs them before the wasm has loaded (page_store.js has a state while it reads
  // IndexedDB), so it keeps its own copy; at start-up the copy is compared with the wasm's
  // (satchel_boundary_constants) and any difference stops the page with a fatal error.
  // KeyboardEvent.keyCode of the keys sent as keys; letters run from A to Z.
  const Key = Object.freeze({ Backspace: 8, Tab: 9, Enter: 13, Escape: 27, Space: 32, PageUp: 33, PageDown: 34,
    End: 35, Home: 36, Left: 37, Up: 38, Right: 39, Down: 40, Insert: 45, Delete: 46, A: 65, C: 67, V: 86, X: 88,
    Y: 89, Z: 90 });
  const Mod = Object.freeze({ Ctrl: 1, Shift: 2, Alt: 4, Super: 8 });
  const MouseButton = Object.freeze({ Left: 0, Right: 1, Middle: 2 });
  const StorageState = Object.freeze({ Saved: 0, Saving: 1, Failed: 2, ReadOnly: 3, TakenOver: 4, Unavailable: 5 });
  const constants = Object.freeze({ Key, Mod, MouseButton, StorageState });

  function constantMismatches(fromWasm) {
    const out = [];
    for (const group of new Set([...Object.keys(constants), ...Object.keys(fromWasm)])) {
      const ours = constants[group] || {};
      const theirs = fromWasm[group] || {};
      for (const name of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
        if (ours[name] !== theirs[name]) out.push(`${group}.${name}: page ${ours[name]}, app ${theirs[name]}`);
      }
    }
    return out;
  }

  // What satchel.js connects: {pageStore, status(text), fatal(message), started(), afterFrame(...),
  // frameStarted(), frameEnded()}.
  let page = null;

  function startFailed(message) {
    page.fatal(message);
    throw new Error(message);  // an exception here keeps main() from running
  }

  // ---- Storage: what page_store.js asks of the wasm side ----------------------------------------
  const storage = {
    byteLimit: () => Module._satchel_store_byte_limit(),
    beginLoad: (pageSize, pageCount, seq) => Module._satchel_store_begin_load(pageSize, pageCount, seq),
    // Stores what is being typed (before this tab hands the database to another); false if refused.
    commitEdits: () => Module._satchel_commit_edits() !== 0,
    // Copies one stored page into the wasm page store.
    loadPage(index, bytes) {
      const ptr = Module._satchel_store_load_page(index);
      if (ptr) Module.HEAPU8.set(new Uint8Array(bytes), ptr);
    },
    report(s) {
      Module.ccall('satchel_storage_status', null,
        ['number', 'number', 'number', 'string', 'number', 'number', 'number'],
        [s.state, s.pendingCommits, s.lastDurableSeq, s.error, s.persisted ? 1 : 0, s.usage, s.quota]);
    },
  };

  function onRuntimeInitialized() {
    const mismatches = constantMismatches(JSON.parse(Module.ccall('satchel_boundary_constants', 'string', [], [])));
    if (mismatches.length) {
      startFailed(`This copy of Satchel is broken: its page and its app disagree (${mismatches.join('; ')}).`);
    }
    try {
      page.pageStore.handTo(storage);
    } catch (e) {
      startFailed(e.message);
    }
    page.started();
  }

  // ---- Called by wasm (one EM_JS in src/platform/web/js_boundary.cpp per function) ----------------
  const fromWasm = {
    // `pairs` points at `count` pairs of uint32 (page index, address of the page's bytes). The pages
    // are copied now: the wasm heap is reused after this returns.
    commit(seq, pageSize, pageCount, previousPageCount, pairs, count) {
      const pages = new Map();
      const base = pairs >>> 2;
      for (let i = 0; i < count; i++) {
        const index = Module.HEAPU32[base + 2 * i];
        const ptr = Module.HEAPU32[base + 2 * i + 1];
        pages.set(index, Module.HEAPU8.slice(ptr, ptr + pageSize));  // a copy, never a heap view
      }
      page.pageStore.commit({ seq, pageSize, pageCount, previousPageCount, pages });
    },
    afterFrame: (wantText, imeX, imeY, lineHeight) => page.afterFrame(wantText, imeX, imeY, lineHeight),
    setCursor(css) { Module.canvas.style.cursor = css; },
    setClipboard(text) {
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
    isMacPlatform: () => /Mac|iPhone|iPad/.test(navigator.platform),
    takeOverStorage: () => page.pageStore.takeOver(),
    refreshStorageUsage() { page.pageStore.refreshUsage(); },
    downloadFile(name, mimeType, bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    },
    showAddress(address, replace) {
      if (location.hash === address) return;
      if (replace) history.replaceState(null, '', address);
      else history.pushState(null, '', address);
    },
    reportFatal: (message) => page.fatal(message),
    // 0 unsupported, 1 default (not asked yet), 2 granted, 3 denied: js_boundary.cpp names them.
    notificationPermission() {
      if (typeof Notification === 'undefined') return 0;
      return { default: 1, granted: 2, denied: 3 }[Notification.permission] ?? 0;
    },
    requestNotificationPermission() {
      if (typeof Notification !== 'undefined') Notification.requestPermission().catch(() => {});
    },
    notify(title, body, tag) {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
      try {
        const n = new Notification(title, { body, tag });
        n.onclick = () => window.focus();
      } catch (e) { /* some browsers allow notifications only from a service worker */ }
    },
    // Files fetched when first needed (fonts for characters outside the UI font) are kept in Cache
    // Storage, so they are fetched once and are there offline. Their names carry a hash of their
    // bytes, so a kept file is never stale. Without Cache Storage (an insecure origin) plain fetch.
    // A request that stalls gives up after 15 s (the app asks again later), so one bad connection
    // never keeps the rest waiting.
    openFilePicker: (accept) => page.pickFile(accept),
    fetchAsset(request, path) {
      (async () => {
        const url = new URL(path, location.href).href;
        const cache = self.caches ? await caches.open('satchel-assets').catch(() => null) : null;
        let response = cache ? await cache.match(url) : undefined;
        if (!response) {
          const timeout = typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(15000) } : {};
          response = await fetch(url, timeout);
          if (!response.ok) throw new Error(`${path}: ${response.status}`);
          if (cache) await cache.put(url, response.clone()).catch(() => {});
        }
        return new Uint8Array(await response.arrayBuffer());
      })().catch((e) => {
        console.warn('satchel: could not fetch', path, e.message);
        return null;
      }).then((bytes) => {
        // Exactly one answer per request, whatever happened: the app counts the ones under way.
        const ptr = bytes ? Module._malloc(Math.max(bytes.length, 1)) : 0;
        if (!ptr) return Module._satchel_asset_arrived(request, 0, -1);  // none, or no memory left for it
        Module.HEAPU8.set(bytes, ptr);
        Module._satchel_asset_arrived(request, ptr, bytes.length);
      });
    },
  };

  // ---- Module ---------------------------------------------------------------------------------------
  const params = new URLSearchParams(location.search);
  const Module = {
    canvas: document.getElementById('canvas'),
    // ?pageSize=N: the page size of a NEW database (an existing one keeps its own).
    arguments: params.has('pageSize') ? ['--page-size', params.get('pageSize')] : [],
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    setStatus: (text) => page.status(text),
    onAbort: (what) => page.fatal('Satchel stopped unexpectedly: ' + what),
    // The database's pages are read from IndexedDB while the wasm downloads; main() waits for them.
    preRun: [() => {
      Module.addRunDependency('satchel-pages');
      page.pageStore.load().then(() => Module.removeRunDependency('satchel-pages'),
        (e) => page.fatal('Satchel could not open its saved data: ' + ((e && e.message) || e)));
    }],
    onRuntimeInitialized,
    // Emscripten's main-loop hooks, around each frame.
    preMainLoop: () => page.frameStarted(),
    postMainLoop: () => page.frameEnded(),
    fromWasm,
  };
  window.Module = Module;

  // ---- Exports the page calls (valid once started() has been called) -------------------------------
  const string = (name, argTypes = [], args = []) => Module.ccall(name, 'string', argTypes, args);

  window.satchelWasm = {
    constants,
    // satchel.js connects the page before app.js runs.
    connect(handlers) { page = handlers; },

    // Input: queued in wasm and applied to ImGui in order.
    resize: (cssWidth, cssHeight, pixelRatio) => Module._satchel_resize(cssWidth, cssHeight, pixelRatio),
    mousePos: (x, y) => Module._satchel_input_mouse_pos(x, y),
    mouseButton: (button, down) => Module._satchel_input_mouse_button(button, down ? 1 : 0),
    wheel: (dx, dy) => Module._satchel_input_wheel(dx, dy),
    key: (keyCode, down, mods) => Module._satchel_input_key(keyCode, down ? 1 : 0, mods),
    text: (text) => Module.ccall('satchel_input_text', null, ['string'], [text]),
    focus: (focused) => Module._satchel_input_focus(focused ? 1 : 0),
    inputPending: () => Module._satchel_input_pending() !== 0,
    // The page is being hidden or closed: true when everything typed is stored.
    commitEdits: () => Module._satchel_commit_edits() !== 0,
    // A file dropped onto the page or picked: its bytes are copied into the wasm heap (freed there).
    // False when the app has no memory left for it.
    fileArrived(name, bytes) {
      const ptr = Module._malloc(Math.max(bytes.length, 1));
      if (!ptr) return false;
      Module.HEAPU8.set(bytes, ptr);
      Module.ccall('satchel_file_arrived', null, ['string', 'number', 'number'], [name, ptr, bytes.length]);
      return true;
    },
    // The person went to an address: back, forward, a reload, a link ("#/contacts/123").
    navigate: (address) => Module.ccall('satchel_navigate', null, ['string'], [address]),

    // Automation (window.satchel).
    query(sql, params = []) {
      const reply = JSON.parse(string('satchel_query', ['string', 'string'], [sql, JSON.stringify(params)]));
      if (reply.error) throw new Error(reply.error);
      return reply.rows;
    },
    uiItems: () => JSON.parse(string('satchel_ui_items')),
    uiBusy: () => Module._satchel_ui_busy() !== 0,

    // The test build's exports (app_test), or null: the shipped wasm has none.
    testExports() {
      if (!Module._satchel_test_exec) return null;
      const orThrow = (error) => { if (error) throw new Error(error); };
      return {
        exec: (sql) => orThrow(string('satchel_test_exec', ['string'], [sql])),
        seed: (contacts) => orThrow(string('satchel_test_seed', ['number'], [contacts])),
      };
    },
  };
})();
