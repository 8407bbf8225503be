package com.argus.engine.replay.driver.selenium;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.Keys;

/** Translates Playwright-style key names and chords ({@code Enter}, {@code Control+A}) into Selenium keys. Stateless. */
final class SeleniumKeys {
  private static final Map<String, CharSequence> NAMED = Map.ofEntries(
      Map.entry("enter", Keys.ENTER), Map.entry("tab", Keys.TAB), Map.entry("escape", Keys.ESCAPE),
      Map.entry("backspace", Keys.BACK_SPACE), Map.entry("delete", Keys.DELETE), Map.entry("insert", Keys.INSERT),
      Map.entry("arrowup", Keys.ARROW_UP), Map.entry("arrowdown", Keys.ARROW_DOWN),
      Map.entry("arrowleft", Keys.ARROW_LEFT), Map.entry("arrowright", Keys.ARROW_RIGHT),
      Map.entry("home", Keys.HOME), Map.entry("end", Keys.END), Map.entry("pageup", Keys.PAGE_UP),
      Map.entry("pagedown", Keys.PAGE_DOWN), Map.entry("space", " "), Map.entry("f1", Keys.F1), Map.entry("f2", Keys.F2),
      Map.entry("f3", Keys.F3), Map.entry("f4", Keys.F4), Map.entry("f5", Keys.F5), Map.entry("f6", Keys.F6),
      Map.entry("f7", Keys.F7), Map.entry("f8", Keys.F8), Map.entry("f9", Keys.F9), Map.entry("f10", Keys.F10),
      Map.entry("f11", Keys.F11), Map.entry("f12", Keys.F12));
  private static final Map<String, Keys> MODIFIERS = Map.of(
      "control", Keys.CONTROL, "ctrl", Keys.CONTROL, "controlormeta", Keys.CONTROL, "shift", Keys.SHIFT,
      "alt", Keys.ALT, "meta", Keys.META, "command", Keys.META);

  private SeleniumKeys() {}

  /** A chord: its modifiers and its main key. */
  record Chord(List<Keys> modifiers, CharSequence key) {}

  static Chord parse(String chord) {
    String[] parts = chord.equals("+") ? new String[] {"+"} : chord.split("\\+(?!$)");
    List<Keys> modifiers = new ArrayList<>();
    for (int i = 0; i < parts.length - 1; i++) {
      Keys modifier = MODIFIERS.get(parts[i].trim().toLowerCase(Locale.ROOT));
      if (modifier == null) {
        throw new IllegalArgumentException("'" + parts[i] + "' is not a modifier key in '" + chord + "'");
      }
      modifiers.add(modifier);
    }
    String last = parts[parts.length - 1];
    CharSequence key = NAMED.get(last.trim().toLowerCase(Locale.ROOT));
    if (key == null && MODIFIERS.containsKey(last.trim().toLowerCase(Locale.ROOT))) {
      key = MODIFIERS.get(last.trim().toLowerCase(Locale.ROOT));
    }
    if (key == null) {
      // With a modifier, "A" means the A key, not a capital letter (as in Playwright).
      key = modifiers.isEmpty() || last.length() != 1 ? last : last.toLowerCase(Locale.ROOT);
    }
    return new Chord(modifiers, key);
  }

  /** The chord as one sendKeys argument (modifiers stay down until the chord's end). */
  static CharSequence asSendKeys(String chord) {
    Chord c = parse(chord);
    if (c.modifiers().isEmpty()) {
      return c.key();
    }
    List<CharSequence> all = new ArrayList<>(c.modifiers());
    all.add(c.key());
    return Keys.chord(all);
  }
}
