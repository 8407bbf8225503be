package com.argus.archfixture.model.format;

import com.argus.archfixture.model.Thing;

/** Closes the cycle with the package above, as a file format that reads its model does. */
public class ThingFormat {
  Thing read;
}
