package com.argus.archfixture.model;

import com.argus.archfixture.model.format.ThingFormat;

/** A model that knows its file format: a parent/child package cycle for the cycle rule's own test. */
public class Thing {
  ThingFormat format;
}
