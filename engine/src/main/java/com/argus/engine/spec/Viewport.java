package com.argus.engine.spec;

/** A browser window size in CSS pixels. */
public record Viewport(int width, int height) {}
