package com.argus.app.cli;

import com.argus.engine.ArgusException;
import com.argus.engine.locate.LocateLab;
import com.argus.engine.locate.LocateSummary;
import com.argus.engine.locate.Relocator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code argus locate}: the heal lab. Runs the same relocation live healing runs, on element
 * descriptions in JSON, and prints one JSON line per input: ranked candidates, scores, decision.
 */
@Command(name = "locate", description = "Rank candidate elements against a target element (the heal lab); JSON in, JSON Lines out.")
final class LocateCommand implements Callable<Integer> {
  @Mixin CliContext context;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--batch", paramLabel = "FILE", description = "JSON Lines of {\"target\": {...}, \"candidates\": [...]}; - for standard input.")
    Path batch;

    @ArgGroup(exclusive = false)
    Pair pair;
  }

  static final class Pair {
    @Option(names = "--target", required = true, paramLabel = "FILE", description = "One element description (JSON object).")
    Path target;

    @Option(names = "--candidates", required = true, paramLabel = "FILE", description = "A JSON array of element descriptions.")
    Path candidates;
  }

  @Option(names = "--explain", description = "Add the score breakdown per property for the best candidate and the runner-up.")
  boolean explain;

  @Override
  public Integer call() throws IOException {
    LocateLab lab = new LocateLab(Relocator.withDefaults(), explain);
    // Buffered: a batch of thousands of lines should not flush per line.
    Writer out = new BufferedWriter(context.out(), 1 << 16);
    LocateSummary summary;
    if (input.batch != null) {
      boolean stdin = input.batch.toString().equals("-");
      try (Reader in = stdin ? new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8) : open(input.batch)) {
        summary = lab.batch(in, stdin ? "<stdin>" : input.batch.toString(), out);
      }
    } else {
      try (Reader target = open(input.pair.target); Reader candidates = open(input.pair.candidates)) {
        summary = lab.single(target, input.pair.target.toString(), candidates, input.pair.candidates.toString(), out);
      }
    }
    out.flush();
    summary.errors().forEach(e -> context.err().println(e));
    return summary.ok() ? ArgusCommand.OK : ArgusCommand.USAGE;
  }

  private static Reader open(Path file) throws IOException {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ArgusException(file + ": no such file");
    }
  }
}
