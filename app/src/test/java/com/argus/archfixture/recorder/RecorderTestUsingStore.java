package com.argus.archfixture.recorder;

/** A "recorder" test that reaches into the "store", as a recorder test once did. */
class RecorderTestUsingStore {
  com.argus.archfixture.store.StoreThing store;
}
