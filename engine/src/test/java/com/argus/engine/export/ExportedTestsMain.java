package com.argus.engine.export;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the exported Java tests of one package through the JUnit Platform Launcher, in a JVM of
 * its own (so the secrets can come from its environment, as for a user), and prints a summary
 * line the IT parses: {@code SUMMARY found=N succeeded=N failed=N aborted=N skipped=N}.
 */
public final class ExportedTestsMain {
  private ExportedTestsMain() {}

  public static void main(String[] args) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectPackage(args[0]))
        .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    PrintWriter out = new PrintWriter(System.out, true);
    summary.printFailuresTo(out, 30);
    out.println("SUMMARY found=" + summary.getTestsFoundCount() + " succeeded=" + summary.getTestsSucceededCount()
        + " failed=" + summary.getTotalFailureCount() + " aborted=" + summary.getTestsAbortedCount()
        + " skipped=" + summary.getTestsSkippedCount());
    System.exit(summary.getTotalFailureCount() == 0 ? 0 : 1);
  }
}
