package com.argus.engine.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactorTest {
  @Test
  void masksEverySecretLongestFirst() {
    Redactor r = Redactor.of(List.of("abc", "abcdef", " "));
    assertThat(r.redact("x abcdef y abc")).isEqualTo("x ***** y *****");
    assertThat(r.redact(null)).isNull();
    assertThat(Redactor.none().redact("abc")).isEqualTo("abc");
  }

  @Test
  void readsSecretsFromTheEnvironmentBeforeTheSecretsFile(@TempDir Path home) throws Exception {
    Files.writeString(home.resolve("secrets.properties"), "password=from-file\napi_key=k1\n");
    EnvironmentSecrets secrets = new EnvironmentSecrets(Map.of("ARGUS_SECRET_PASSWORD", "from-env"), home);

    assertThat(secrets.secret("password")).contains("from-env");
    assertThat(secrets.secret("api_key")).contains("k1");
    assertThat(secrets.secret("missing")).isEmpty();
    assertThat(secrets.howToSet("missing")).contains("ARGUS_SECRET_MISSING").contains("secrets.properties");
  }
}
