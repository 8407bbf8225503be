package com.argus.archfixture.demo;

/** A "demo" class that imports the "engine": the demo module must stand alone. */
public class DemoUsingEngine {
  com.argus.archfixture.engine.UsesJdbcAndFx engine;
}
