package com.argus.engine.heal;

/** Which pipeline step found a heal. */
public enum HealSource {
  FALLBACK_LOCATOR,
  KNOWLEDGE_BASE,
  SIMILARITY
}
