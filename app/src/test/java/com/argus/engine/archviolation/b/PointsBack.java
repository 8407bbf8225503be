package com.argus.engine.archviolation.b;

import com.argus.engine.archviolation.a.UsesJdbcAndFx;

/** Closes a package cycle with {@code a}, for the cycle rule's own test. */
public class PointsBack {
  UsesJdbcAndFx forward;
}
