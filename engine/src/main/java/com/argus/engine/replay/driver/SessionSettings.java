package com.argus.engine.replay.driver;

import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.Viewport;

/**
 * How a browser session emulates its device, and whether it traces.
 *
 * @param viewport the window size in CSS pixels
 * @param mobile emulate a touch screen and mobile layout
 * @param userAgent the user agent, or null to keep the browser's
 * @param scale device pixel ratio
 * @param trace record a Playwright trace (ignored by backends without tracing)
 */
public record SessionSettings(Viewport viewport, boolean mobile, String userAgent, double scale, boolean trace) {
  public static SessionSettings of(DevicePreset device, Viewport override, boolean trace) {
    return new SessionSettings(override != null ? override : device.viewport(), device.isMobile(),
        device.userAgent(), device.deviceScaleFactor(), trace);
  }
}
