package com.argus.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A class of the test classpath running in a second JVM, as a second Argus process would. Its
 * stdout is read line by line on a thread of its own; a line counts only once its newline has
 * arrived, so a line cut short by kill -9 is never taken for a report.
 */
public final class JavaProcess implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Path stderr;

  private JavaProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    Thread reader = new Thread(() -> readLines(process.getInputStream()), "child-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * @param workDir the child's working directory
   * @param stderr where the child's stderr (its logs) goes, so a full pipe never blocks it
   */
  public static JavaProcess start(Class<?> main, Path workDir, Path stderr, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Files.createDirectories(workDir);
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(stderr.toFile()).start();
    return new JavaProcess(p, stderr);
  }

  private void readLines(InputStream in) {
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      int ch;
      while ((ch = r.read()) >= 0) {
        if (ch == '\n') {
          lines.add(line.toString());
          line.setLength(0);
        } else {
          line.append((char) ch);
        }
      }
    } catch (IOException e) {
      // the child died; what was read stays
    }
  }

  /** The next complete line, waiting at most {@code timeout}; fails showing the child's stderr. */
  public String nextLine(Duration timeout) throws Exception {
    String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (line == null) {
      throw new AssertionError("No line from the child process within " + timeout + "; its stderr:\n" + stderrText());
    }
    return line;
  }

  /** The complete lines read so far and not yet taken. */
  public List<String> drainLines() {
    List<String> out = new ArrayList<>();
    lines.drainTo(out);
    return out;
  }

  public String stderrText() throws IOException {
    return Files.exists(stderr) ? Files.readString(stderr) : "";
  }

  public Process process() {
    return process;
  }

  /** Closes the child's stdin, which the holder takes as "close and exit". */
  public void closeStdin() throws IOException {
    process.getOutputStream().close();
  }

  public int waitFor(Duration timeout) throws Exception {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("The child process did not end within " + timeout + "; its stderr:\n" + stderrText());
    }
    return process.exitValue();
  }

  /** Kills the child like kill -9 and waits for it to be gone. */
  public void kill() throws Exception {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    if (process.isAlive()) {
      kill();
    }
  }
}
