package com.argus.engine.replay.report;

import com.argus.engine.replay.StepResult;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.TestResult;
import com.argus.engine.run.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a suite as JUnit XML in the Ant/Jenkins layout CI servers read: {@code <testsuites>} with
 * one {@code <testsuite>} per spec file, one {@code <testcase>} per test (data row), a {@code
 * <failure>} for a failed test and an {@code <error>} for one that could not run, and the step log
 * in {@code <system-out>}.
 *
 * <p>Stateless and thread-safe.
 */
public final class JUnitXmlReport {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  public void write(SuiteResult suite, Path file) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        write(suite, xml);
        xml.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write " + file, e);
    }
  }

  private void write(SuiteResult suite, XMLStreamWriter x) throws XMLStreamException {
    Map<String, List<TestResult>> bySpec = suite.tests().stream()
        .collect(Collectors.groupingBy(TestResult::specKey, LinkedHashMap::new, Collectors.toList()));
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.writeStartElement("testsuites");
    x.writeAttribute("name", "argus");
    x.writeAttribute("tests", String.valueOf(suite.tests().size()));
    x.writeAttribute("failures", String.valueOf(suite.failed()));
    x.writeAttribute("errors", String.valueOf(suite.tests().size() - suite.passed() - suite.failed()));
    x.writeAttribute("time", seconds(suite.durationMs()));
    int id = 0;
    for (Map.Entry<String, List<TestResult>> spec : bySpec.entrySet()) {
      List<TestResult> tests = spec.getValue();
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("package", "argus");
      x.writeAttribute("id", String.valueOf(id++));
      x.writeAttribute("name", suiteName(tests.get(0)));
      x.writeAttribute("timestamp", TIMESTAMP.format(LocalDateTime.ofInstant(
          tests.get(0).startedAt().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)));
      x.writeAttribute("hostname", hostname());
      x.writeAttribute("tests", String.valueOf(tests.size()));
      x.writeAttribute("failures", String.valueOf(tests.stream().filter(t -> t.status() == RunStatus.FAILED).count()));
      x.writeAttribute("errors", String.valueOf(tests.stream().filter(t -> !t.passed() && t.status() != RunStatus.FAILED).count()));
      x.writeAttribute("time", seconds(tests.stream().mapToLong(TestResult::durationMs).sum()));
      x.writeCharacters("\n    ");
      x.writeEmptyElement("properties");
      for (TestResult t : tests) {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", t.name());
        x.writeAttribute("classname", suiteName(t));
        x.writeAttribute("time", seconds(t.durationMs()));
        if (!t.passed()) {
          x.writeCharacters("\n      ");
          x.writeStartElement(t.status() == RunStatus.FAILED ? "failure" : "error");
          String message = t.error() == null ? t.status().name() : t.error();
          x.writeAttribute("message", firstLine(message));
          x.writeAttribute("type", t.status().name());
          x.writeCharacters(message);
          x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
      }
      x.writeCharacters("\n    ");
      x.writeStartElement("system-out");
      x.writeCData(stepLog(tests).replace("]]>", "]]]]><![CDATA[>"));
      x.writeEndElement();
      x.writeCharacters("\n    ");
      x.writeEmptyElement("system-err");
      x.writeCharacters("\n  ");
      x.writeEndElement();
    }
    x.writeCharacters("\n");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndDocument();
  }

  private static String stepLog(List<TestResult> tests) {
    StringBuilder s = new StringBuilder();
    for (TestResult t : tests) {
      s.append(t.name()).append(" [").append(t.backend()).append(", ").append(t.device()).append("]: ").append(t.status()).append('\n');
      for (StepResult r : t.steps()) {
        s.append(String.format(Locale.ROOT, "  %2d %-20s %6d ms  %s%s%n", r.index() + 1, r.status(), r.durationMs(), r.title(),
            r.locatorUsed() == null ? "" : "  [" + r.locatorUsed() + "]"));
        if (r.heal() != null) {
          s.append("       ").append(r.heal().summary()).append('\n');
        }
      }
    }
    return s.toString();
  }

  private static String suiteName(TestResult t) {
    if (t.specFile() != null) {
      String file = t.specFile().getFileName().toString();
      return file.replaceAll("\\.spec\\.yaml$|\\.json$", "");
    }
    return t.specKey();
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
