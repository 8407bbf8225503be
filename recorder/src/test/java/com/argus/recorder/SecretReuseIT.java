package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static com.argus.recorder.RecorderITSupport.replayGreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password typed once in its field and also in plain fields (a hint before it, shown in clear,
 * a passphrase on the next page) is the secret variable everywhere: in the spec file, in the files
 * a replay writes, in the logs.
 */
class SecretReuseIT {
  private static final String PASSWORD = "Tr0ub4dor&3x";
  @RegisterExtension
  static final FixtureServer server = FixtureServer.serving();

  @Test
  void secretTypedAgainInPlainFieldsIsTheSecretVariableBeforeAndAfter(@TempDir Path dir) throws Exception {
    List<String> raw = new CopyOnWriteArrayList<>();
    RecordingSession s = RecordingSession.start(RecordingOptions.forUrl(server.url("/account.html"))
        .withHeadless(true).withSpecName("sign up and link phone"));
    s.rawTap = raw::add;
    s.inPage("main", p -> {
      p.click("#username");
      p.keyboard().type("mia");
      // Before the password is typed in its field: found out afterwards.
      p.click("#hint");
      p.keyboard().type(PASSWORD);
      p.click("#password");
      p.keyboard().type(PASSWORD);
      // Shown in clear, the field is a text field now; the person touches it again.
      p.click("text=Show password");
      p.click("#password");
      p.keyboard().press("End");
      p.keyboard().type("!");
      p.keyboard().press("Backspace");
      p.click("text=Create account");
      p.waitForURL("**/welcome.html");
      // Another document: none of the first page's knowledge is in this one.
      p.click("#passphrase");
      p.keyboard().type(PASSWORD);
      return null;
    });
    s.armAssert(AssertionKind.VALUE);
    s.inPage("main", p -> {
      p.click("#passphrase");
      p.click("text=Link phone");
      p.waitForSelector("text=Phone linked");
      return null;
    });
    awaitSteps(s, st -> st.stream().anyMatch(x -> x.action() == Action.CLICK && "Link phone".equals(
        x.target().fingerprint().text())));
    s.stop();
    Path file = dir.resolve("signup.spec.yaml");
    TestSpec spec = RecordToFile.saveWhenEnded(s, file);
    List<Step> steps = spec.steps();

    assertThat(steps).as(describe(steps)).extracting(Step::action).containsExactly(Action.NAVIGATE,
        Action.FILL, Action.FILL, Action.FILL, Action.CHECK, Action.FILL, Action.CLICK, Action.FILL, Action.ASSERT,
        Action.CLICK);
    assertThat(steps.get(1).value()).isEqualTo("mia");
    assertThat(steps.get(2).target().fingerprint().id()).isEqualTo("hint");
    assertThat(steps.get(2).value()).isEqualTo("${password}");
    assertThat(steps.get(3).value()).isEqualTo("${password}");
    assertThat(steps.get(5).target().fingerprint().id()).isEqualTo("password");
    assertThat(steps.get(5).value()).isEqualTo("${password}");
    assertThat(steps.get(7).target().fingerprint().id()).isEqualTo("passphrase");
    assertThat(steps.get(7).value()).isEqualTo("${password}");
    assertThat(steps.get(8).assertion().expected()).isEqualTo("${password}");
    assertThat(spec.variables()).containsExactly(Variable.secret("password"));
    assertThat(Files.readString(file)).doesNotContain(PASSWORD).contains("${password}");
    assertThat(SpecFormat.read(file)).isEqualTo(spec);
    // The typed value never left the page in its own field; elsewhere it did, which is why the
    // step must not keep it.
    assertThat(raw).filteredOn(e -> e.contains("\"secret\":true")).noneMatch(e -> e.contains(PASSWORD));

    // Replayed with the secret supplied: neither the run's artifacts nor its results keep it. (That
    // the Derby store keeps no secret of a replay is the app's test, SecretsInStoreIT.)
    replayGreen(dir, spec, file, RecordingSession.baseUrlOf(server.url("/")), Map.of("password", PASSWORD));
    assertThat(filesContaining(dir, PASSWORD)).as("files under %s holding the password", dir).isEmpty();
    Path log = Path.of("target/recorder-test.log");
    if (Files.exists(log)) {
      assertThat(Files.readString(log)).doesNotContain(PASSWORD);
    }
  }

  @Test
  void passwordShownOnOnePageAndTypedOnTheNextIsMaskedWhereItWasShown(@TempDir Path dir) throws Exception {
    String temporary = "Kx9-vQ2m-Pz4";
    RecordingSession s = RecordingSession.start(RecordingOptions.forUrl(server.url("/temporary.html"))
        .withHeadless(true).withSpecName("sign in with a temporary password"));
    s.armAssert(AssertionKind.TEXT);
    s.inPage("main", p -> {
      p.click("#notice");
      p.click("text=Sign in with it");
      p.waitForURL("**/signin.html");
      p.click("#user");
      p.keyboard().type("mia");
      p.click("#pw");
      p.keyboard().type(temporary);
      p.click("button");
      p.waitForSelector("text=Signed in as mia");
      return null;
    });
    awaitSteps(s, st -> st.stream().filter(x -> x.action() == Action.CLICK).count() == 2);
    s.stop();
    Path file = dir.resolve("temporary.spec.yaml");
    TestSpec spec = RecordToFile.saveWhenEnded(s, file);
    List<Step> steps = spec.steps();

    assertThat(steps).as(describe(steps)).extracting(Step::action).containsExactly(Action.NAVIGATE,
        Action.ASSERT, Action.CLICK, Action.FILL, Action.FILL, Action.CLICK);
    // Shown before it was typed, in another document: found out when it was typed.
    assertThat(steps.get(1).assertion().expected())
        .isEqualTo("Your temporary password is ${password}. It expires in one hour.");
    assertThat(steps.get(2).target().fingerprint().neighborText()).doesNotContain(temporary);
    assertThat(steps.get(4).value()).isEqualTo("${password}");
    assertThat(Files.readString(file)).doesNotContain(temporary);
    replayGreen(dir, spec, file, RecordingSession.baseUrlOf(server.url("/")), Map.of("password", temporary));
  }

  private static List<Path> filesContaining(Path dir, String secret) throws Exception {
    byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(f -> contains(read(f), needle)).toList();
    }
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
