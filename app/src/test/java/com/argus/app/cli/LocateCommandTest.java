package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocateCommandTest {
  @TempDir Path dir;

  static final String TARGET = "{\"tag\":\"button\",\"id\":\"login-btn\",\"testid\":\"login-submit\",\"text\":\"Sign in\","
      + "\"type\":\"submit\",\"ancestors\":[\"form#login-form\",\"main\"],\"neighbor_text\":\"Username Password Remember me\"}";
  static final String RENAMED = "{\"tag\":\"button\",\"id\":\"btn-7f3a2c\",\"testid\":\"login-submit\",\"text\":\"Sign in\","
      + "\"type\":\"submit\",\"ancestors\":[\"form#auth-form\",\"main\"],\"neighbor_text\":\"Username Password Remember me\"}";
  static final String OTHER = "{\"tag\":\"a\",\"href\":\"/help.html\",\"text\":\"Help\",\"ancestors\":[\"nav\",\"body\"]}";

  @Test
  void batchRanksTheRenamedButtonFirstAndReportsBadLinesWithTheirLineNumber() throws Exception {
    Path batch = Files.writeString(dir.resolve("cases.jsonl"),
        "{\"target\":" + TARGET + ",\"candidates\":[" + OTHER + "," + RENAMED + "]}\n"
            + "\n"
            + "{\"target\":" + TARGET + ",\"candidates\":{}}\n");
    Result r = argus("locate", "--batch", batch.toString());
    assertThat(r.exit()).isEqualTo(2);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).contains("\"ranked\":[1,0]").doesNotContain("\"decision\":\"none\"");
    assertThat(lines[1]).contains("\"line\":3").contains("\"error\"");
    assertThat(r.err()).contains("cases.jsonl:3:");
  }

  @Test
  void targetAndCandidatesFilesGiveOneLine() throws Exception {
    Path target = Files.writeString(dir.resolve("t.json"), TARGET);
    Path candidates = Files.writeString(dir.resolve("c.json"), "[" + OTHER + "," + RENAMED + "]");
    Result r = argus("locate", "--target", target.toString(), "--candidates", candidates.toString(), "--explain");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"best\":1").contains("breakdown");
  }

  @Test
  void targetWithoutCandidatesIsAUsageError() throws Exception {
    Path target = Files.writeString(dir.resolve("t.json"), TARGET);
    assertThat(argus("locate", "--target", target.toString()).exit()).isEqualTo(2);
    assertThat(argus("locate", "--batch", dir.resolve("missing.jsonl").toString()).err()).contains("missing.jsonl: no such file");
  }
}
