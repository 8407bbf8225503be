package com.argus.store.internal;

import com.argus.engine.ArgusException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns Derby's exceptions into messages a person can act on. Derby nests the telling exception
 * (the lock, the full disk) several levels down, through both {@code getCause} and
 * {@code getNextException}, so the whole chain is searched.
 */
public final class StoreErrors {
  /** Another JVM has booted the database: Derby allows one writer per database. */
  public static final String ALREADY_BOOTED = "XSDB6";

  // Page, container, log and directory writes that fail when the disk is full or read-only.
  private static final Set<String> WRITE_FAILURES = Set.of(
      "XSDG1", "XSLA0", "XSLA2", "XSLA4", "XSLAE", "XSLAQ", "XSDF1", "XSDF3", "XSDFI", "XBM0H", "XSLAJ", "XSLAA");
  private static final long NEARLY_FULL_BYTES = 2L * 1024 * 1024;
  private static final Set<String> NEWER_FORMAT = Set.of("XSLAN", "XSLAC");
  private static final Set<String> READ_ONLY = Set.of("XSDFB", "XSLAH", "XSTB2", "40XD1");

  private StoreErrors() {}

  /** Every throwable in the chain, once each, the given one first. */
  public static List<Throwable> chain(Throwable top) {
    List<Throwable> out = new ArrayList<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    List<Throwable> todo = new ArrayList<>(List.of(top));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(0);
      if (t == null || seen.put(t, Boolean.TRUE) != null) {
        continue;
      }
      out.add(t);
      todo.add(t.getCause());
      if (t instanceof SQLException s) {
        todo.add(s.getNextException());
      }
    }
    return out;
  }

  /** Whether any SQLException in the chain has this SQLState. */
  public static boolean hasState(Throwable top, String sqlState) {
    return chain(top).stream().anyMatch(t -> t instanceof SQLException s && sqlState.equals(s.getSQLState()));
  }

  private static boolean hasAnyState(Throwable top, Set<String> states) {
    return chain(top).stream().anyMatch(t -> t instanceof SQLException s && states.contains(s.getSQLState()));
  }

  private static boolean mentionsNoSpace(Throwable top) {
    return chain(top).stream().anyMatch(t -> t.getMessage() != null
        && t.getMessage().toLowerCase(Locale.ROOT).contains("no space left"));
  }

  /*
   * Derby does not always say the disk is full: creating a database on a full disk surfaces as
   * "Feature not implemented" (XSAI3). Derby cannot work with less than its 1 MB log file free, so
   * a failure with less than that left is put down to the full disk.
   */
  private static boolean nearlyFull(Path home) {
    try {
      Path existing = home;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL_BYTES;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** The message for a home whose database another process holds. */
  public static String inUseMessage(Path home) {
    return "The Argus home " + home + " is in use by another Argus process (Derby keeps one writer per "
        + "database). Close the other Argus window or command, or use --home to pick another home.";
  }

  /**
   * The exception to throw for a failed store operation.
   *
   * @param doing what Argus was doing, as a phrase after "could not" ("record the step result")
   */
  public static ArgusException translate(Throwable e, String doing, Path home) {
    if (hasState(e, ALREADY_BOOTED)) {
      return new ArgusException(inUseMessage(home), e);
    }
    if (mentionsNoSpace(e) || hasAnyState(e, WRITE_FAILURES) || nearlyFull(home)) {
      return new ArgusException("Argus could not " + doing + ": it cannot write to its home " + home
          + ". The disk is probably full, or the folder is read-only. Free some disk space (or fix the "
          + "folder's permissions) and start Argus again, or use --home to pick another home.", e);
    }
    if (hasAnyState(e, READ_ONLY)) {
      return new ArgusException("Argus could not " + doing + ": the database in " + home
          + " is read-only. Fix the permissions of that folder, or use --home to pick another home.", e);
    }
    if (hasAnyState(e, NEWER_FORMAT)) {
      return new ArgusException("The database in " + home + " was written by a newer version of Argus. "
          + "Use that newer Argus, or use --home to pick another home.", e);
    }
    if (hasState(e, "XJ041")) {
      return new ArgusException("Argus could not create its database in " + home + ": "
          + firstLine(innermostMessage(e)) + ". Check that the folder is writable and the disk has free space, "
          + "or use --home to pick another home.", e);
    }
    if (e instanceof SQLException s && "08001".equals(s.getSQLState())) {
      return new ArgusException("Argus could not " + doing + ": the Derby database driver is missing. "
          + "The installation looks incomplete; reinstall Argus.", e);
    }
    return new ArgusException("Argus could not " + doing + " in the Argus home " + home + ": "
        + firstLine(innermostMessage(e)), e);
  }

  // Derby's outer messages say "see the next exception for details"; the inner one says what.
  private static String innermostMessage(Throwable e) {
    String message = null;
    for (Throwable t : chain(e)) {
      if (t instanceof SQLException && t.getMessage() != null) {
        message = t.getMessage();
        if (!message.contains("next exception")) {
          return message;
        }
      }
    }
    return message != null ? message : String.valueOf(e.getMessage());
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
