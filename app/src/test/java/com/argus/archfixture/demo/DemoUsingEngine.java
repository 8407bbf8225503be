package com.argus.archfixture.demo;

import com.argus.archfixture.engine.UsesJdbcAndFx;

/** A "demo" class that imports the "engine": the demo module must stand alone. */
public class DemoUsingEngine {
  UsesJdbcAndFx engine;
}
