package com.argus.archfixture.app;

import com.argus.archfixture.store.StoreThing;

/** A view model reaching into the store instead of taking the engine port it needs. */
public class ReportViewModel {
  final StoreThing store = new StoreThing();
}
