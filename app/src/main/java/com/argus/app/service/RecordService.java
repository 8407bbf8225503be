package com.argus.app.service;

import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.store.SpecAuthor;
import com.argus.engine.spec.store.SpecId;
import com.argus.engine.spec.store.SpecStore;
import com.argus.recorder.RecordToFile;
import com.argus.recorder.RecordingListener;
import com.argus.recorder.RecordingOptions;
import com.argus.recorder.RecordingSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Records browser sessions into specs for {@code argus record} and the Record screen alike: turns the
 * project's settings into recording options (test-id attributes, locator priority, secret fields as
 * variables, browser), opens or attaches to the browser, and saves the recorded spec through the
 * {@link SpecStore} with a version by the recorder. Both callers get the same file naming: a new
 * spec's file is named after the spec and never replaces an existing spec (the next free name is
 * taken); only a file the user names explicitly is replaced.
 *
 * <p>Thread-safe and stateless apart from the store; {@link #start} blocks while the browser opens and
 * {@link #save} writes files, so call them off the FX thread.
 */
public final class RecordService {
  /** Written into each recorder version's comment, so the history says where it came from. */
  static final String COMMENT = "recorded";

  private final SpecStore specs;

  public RecordService(SpecStore specs) {
    this.specs = Objects.requireNonNull(specs, "specs");
  }

  /**
   * What to record and where the spec goes.
   *
   * @param url the page the recording opens first
   * @param project the project whose settings apply and whose specs folder receives the spec, or null
   * @param device a device preset name, or null / blank / "desktop" for the browser's own window
   * @param cdpEndpoint a running Chromium to attach to, or null / blank to launch one
   * @param headless record without a window (automation, tests)
   * @param specName the spec's name, or null / blank for one made from the URL
   * @param out the file to write, replacing it if it exists (the user named it), or null to name a
   *     new file after the spec in the project's specs folder (else {@code folder})
   * @param folder where a new spec goes when there is no project's specs folder, or null when a
   *     project's folder is required
   *
   * <p>Immutable.
   */
  public record Request(String url, Project project, String device, String cdpEndpoint, boolean headless,
      String specName, Path out, Path folder) {
    public Request {
      Objects.requireNonNull(url, "url");
      device = blankToNull(device);
      cdpEndpoint = blankToNull(cdpEndpoint) == null ? null : cdpEndpoint.strip();
      specName = blankToNull(specName) == null ? null : specName.strip();
    }

    /** Recording of {@code url} into the project's specs folder, launching a browser with a window. */
    public static Request of(String url, Project project) {
      return new Request(url, project, null, null, false, null, null, null);
    }

    public Request withDevice(String v) {
      return new Request(url, project, v, cdpEndpoint, headless, specName, out, folder);
    }

    public Request withCdpEndpoint(String v) {
      return new Request(url, project, device, v, headless, specName, out, folder);
    }

    public Request withHeadless(boolean v) {
      return new Request(url, project, device, cdpEndpoint, v, specName, out, folder);
    }

    public Request withSpecName(String v) {
      return new Request(url, project, device, cdpEndpoint, headless, v, out, folder);
    }

    public Request withOut(Path v) {
      return new Request(url, project, device, cdpEndpoint, headless, specName, v, folder);
    }

    public Request withFolder(Path v) {
      return new Request(url, project, device, cdpEndpoint, headless, specName, out, v);
    }
  }

  /**
   * A saved recording.
   *
   * @param id the spec's identity in the store
   * @param replaced whether an existing file (one the user named) was replaced
   * @param version the version by the recorder; empty for a spec outside any project
   */
  public record Saved(TestSpec spec, Path file, SpecId id, boolean replaced, Optional<SpecVersion> version) {}

  /**
   * The recording options the request and its project's settings ask for.
   *
   * @throws ArgusException when the device is unknown
   */
  public RecordingOptions options(Request request) {
    RecordingOptions options = RecordingOptions.forProject(request.url(),
        request.project() == null ? null : request.project().settings()).withHeadless(request.headless());
    String device = request.device();
    if (device != null && !device.equals("desktop")) {
      options = options.withDevice(DevicePreset.find(device).orElseThrow(() ->
          new ArgusException("The device '" + device + "' is unknown; expected one of: " + DevicePreset.names())));
    }
    if (request.cdpEndpoint() != null) {
      options = options.withCdpEndpoint(request.cdpEndpoint());
    }
    return options.withSpecName(request.specName());
  }

  /**
   * Opens (or attaches to) the browser and starts recording. Checks first that the spec will have
   * somewhere to go, so nobody records a session that cannot be saved.
   *
   * @throws ArgusException when the device is unknown or the spec would have no folder
   */
  public RecordingSession start(Request request, RecordingListener... listeners) {
    RecordingOptions options = options(request);
    folderOf(request);
    return RecordingSession.start(options, listeners);
  }

  /**
   * Records until the browser window closes (or the session is stopped), then saves the spec. Ctrl-C
   * stops the recording and still saves what was recorded. Blocks.
   */
  public Saved recordUntilEnded(Request request, RecordingListener... listeners) {
    RecordingSession session = start(request, listeners);
    Saved[] saved = new Saved[1];
    RecordToFile.saveWhenEnded(session, spec -> saved[0] = save(request, spec));
    return saved[0];
  }

  /**
   * Saves a recorded spec under the request's name: into the file the request names, else into a new
   * file named after the spec (the next free name when one exists), with a version by the recorder.
   *
   * @throws ArgusException when the spec has no folder to go to or the file cannot be written
   */
  public Saved save(Request request, TestSpec recorded) {
    TestSpec spec = request.specName() == null ? recorded : recorded.withName(request.specName());
    Path file = request.out() != null ? request.out().toAbsolutePath().normalize()
        : SpecFiles.freeFile(folderOf(request), spec.name()).toAbsolutePath().normalize();
    boolean replaced = Files.exists(file);
    SpecId id = SpecStore.keyOf(request.project(), file);
    Optional<SpecVersion> version = specs.save(id, spec, SpecAuthor.RECORDER, COMMENT);
    return new Saved(spec, file, id, replaced, version);
  }

  private static Path folderOf(Request request) {
    if (request.out() != null) {
      return request.out().toAbsolutePath().getParent();
    }
    Optional<Path> projectFolder = SpecStore.specsDir(request.project());
    if (projectFolder.isPresent()) {
      return projectFolder.get();
    }
    if (request.folder() != null) {
      return request.folder().toAbsolutePath().normalize();
    }
    if (request.project() == null) {
      throw new ArgusException("Open a project first: a recording is saved into the project's specs folder.");
    }
    throw new ArgusException("Project '" + request.project().name() + "' has no specs folder, so a recording has"
        + " nowhere to go; set the folder on the project.");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
