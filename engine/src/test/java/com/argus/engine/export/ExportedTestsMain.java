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
 * Runs the exported Java tests of one or more packages through the JUnit Platform Launcher, in a
 * JVM of its own (so the secrets can come from its environment, as for a user), one package after
 * the other. An argument {@code package=url} runs that package with {@code -Dargus.baseUrl=url}
 * (the exported property override); a bare {@code package} leaves the property unset, so the
 * exported tests read ARGUS_BASE_URL. Prints a summary line per package,
 * {@code SUMMARY[package] found=N ...}, and a total the IT parses:
 * {@code SUMMARY found=N succeeded=N failed=N aborted=N skipped=N}.
 */
public final class ExportedTestsMain {
  private ExportedTestsMain() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    long[] total = new long[5];
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String pkg = eq < 0 ? arg : arg.substring(0, eq);
      if (eq < 0) {
        System.clearProperty("argus.baseUrl");
      } else {
        System.setProperty("argus.baseUrl", arg.substring(eq + 1));
      }
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
          .selectors(selectPackage(pkg))
          .build();
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(request, listener);
      TestExecutionSummary summary = listener.getSummary();
      summary.printFailuresTo(out, 30);
      long[] counts = {summary.getTestsFoundCount(), summary.getTestsSucceededCount(),
          summary.getTotalFailureCount(), summary.getTestsAbortedCount(), summary.getTestsSkippedCount()};
      out.println(line("SUMMARY[" + pkg + "]", counts));
      for (int i = 0; i < counts.length; i++) {
        total[i] += counts[i];
      }
    }
    out.println(line("SUMMARY", total));
    System.exit(total[2] == 0 ? 0 : 1);
  }

  private static String line(String label, long[] c) {
    return label + " found=" + c[0] + " succeeded=" + c[1] + " failed=" + c[2] + " aborted=" + c[3] + " skipped=" + c[4];
  }
}
