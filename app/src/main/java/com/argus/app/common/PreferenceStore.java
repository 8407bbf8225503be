package com.argus.app.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.Preferences;

/** Where the user's workbench preferences live: {@code java.util.prefs} in the app, a map in tests. */
public interface PreferenceStore {
  String get(String key, String fallback);

  void put(String key, String value);

  /** Backed by a preferences node; a {@code -Dargus.<key>=...} system property overrides. */
  static PreferenceStore of(Preferences node) {
    return new PreferenceStore() {
      @Override
      public String get(String key, String fallback) {
        return System.getProperty("argus." + key, node.get(key, fallback));
      }

      @Override
      public void put(String key, String value) {
        if (value == null) {
          node.remove(key);
        } else {
          node.put(key, value);
        }
      }
    };
  }

  static PreferenceStore inMemory() {
    Map<String, String> map = new ConcurrentHashMap<>();
    return new PreferenceStore() {
      @Override
      public String get(String key, String fallback) {
        return map.getOrDefault(key, fallback);
      }

      @Override
      public void put(String key, String value) {
        if (value == null) {
          map.remove(key);
        } else {
          map.put(key, value);
        }
      }
    };
  }
}
