package com.argus.engine.export;

import com.argus.engine.ArgusException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How to export.
 *
 * @param outDir where the files go (for Java: the source root, e.g. {@code src/test/java})
 * @param javaPackage the Java package of the generated classes; ignored for TypeScript
 * @param baseUrl a base URL to write instead of the specs' own; null keeps theirs. Either way the
 *     generated code lets {@code ARGUS_BASE_URL} (and, in Java, {@code -Dargus.baseUrl}) override it
 * @param resourcesDir where Java copies upload files (as classpath resources of the package);
 *     null means {@code src/test/resources} beside an {@code outDir} ending in
 *     {@code src/test/java}, else {@code outDir}
 *
 * <p>Immutable.
 */
public record ExportOptions(Path outDir, String javaPackage, String baseUrl, Path resourcesDir) {
  public static final String DEFAULT_PACKAGE = "argus.exported";
  private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  public ExportOptions {
    if (javaPackage == null || javaPackage.isBlank()) {
      javaPackage = DEFAULT_PACKAGE;
    }
    if (!PACKAGE.matcher(javaPackage).matches()) {
      throw new ArgusException("'" + javaPackage
          + "' is not a Java package name; use dot-separated identifiers such as com.example.tests");
    }
  }

  /** Export into {@code outDir} with the default package and the specs' own base URLs. */
  public static ExportOptions into(Path outDir) {
    return new ExportOptions(outDir, null, null, null);
  }

  public ExportOptions withPackage(String newPackage) {
    return new ExportOptions(outDir, newPackage, baseUrl, resourcesDir);
  }

  public ExportOptions withBaseUrl(String newBaseUrl) {
    return new ExportOptions(outDir, javaPackage, newBaseUrl, resourcesDir);
  }

  public ExportOptions withResourcesDir(Path newResourcesDir) {
    return new ExportOptions(outDir, javaPackage, baseUrl, newResourcesDir);
  }

  /** The resources root Java upload files are copied under. */
  public Path effectiveResourcesDir() {
    if (resourcesDir != null) {
      return resourcesDir;
    }
    Path out = outDir == null ? Path.of("") : outDir;
    Path normal = out.toAbsolutePath().normalize();
    if (normal.endsWith(Path.of("src", "test", "java"))) {
      return normal.getParent().resolve("resources");
    }
    return out;
  }
}
