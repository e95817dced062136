// Satchel's page script: loads the wasm app, forwards the page's input to it, keeps the text agent
// at the focused text field, and publishes the automation surface window.satchel.
//
// Input path: every mouse, wheel and key event is queued in the app (platform/input_queue.cpp),
// which feeds ImGui in order, one state change per frame, so fast clicks and typing are never lost.
// Text never comes from keydown: it comes from the text agent's input, composition and paste
// events, which is what makes IME (pinyin), paste and on-screen keyboards work.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const agent = document.getElementById('text-agent');
  const loading = document.getElementById('loading');

  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  let frameCount = 0;
  let frameWaiters = [];
  let pixelRequests = [];
  let wantTextInput = false;
  let composing = false;
  let started = false;

  // ---- Loading and fatal errors -------------------------------------------------------------
  function showFatal(message) {
    loading.textContent = message;
    loading.className = 'error';
    rejectReady(new Error(message));
  }

  const params = new URLSearchParams(location.search);
  const Module = {
    canvas,
    // ?pageSize=N: the page size of a NEW database (an existing one keeps its own).
    arguments: params.has('pageSize') ? ['--page-size', params.get('pageSize')] : [],
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    setStatus: (text) => { if (text && !started) loading.textContent = text; },
    onAbort: (what) => showFatal('Satchel stopped unexpectedly: ' + what),
    // The database's pages are read from IndexedDB while the wasm downloads; main() waits for them.
    preRun: [() => {
      Module.addRunDependency('satchel-pages');
      window.satchelPageStore.load().then(() => Module.removeRunDependency('satchel-pages'),
        (e) => showFatal('Satchel could not open its saved data: ' + ((e && e.message) || e)));
    }],
    onRuntimeInitialized: () => {
      started = true;
      try {
        window.satchelPageStore.handToWasm(Module);
      } catch (e) {
        showFatal(e.message);
        throw e;
      }
      attachInput();
      resize();
    },
    satchelFatal: showFatal,
    satchelCommit: (...args) => window.satchelPageStore.commit(Module, ...args),
    satchelSetClipboard: (text) => {
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
    satchelAfterFrame: afterFrame,
  };
  window.Module = Module;

  // ---- Canvas size: layout pixels for ImGui, device pixels for the framebuffer --------------
  function resize() {
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    Module._satchel_resize(width, height, ratio);
  }

  // ---- Input ----------------------------------------------------------------------------------
  const NAV_KEYS = new Set([8, 9, 13, 27, 33, 34, 35, 36, 37, 38, 39, 40, 45, 46]);
  const MODIFIER_KEYS = new Set([16, 17, 18, 91, 92, 93, 224]);
  const keysSentDown = new Set();

  function modifiers(e) {
    return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  }

  function canvasPoint(e) {
    const rect = canvas.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  }

  // ImGui numbers buttons left, right, middle; the DOM left, middle, right.
  const BUTTON = [0, 2, 1, 3, 4];

  function sendText(text) {
    if (!text) return;
    Module.ccall('satchel_input_text', null, ['string'], [text]);
  }

  function onKeyDown(e) {
    if (e.isComposing || e.keyCode === 229) return;  // the IME owns this key
    const k = e.keyCode;
    const shortcut = (e.ctrlKey || e.metaKey) && !e.altKey;
    // Ctrl/Cmd+V is left to the browser: it fires 'paste' on the text agent with the real clipboard.
    if (shortcut && k === 86) return;
    const forImGui = NAV_KEYS.has(k) || MODIFIER_KEYS.has(k) || (shortcut && k >= 65 && k <= 90) ||
      (k === 32 && !wantTextInput);
    if (!forImGui) return;  // printable keys arrive as text through the agent's input event
    Module._satchel_input_key(k, 1, modifiers(e));
    keysSentDown.add(k);
    if (!MODIFIER_KEYS.has(k)) e.preventDefault();  // no browser focus change on Tab, no newline in the agent
  }

  function onKeyUp(e) {
    const k = e.keyCode;
    if (!keysSentDown.delete(k)) return;
    Module._satchel_input_key(k, 0, modifiers(e));
  }

  function releaseAll() {
    keysSentDown.clear();
    Module._satchel_input_focus(0);
  }

  function attachInput() {
    window.addEventListener('pointermove', (e) => {
      const [x, y] = canvasPoint(e);
      Module._satchel_input_mouse_pos(x, y);
    });
    canvas.addEventListener('pointerdown', (e) => {
      const [x, y] = canvasPoint(e);
      Module._satchel_input_mouse_pos(x, y);
      Module._satchel_input_mouse_button(BUTTON[e.button] ?? 0, 1);
      // Keep focus where the app decides (the text agent while a field is active).
      e.preventDefault();
      if (document.activeElement !== agent) canvas.focus({ preventScroll: true });
    });
    window.addEventListener('pointerup', (e) => {
      const [x, y] = canvasPoint(e);
      Module._satchel_input_mouse_pos(x, y);
      Module._satchel_input_mouse_button(BUTTON[e.button] ?? 0, 0);
    });
    canvas.addEventListener('wheel', (e) => {
      const scale = e.deltaMode === 1 ? 1 : e.deltaMode === 2 ? 10 : 1 / 100;
      Module._satchel_input_wheel(-e.deltaX * scale, -e.deltaY * scale);
      e.preventDefault();
    }, { passive: false });
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('blur', releaseAll);

    agent.addEventListener('compositionstart', () => { composing = true; });
    agent.addEventListener('compositionend', (e) => {
      composing = false;
      sendText(e.data);
      agent.value = '';
    });
    agent.addEventListener('input', (e) => {
      if (composing || e.isComposing) return;  // shown by the IME until committed
      sendText(agent.value.replace(/\r?\n/g, ''));
      agent.value = '';
    });
    agent.addEventListener('paste', (e) => {
      e.preventDefault();
      sendText(e.clipboardData ? e.clipboardData.getData('text/plain') : '');
    });

    new ResizeObserver(resize).observe(canvas);
    // A change of devicePixelRatio (zoom, moving to another screen) does not resize the canvas.
    const watchRatio = () => {
      matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
        resize();
        watchRatio();
      }, { once: true });
    };
    watchRatio();
  }

  // ---- After each frame: text agent placement, ready, frame waiters ---------------------------
  function afterFrame(wantText, imeX, imeY, lineHeight) {
    frameCount++;
    wantTextInput = wantText !== 0;
    if (wantTextInput) {
      const rect = canvas.getBoundingClientRect();
      agent.style.left = `${rect.left + imeX}px`;
      agent.style.top = `${rect.top + imeY}px`;
      agent.style.height = `${lineHeight}px`;
      if (document.activeElement !== agent) agent.focus({ preventScroll: true });
    } else if (document.activeElement === agent) {
      composing = false;
      agent.value = '';
      canvas.focus({ preventScroll: true });
    }
    if (frameCount === 1) {
      loading.className = 'hidden';
      window.satchelPageStore.store.timings.firstFrameMs = performance.now();
      resolveReady(window.satchel);
    }
    if (pixelRequests.length) {
      // Read now, before the browser presents the frame and clears the drawing buffer.
      const gl = canvas.getContext('webgl2');
      const ratio = window.devicePixelRatio || 1;
      for (const r of pixelRequests.splice(0)) {
        const px = new Uint8Array(4);
        gl.readPixels(Math.round(r.x * ratio), canvas.height - 1 - Math.round(r.y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
        r.resolve(Array.from(px));
      }
    }
    if (frameWaiters.length) {
      const due = frameWaiters.filter((w) => w.frame <= frameCount);
      frameWaiters = frameWaiters.filter((w) => w.frame > frameCount);
      due.forEach((w) => w.resolve());
    }
  }

  // ---- Automation surface (tests and scripting) -----------------------------------------------
  function callJson(name, argTypes, args) {
    return JSON.parse(Module.ccall(name, 'string', argTypes, args));
  }

  function items() {
    const rect = canvas.getBoundingClientRect();
    return callJson('satchel_ui_items', [], []).map((item) => ({
      ...item, x: item.x + rect.left, y: item.y + rect.top,
    }));
  }

  // CPU time of each frame on the main thread (UI, SQL, GL calls), from Emscripten's main-loop
  // hooks; the last 2,000 are kept for window.satchel.frameTimes().
  const frameTimes = [];
  let frameStart = 0;
  Module.preMainLoop = () => { frameStart = performance.now(); };
  Module.postMainLoop = () => {
    const end = performance.now();
    frameTimes.push({ start: frameStart, end, ms: end - frameStart });
    if (frameTimes.length > 2000) frameTimes.splice(0, frameTimes.length - 2000);
  };

  window.satchel = {
    ready,
    // [{start, end, ms}] for recent frames (performance.now() times); `clear` starts a new record.
    frameTimes(clear = false) {
      const out = frameTimes.slice();
      if (clear) frameTimes.length = 0;
      return out;
    },
    // Resolves after `n` more frames have been drawn.
    frames(n = 1) {
      return new Promise((resolve) => frameWaiters.push({ frame: frameCount + n, resolve }));
    },
    // Resolves once every queued input event has reached the UI, no screen is still reading its
    // data in slices, and a frame has drawn after that.
    async idle() {
      do { await this.frames(1); } while (Module._satchel_input_pending() || Module._satchel_ui_busy());
      await this.frames(1);
    },
    // Resolves when every commit made so far is durable in IndexedDB.
    flushed: () => window.satchelPageStore.flushed(),
    async storage() {
      const ps = window.satchelPageStore;
      await ps.refreshUsage();
      const s = ps.store;
      return { persisted: s.persisted, usage: s.usage, quota: s.quota, pendingCommits: ps.pendingCommits(),
        lastCommitSeq: s.lastDurableSeq, error: s.error || null, state: s.state, bytesWritten: s.bytesWritten,
        timings: { ...s.timings } };
    },
    query(sql, params = []) {
      const reply = callJson('satchel_query', ['string', 'string'], [sql, JSON.stringify(params)]);
      if (reply.error) throw new Error(reply.error);
      return reply.rows;
    },
    ui: {
      items,
      // [r, g, b, a] of the pixel at canvas CSS coordinates (x, y) in the next frame drawn.
      pixel(x, y) {
        return new Promise((resolve) => pixelRequests.push({ x, y, resolve }));
      },
      // One item by its visible label (text before "##") or its full ImGui label; visible ones first.
      find(label) {
        const matches = items().filter((i) => i.label === label || i.rawLabel === label);
        return matches.find((i) => i.visible) || matches[0] || null;
      },
    },
  };

  // Test builds (dist-test/) only: writes and injected storage failures for tests and benchmarks.
  Module.onRuntimeInitialized = ((init) => () => {
    init();
    if (!Module._satchel_test_exec) return;
    window.satchel.test = {
      exec(sql) {
        const error = Module.ccall('satchel_test_exec', 'string', ['string'], [sql]);
        if (error) throw new Error(error);
      },
      failWrites(errorName) { window.satchelPageStore.store.testFailWrites = errorName || null; },
      seed(contacts) {
        const error = Module.ccall('satchel_test_seed', 'string', ['number'], [contacts]);
        if (error) throw new Error(error);
      },
    };
  })(Module.onRuntimeInitialized);
})();
