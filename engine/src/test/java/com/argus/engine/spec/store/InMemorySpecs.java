package com.argus.engine.spec.store;

import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.spec.SpecRepository;
import com.argus.engine.spec.SpecVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projects and spec versions kept in memory, behaving as the store's repositories do (a save equal
 * to the latest version is no new version): a protocol-level fake for engine tests. Thread-safe.
 */
public final class InMemorySpecs implements SpecRepository, ProjectRepository {
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Project> projects = new TreeMap<>();
  private final Map<String, List<SpecVersion>> versions = new TreeMap<>();

  /** A store over these fakes. */
  public SpecStore store() {
    return new SpecStore(this, this);
  }

  /** Creates a project whose specs folder is {@code specsDir}. */
  public synchronized Project project(String name, Path specsDir) {
    return create(name, "http://127.0.0.1/", specsDir.toString());
  }

  @Override
  public synchronized SpecVersion saveVersion(long projectId, String specKey, String content, String author, String comment) {
    List<SpecVersion> list = versions.computeIfAbsent(projectId + "\n" + specKey, k -> new ArrayList<>());
    if (!list.isEmpty() && list.get(0).content().equals(content)) {
      return list.get(0);
    }
    SpecVersion v = new SpecVersion(projectId, specKey, list.size() + 1, Instant.now(), author, comment, content);
    list.add(0, v);
    return v;
  }

  @Override
  public synchronized List<SpecVersion> history(long projectId, String specKey) {
    return List.copyOf(versions.getOrDefault(projectId + "\n" + specKey, List.of()));
  }

  @Override
  public synchronized Optional<SpecVersion> latest(long projectId, String specKey) {
    return history(projectId, specKey).stream().findFirst();
  }

  @Override
  public synchronized List<String> specKeys(long projectId) {
    return versions.keySet().stream().filter(k -> k.startsWith(projectId + "\n")).map(k -> k.substring(k.indexOf('\n') + 1))
        .sorted().toList();
  }

  @Override
  public synchronized void renameSpec(long projectId, String oldKey, String newKey) {
    List<SpecVersion> list = versions.remove(projectId + "\n" + oldKey);
    if (list != null) {
      versions.put(projectId + "\n" + newKey, list);
    }
  }

  @Override
  public synchronized Project create(String name, String baseUrl, String specsDir) {
    if (findByName(name).isPresent()) {
      throw new ArgusException("a project named '" + name + "' exists");
    }
    Project p = new Project(ids.incrementAndGet(), name, baseUrl, specsDir, Instant.now(), ProjectSettings.DEFAULTS);
    projects.put(p.id(), p);
    return p;
  }

  @Override
  public synchronized Optional<Project> findByName(String name) {
    return projects.values().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  @Override
  public synchronized Optional<Project> findById(long id) {
    return Optional.ofNullable(projects.get(id));
  }

  @Override
  public synchronized List<Project> list() {
    return projects.values().stream().sorted(java.util.Comparator.comparing(Project::name)).toList();
  }

  @Override
  public synchronized Project updateSettings(long projectId, ProjectSettings settings) {
    Project p = projects.get(projectId);
    return store(new Project(p.id(), p.name(), p.baseUrl(), p.specsDir(), p.createdAt(), settings));
  }

  private Project store(Project p) {
    projects.put(p.id(), p);
    return p;
  }

  @Override
  public synchronized Project rename(long projectId, String newName) {
    Project p = projects.get(projectId);
    return store(new Project(p.id(), newName, p.baseUrl(), p.specsDir(), p.createdAt(), p.settings()));
  }

  @Override
  public synchronized Project updateBaseUrl(long projectId, String baseUrl) {
    Project p = projects.get(projectId);
    return store(new Project(p.id(), p.name(), baseUrl, p.specsDir(), p.createdAt(), p.settings()));
  }

  @Override
  public synchronized void delete(long projectId) {
    projects.remove(projectId);
  }
}
