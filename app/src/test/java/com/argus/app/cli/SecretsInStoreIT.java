package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.demo.DemoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec with a secret variable, run from a project with its results in the Derby store, leaves the
 * secret's value in no file of the Argus home but the secrets file it came from: not in the
 * database files, not in artifacts, not in logs.
 */
class SecretsInStoreIT {
  private static final String PASSWORD = "demo123";

  @Test
  void aReplayedSecretIsInNoFileOfTheHomeButTheSecretsFile(@TempDir Path dir) throws Exception {
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      Path specs = Files.createDirectories(dir.resolve("specs"));
      Files.writeString(specs.resolve("sign-in.spec.yaml"), RunCommandIT.SIGN_IN);
      Path home = Files.createDirectories(dir.resolve("home"));
      Path secrets = Files.writeString(home.resolve("secrets.properties"), "password=" + PASSWORD + "\n");
      argus("--home", home.toString(), "project", "create", "shop", "--base-url", demo.baseUri().toString(),
          "--specs", specs.toString());

      Result r = argus("--home", home.toString(), "run", "--project", "shop");

      assertThat(r.exit()).as(r.out() + r.err()).isZero();
      List<Path> holding = filesContaining(home, PASSWORD);
      assertThat(holding).as("files under %s holding the password", home).containsExactly(secrets);
    }
  }

  private static List<Path> filesContaining(Path dir, String secret) throws IOException {
    byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(f -> indexOf(read(f), needle) >= 0).toList();
    }
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
