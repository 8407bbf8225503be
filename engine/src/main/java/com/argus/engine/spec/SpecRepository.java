package com.argus.engine.spec;

import java.util.List;
import java.util.Optional;

/**
 * The version history of specs, keyed by project and spec key. The spec files on disk are what
 * runs; the store keeps every saved text. Implementations are thread-safe.
 */
public interface SpecRepository {
  /** Records a new version of the spec's text, unless it equals the latest one (then returns that). */
  SpecVersion saveVersion(long projectId, String specKey, String content, String author, String comment);

  /** Versions, newest first. */
  List<SpecVersion> history(long projectId, String specKey);

  Optional<SpecVersion> latest(long projectId, String specKey);

  /** Spec keys with at least one version in the project, sorted. */
  List<String> specKeys(long projectId);

  void renameSpec(long projectId, String oldKey, String newKey);
}
