// Satchel's page script: forwards the page's input to the wasm app, keeps the text agent at the
// focused text field, and publishes the automation surface window.satchel. It reaches wasm only
// through web/js_boundary.js (window.satchelWasm), which owns `Module`.
//
// Input path: every mouse, wheel and key event is queued in the app (platform/input_queue.cpp),
// which feeds ImGui in order, one state change per frame, so fast clicks and typing are never lost.
// Text never comes from keydown: it comes from the text agent's input, composition and paste
// events, which is what makes IME (pinyin), paste and on-screen keyboards work.
'use strict';

(function () {
  const wasm = window.satchelWasm;
  const pageStore = window.satchelPageStore;
  const { Key, Mod, MouseButton } = wasm.constants;
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
  let firstFrameMs;

  // ---- Loading and fatal errors -------------------------------------------------------------
  function showFatal(message) {
    loading.textContent = message;
    loading.className = 'error';
    rejectReady(new Error(message));
  }

  // ---- Canvas size: layout pixels for ImGui, device pixels for the framebuffer --------------
  function resize() {
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    wasm.resize(width, height, ratio);
  }

  // ---- Input ----------------------------------------------------------------------------------
  const NAV_KEYS = new Set([Key.Backspace, Key.Tab, Key.Enter, Key.Escape, Key.PageUp, Key.PageDown, Key.End,
    Key.Home, Key.Left, Key.Up, Key.Right, Key.Down, Key.Insert, Key.Delete]);
  // Shift, Ctrl, Alt and the Meta keys (Chrome's and Firefox's codes): forwarded, but C++ maps none of
  // them (it reads the modifiers from each key's `mods`), so they are not shared constants.
  const MODIFIER_KEYS = new Set([16, 17, 18, 91, 92, 93, 224]);
  const keysSentDown = new Set();

  function modifiers(e) {
    return (e.ctrlKey ? Mod.Ctrl : 0) | (e.shiftKey ? Mod.Shift : 0) | (e.altKey ? Mod.Alt : 0) |
      (e.metaKey ? Mod.Super : 0);
  }

  function canvasPoint(e) {
    const rect = canvas.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  }

  // ImGui numbers buttons left, right, middle; the DOM left, middle, right (then back, forward).
  const BUTTON = [MouseButton.Left, MouseButton.Middle, MouseButton.Right, 3, 4];

  function sendText(text) {
    if (!text) return;
    wasm.text(text);
  }

  function onKeyDown(e) {
    if (e.isComposing || e.keyCode === 229) return;  // the IME owns this key
    const k = e.keyCode;
    const shortcut = (e.ctrlKey || e.metaKey) && !e.altKey;
    // Ctrl/Cmd+V is left to the browser: it fires 'paste' on the text agent with the real clipboard.
    if (shortcut && k === Key.V) return;
    const forImGui = NAV_KEYS.has(k) || MODIFIER_KEYS.has(k) || (shortcut && k >= Key.A && k <= Key.Z) ||
      (k === Key.Space && !wantTextInput);
    if (!forImGui) return;  // printable keys arrive as text through the agent's input event
    wasm.key(k, true, modifiers(e));
    keysSentDown.add(k);
    if (!MODIFIER_KEYS.has(k)) e.preventDefault();  // no browser focus change on Tab, no newline in the agent
  }

  function onKeyUp(e) {
    const k = e.keyCode;
    if (!keysSentDown.delete(k)) return;
    wasm.key(k, false, modifiers(e));
  }

  function releaseAll() {
    keysSentDown.clear();
    wasm.focus(false);
  }

  // Leaving the page (tab hidden, closed or reloaded) stores what is typed at once: the pause after
  // typing (src/ui/pending_edit.h) may not have come yet. While something typed was refused or a
  // commit is not yet durable, the browser asks before closing.
  function attachLifecycle() {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') wasm.commitEdits();
    });
    window.addEventListener('pagehide', () => wasm.commitEdits());
    window.addEventListener('beforeunload', (e) => {
      const stored = wasm.commitEdits();
      if (!stored || pageStore.status().pendingCommits) {
        e.preventDefault();
        e.returnValue = 'Satchel has an edit that is not saved yet. Leave anyway?';
      }
    });
  }

  // Files: read whole, then handed to the app, which takes them between frames.
  function deliverFile(file) {
    file.arrayBuffer().then((buffer) => {
      if (!wasm.fileArrived(file.name, new Uint8Array(buffer))) {
        console.error(`satchel: no memory left to read ${file.name} (${buffer.byteLength} bytes)`);
      }
    }, (e) => console.error('satchel: could not read', file.name, e));
  }

  let picker = null;
  function pickFile(accept) {
    if (!picker) {
      picker = document.createElement('input');
      picker.type = 'file';
      picker.style.display = 'none';
      picker.addEventListener('change', () => {
        if (picker.files && picker.files[0]) deliverFile(picker.files[0]);
        picker.value = '';  // the same file can be chosen again
      });
      document.body.appendChild(picker);
    }
    picker.accept = accept;
    picker.click();
  }

  function attachInput() {
    window.addEventListener('pointermove', (e) => {
      const [x, y] = canvasPoint(e);
      wasm.mousePos(x, y);
    });
    canvas.addEventListener('pointerdown', (e) => {
      const [x, y] = canvasPoint(e);
      wasm.mousePos(x, y);
      wasm.mouseButton(BUTTON[e.button] ?? MouseButton.Left, true);
      // Keep focus where the app decides (the text agent while a field is active).
      e.preventDefault();
      if (document.activeElement !== agent) canvas.focus({ preventScroll: true });
    });
    window.addEventListener('pointerup', (e) => {
      const [x, y] = canvasPoint(e);
      wasm.mousePos(x, y);
      wasm.mouseButton(BUTTON[e.button] ?? MouseButton.Left, false);
    });
    canvas.addEventListener('wheel', (e) => {
      const scale = e.deltaMode === 1 ? 1 : e.deltaMode === 2 ? 10 : 1 / 100;
      wasm.wheel(-e.deltaX * scale, -e.deltaY * scale);
      e.preventDefault();
    }, { passive: false });
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    // A file dropped anywhere on the page goes to the app (the import wizard), not to a new tab.
    window.addEventListener('dragover', (e) => {
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', (e) => {
      e.preventDefault();
      const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (file) deliverFile(file);
    });
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
    wantTextInput = wantText;
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
      firstFrameMs = performance.now();
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
  function items() {
    const rect = canvas.getBoundingClientRect();
    return wasm.uiItems().map((item) => ({
      ...item, x: item.x + rect.left, y: item.y + rect.top,
    }));
  }

  // CPU time of each frame on the main thread (UI, SQL, GL calls), from Emscripten's main-loop
  // hooks; the last 2,000 are kept for window.satchel.frameTimes().
  const frameTimes = [];
  let frameStart = 0;
  function frameStarted() { frameStart = performance.now(); }
  function frameEnded() {
    const end = performance.now();
    frameTimes.push({ start: frameStart, end, ms: end - frameStart });
    if (frameTimes.length > 2000) frameTimes.splice(0, frameTimes.length - 2000);
  }

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
      do { await this.frames(1); } while (wasm.inputPending() || wasm.uiBusy());
      await this.frames(1);
    },
    // Resolves when every commit made so far is durable in IndexedDB; rejects with the reason when
    // this tab cannot save (read-only, taken over by another tab, a conflicting writer, no IndexedDB).
    flushed: () => pageStore.flushed(),
    async storage() {
      await pageStore.refreshUsage();
      const s = pageStore.status();
      return { persisted: s.persisted, usage: s.usage, quota: s.quota, pendingCommits: s.pendingCommits,
        lastCommitSeq: s.lastDurableSeq, error: s.error || null, state: s.state, bytesWritten: s.bytesWritten,
        timings: firstFrameMs === undefined ? s.timings : { ...s.timings, firstFrameMs } };
    },
    query: (sql, params = []) => wasm.query(sql, params),
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

  wasm.connect({
    pageStore,
    status: (text) => { if (text && !started) loading.textContent = text; },
    fatal: showFatal,
    started() {
      started = true;
      attachInput();
      attachLifecycle();
      // The address the page was opened at, then every back, forward and typed address.
      wasm.navigate(location.hash);
      window.addEventListener('popstate', () => wasm.navigate(location.hash));
      resize();
    },
    afterFrame,
    frameStarted,
    frameEnded,
    pickFile,
  });
})();
