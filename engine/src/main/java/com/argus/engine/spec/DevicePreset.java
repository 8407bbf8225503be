package com.argus.engine.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The device presets a spec or a run can name, after the seeds' device list. */
public enum DevicePreset {
  DESKTOP("desktop", 1920, 1080, false, null, 1),
  DESKTOP_HD("desktop-hd", 2560, 1440, false, null, 1),
  TABLET("tablet", 768, 1024, true,
      "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", 2),
  TABLET_LANDSCAPE("tablet-landscape", 1024, 768, true,
      "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", 2),
  MOBILE("mobile", 375, 812, true,
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", 3),
  MOBILE_ANDROID("mobile-android", 412, 915, true,
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36", 2.625);

  private final String presetName;
  private final int width;
  private final int height;
  private final boolean mobile;
  private final String userAgent;
  private final double scale;

  DevicePreset(String presetName, int width, int height, boolean mobile, String userAgent, double scale) {
    this.presetName = presetName;
    this.width = width;
    this.height = height;
    this.mobile = mobile;
    this.userAgent = userAgent;
    this.scale = scale;
  }

  public String presetName() {
    return presetName;
  }

  public Viewport viewport() {
    return new Viewport(width, height);
  }

  /** Mobile presets emulate touch and a mobile user agent. */
  public boolean isMobile() {
    return mobile;
  }

  /** The user agent to send, or null to keep the browser's own. */
  public String userAgent() {
    return userAgent;
  }

  public double deviceScaleFactor() {
    return scale;
  }

  public static Optional<DevicePreset> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String normal = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.presetName.equals(normal)).findFirst();
  }

  public static String names() {
    return Arrays.stream(values()).map(DevicePreset::presetName).collect(Collectors.joining(", "));
  }
}
