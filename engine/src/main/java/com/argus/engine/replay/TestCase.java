package com.argus.engine.replay;

import com.argus.engine.spec.SpecSource;

import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.Viewport;

/**
 * One test to run: a spec with one data row's variables bound, its device and base URL decided.
 *
 * @param dataRow 0-based, or -1 for a spec without rows
 */
record TestCase(SpecSource source, String name, int dataRow, Variables variables, DevicePreset device,
    Viewport viewport, String baseUrl) {}
