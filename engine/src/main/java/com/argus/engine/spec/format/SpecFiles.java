package com.argus.engine.spec.format;

import com.argus.engine.ArgusException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Spec files on disk: finding them (a file stands for itself, a folder for every {@code *.spec.yaml}
 * under it, sorted), naming new ones, and reading, writing, moving and deleting them with a clear
 * message when the file system says no. Plain blocking I/O; stateless.
 */
public final class SpecFiles {
  public static final String SUFFIX = ".spec.yaml";

  private SpecFiles() {}

  public static List<Path> expand(Path fileOrFolder) {
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    try (Stream<Path> files = Files.walk(fileOrFolder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      throw new ArgusException(fileOrFolder + ": cannot be searched for specs (" + why + ")", e);
    }
  }

  /** Every spec file under the folder, sorted; none when the folder does not exist yet. */
  public static List<Path> find(Path specsDir) {
    if (!Files.isDirectory(specsDir)) {
      return List.of();
    }
    return expand(specsDir).stream().filter(Files::isRegularFile).toList();
  }

  /** A file name for a spec name: lower case, dashes, the spec suffix. */
  public static String fileNameFor(String specName) {
    String slug = specName.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return (slug.isEmpty() ? "spec" : slug) + SUFFIX;
  }

  /** A file in {@code dir} named after {@code specName} that does not exist yet. */
  public static Path freeFile(Path dir, String specName) {
    String name = fileNameFor(specName);
    Path candidate = dir.resolve(name);
    String stem = name.substring(0, name.length() - SUFFIX.length());
    for (int i = 2; Files.exists(candidate); i++) {
      candidate = dir.resolve(stem + "-" + i + SUFFIX);
    }
    return candidate;
  }

  /** The text of a spec file, read under the same limits as {@link SpecFormat#read}. */
  public static String read(Path file) {
    return readText(file, SpecFormat.MAX_FILE_BYTES);
  }

  /**
   * The UTF-8 text of a regular file (links followed) of at most {@code maxBytes}. The type and size
   * are checked before reading, and the read stops at the limit, so a FIFO, {@code /dev/zero} or a
   * file that grows while it is read can neither hang the caller nor fill its memory.
   *
   * @throws ArgusException naming the file and what is wrong with it
   */
  public static String readText(Path file, long maxBytes) {
    if (!Files.exists(file)) {
      throw new ArgusException(file + ": no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ArgusException(file + ": not a regular file" + (Files.isDirectory(file) ? " but a folder" : "")
          + "; a spec is a *" + SUFFIX + " text file");
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new ArgusException(file + ": " + size + " bytes, larger than the " + maxBytes
            + " bytes a spec file may be; split it into several specs");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) maxBytes + 1);
      }
      if (bytes.length > maxBytes) {
        throw new ArgusException(file + ": grew past the " + maxBytes + " bytes a spec file may be while it was read");
      }
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ArgusException(file + ": not a UTF-8 text file; spec files are UTF-8 YAML");
    } catch (NoSuchFileException e) {
      throw new ArgusException(file + ": no such file");
    } catch (IOException e) {
      throw new ArgusException(file + ": cannot be read (" + describe(e) + ")", e);
    }
  }

  /**
   * Writes a file atomically: the text goes to a temporary file in the same folder, which then
   * replaces the file in one move, so a full disk, a read-only folder or a killed process leaves the
   * old file, never half of the new one. The file keeps its permissions.
   *
   * @throws ArgusException naming the file and the reason; the old content is unchanged then
   */
  public static void writeAtomically(Path file, String text) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      Set<PosixFilePermission> permissions = Files.exists(target)
          && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null
          ? Files.getPosixFilePermissions(target) : null;
      // Not createTempFile: its 0600 would become a new spec's mode; createFile follows the umask
      // like any file the user's tools write.
      tmp = Files.createFile(dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      if (permissions != null) {
        Files.setPosixFilePermissions(tmp, permissions);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original error is the one worth reporting
        }
      }
      throw new ArgusException("could not save " + file + " (" + describe(e)
          + "); the previous version of the file is unchanged. Check that its folder is writable and the disk not full.", e);
    }
  }

  public static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new ArgusException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  public static void move(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.move(from, to);
    } catch (IOException e) {
      throw new ArgusException("cannot rename " + from.getFileName() + " to " + to.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private static String describe(IOException e) {
    String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileSystemException ? "file system refused" : "I/O error";
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }
}
