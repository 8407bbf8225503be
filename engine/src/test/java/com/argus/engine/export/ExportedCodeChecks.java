package com.argus.engine.export;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Whether exported code is code: the generated Java compiled in-process against the test
 * classpath (Playwright and JUnit are on it), the generated TypeScript parsed by node. Each check
 * returns the tool's complaint, or null when there is none.
 */
final class ExportedCodeChecks {
  private ExportedCodeChecks() {}

  /** The compiler's messages for the result's generated Java, or null when it compiles. */
  static String javaErrors(ExportResult result, Path classes) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (ExportedFile f : result.files()) {
      if (f.isGenerated() && f.path().endsWith(".java")) {
        sources.add(new SimpleJavaFileObject(URI.create("string:///" + f.path()), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return f.content();
          }
        });
      }
    }
    Files.createDirectories(classes);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    boolean ok = compiler.getTask(messages, null, null, List.of("-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(), "-proc:none"), null, sources).call();
    return ok ? null : messages.toString();
  }

  /**
   * node's complaint about the TypeScript file, or null when it parses. The file is checked as an
   * ES module once the helpers' type annotations (the only TypeScript the export writes) are
   * removed, so a regex literal JavaScript rejects fails here as it would under Playwright.
   */
  static String typeScriptErrors(String typeScript, Path dir) throws Exception {
    String javaScript = typeScript.replaceAll("\\((\\w+): string\\): string \\{", "($1) {");
    Path file = Files.createTempFile(dir, "exported", ".mjs");
    Files.writeString(file, javaScript, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("node", "--check", file.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "node --check did not finish";
    }
    return p.exitValue() == 0 ? null : output + "\n--- in ---\n" + javaScript;
  }

  /** What node prints for a script, failing with its output when it exits non-zero. */
  static String nodeOutput(String script, Path dir) throws Exception {
    Path file = Files.createTempFile(dir, "script", ".mjs");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("node", file.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new AssertionError("node failed on\n" + script + "\n" + output);
    }
    return output;
  }
}
