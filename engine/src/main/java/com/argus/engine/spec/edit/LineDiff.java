package com.argus.engine.spec.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (longest common subsequence), for the version history. Spec files are
 * small, so the quadratic table is fine.
 */
public final class LineDiff {
  /** How a line differs. */
  public enum Kind { SAME, ADDED, REMOVED }

  /** One line of the diff. */
  public record Line(Kind kind, String text) {
    @Override
    public String toString() {
      return switch (kind) {
        case SAME -> "  " + text;
        case ADDED -> "+ " + text;
        case REMOVED -> "- " + text;
      };
    }
  }

  private LineDiff() {}

  public static List<Line> diff(String before, String after) {
    String[] a = split(before);
    String[] b = split(after);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Line> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        out.add(new Line(Kind.SAME, a[i++]));
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.add(new Line(Kind.REMOVED, a[i++]));
      } else {
        out.add(new Line(Kind.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      out.add(new Line(Kind.REMOVED, a[i++]));
    }
    while (j < b.length) {
      out.add(new Line(Kind.ADDED, b[j++]));
    }
    return out;
  }

  private static String[] split(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
  }
}
