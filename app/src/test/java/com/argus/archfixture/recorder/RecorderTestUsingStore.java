package com.argus.archfixture.recorder;

import com.argus.archfixture.store.StoreThing;

/** A "recorder" test that reaches into the "store", as a recorder test once did. */
class RecorderTestUsingStore {
  StoreThing store;
}
