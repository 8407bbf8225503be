package com.argus.recorder;

import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.recorder.convert.LocatorRanker;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to record: where to start, in which browser, and the project's locator settings.
 * Start from {@link #forUrl} and change what differs with the {@code with...} methods.
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the page the recording opens first
 * @param device the device to emulate; null for the browser's own window (desktop)
 * @param headless no visible window (tests, CI); a person recording wants false
 * @param cdpEndpoint attach to a running Chromium at this URL (e.g. {@code http://127.0.0.1:9222})
 *     instead of launching one; null to launch
 * @param testIdAttributes attributes holding test ids, preferred first
 * @param locatorPriority the order strategies rank in; those left out follow in the default order
 * @param secretSelectors CSS selectors of fields recorded as secret variables besides password fields
 * @param browser the Chromium to launch; null to find one (ARGUS_BROWSER, then usual paths)
 * @param specName the recorded spec's name; null for one made from the URL
 * @param dialogPolicy answers native dialogs during the recording (the answer is recorded)
 */
public record RecordingOptions(
    String url,
    DevicePreset device,
    boolean headless,
    String cdpEndpoint,
    List<String> testIdAttributes,
    List<LocatorStrategy> locatorPriority,
    List<String> secretSelectors,
    Path browser,
    String specName,
    DialogPolicy dialogPolicy) {

  public static final List<String> DEFAULT_TEST_ID_ATTRIBUTES = ProjectSettings.DEFAULT_TEST_ID_ATTRIBUTES;

  public RecordingOptions {
    Objects.requireNonNull(url, "url");
    testIdAttributes = testIdAttributes == null || testIdAttributes.isEmpty() ? DEFAULT_TEST_ID_ATTRIBUTES
        : List.copyOf(testIdAttributes);
    locatorPriority = locatorPriority == null || locatorPriority.isEmpty() ? LocatorRanker.DEFAULT_PRIORITY
        : List.copyOf(locatorPriority);
    secretSelectors = secretSelectors == null ? List.of() : List.copyOf(secretSelectors);
    dialogPolicy = dialogPolicy == null ? DialogPolicy.acceptAll() : dialogPolicy;
  }

  /** Headed recording of {@code url} in a launched browser with the default settings. */
  public static RecordingOptions forUrl(String url) {
    return new RecordingOptions(url, null, false, null, null, null, null, null, null, null);
  }

  /**
   * Recording of {@code url} the way a project's settings ask: its test-id attributes, locator
   * priority, secret fields and browser. The one place the command line and the workbench turn
   * settings into recording options, so both record the same steps.
   */
  public static RecordingOptions forProject(String url, ProjectSettings settings) {
    ProjectSettings s = settings == null ? ProjectSettings.DEFAULTS : settings;
    return forUrl(url).withTestIdAttributes(s.testIdAttributes()).withLocatorPriority(s.locatorPriority())
        .withSecretSelectors(s.secretSelectors()).withBrowser(s.browserPath().map(Path::of).orElse(null));
  }

  public RecordingOptions withDevice(DevicePreset newDevice) {
    return new RecordingOptions(url, newDevice, headless, cdpEndpoint, testIdAttributes, locatorPriority,
        secretSelectors, browser, specName, dialogPolicy);
  }

  public RecordingOptions withHeadless(boolean newHeadless) {
    return new RecordingOptions(url, device, newHeadless, cdpEndpoint, testIdAttributes, locatorPriority,
        secretSelectors, browser, specName, dialogPolicy);
  }

  public RecordingOptions withCdpEndpoint(String endpoint) {
    return new RecordingOptions(url, device, headless, endpoint, testIdAttributes, locatorPriority,
        secretSelectors, browser, specName, dialogPolicy);
  }

  public RecordingOptions withTestIdAttributes(List<String> attributes) {
    return new RecordingOptions(url, device, headless, cdpEndpoint, attributes, locatorPriority,
        secretSelectors, browser, specName, dialogPolicy);
  }

  public RecordingOptions withLocatorPriority(List<LocatorStrategy> priority) {
    return new RecordingOptions(url, device, headless, cdpEndpoint, testIdAttributes, priority,
        secretSelectors, browser, specName, dialogPolicy);
  }

  public RecordingOptions withSecretSelectors(List<String> selectors) {
    return new RecordingOptions(url, device, headless, cdpEndpoint, testIdAttributes, locatorPriority,
        selectors, browser, specName, dialogPolicy);
  }

  public RecordingOptions withBrowser(Path executable) {
    return new RecordingOptions(url, device, headless, cdpEndpoint, testIdAttributes, locatorPriority,
        secretSelectors, executable, specName, dialogPolicy);
  }

  public RecordingOptions withSpecName(String name) {
    return new RecordingOptions(url, device, headless, cdpEndpoint, testIdAttributes, locatorPriority,
        secretSelectors, browser, name, dialogPolicy);
  }

  public RecordingOptions withDialogPolicy(DialogPolicy policy) {
    return new RecordingOptions(url, device, headless, cdpEndpoint, testIdAttributes, locatorPriority,
        secretSelectors, browser, specName, policy);
  }
}
