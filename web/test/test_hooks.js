// Test build only: assemble_dist (shell/lib/common.sh) copies this into build/dist-test/ and loads it
// from that page alone, over the test build of the app (app_test). It adds window.satchel.test for
// browser tests and benchmarks. The shipped page (dist/) has none of it.
'use strict';

(function () {
  // failWrites(name): every IndexedDB write the page store starts fails at once with a DOMException
  // of that name (QuotaExceededError, UnknownError ...), as when the browser refuses; null lets
  // writes through again. The failure is injected at the browser API, so the shipped page store
  // carries no switch for it.
  let failWritesWith = null;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (storeNames, mode, ...rest) {
    if (failWritesWith && mode === 'readwrite') {
      throw new DOMException('Injected write failure (test build)', failWritesWith);
    }
    return transaction.call(this, storeNames, mode, ...rest);
  };

  function testExports() {
    const exports = window.satchelWasm.testExports();
    if (!exports) throw new Error('window.satchel.test needs the test build of the app (app_test)');
    return exports;
  }

  window.satchel.test = {
    // Runs SQL that may write (any number of statements, no parameters); throws the error.
    exec(sql) { testExports().exec(sql); },
    // Fills the database with `contacts` contacts and everything around them (core/seed).
    seed(contacts) { testExports().seed(contacts); },
    failWrites(errorName) { failWritesWith = errorName || null; },
  };
})();
