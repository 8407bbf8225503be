package com.argus.engine.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocateLabTest {
  static final String TARGET = "{\"tag\":\"button\",\"id\":\"login\",\"text\":\"Sign in\",\"visible_text\":\"Sign in\",\"x\":100,\"y\":200,\"width\":80,\"height\":30}";
  static final String SAME = "{\"tag\":\"button\",\"id\":\"login-2\",\"text\":\"Sign in\",\"visible_text\":\"Sign in\",\"x\":100,\"y\":204,\"width\":80,\"height\":30}";
  static final String OTHER = "{\"tag\":\"a\",\"text\":\"Help\",\"visible_text\":\"Help\",\"x\":900,\"y\":20,\"width\":40,\"height\":16}";
  final LocateLab lab = new LocateLab(Relocator.withDefaults(), true);
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void batchPrintsOneRankedLinePerInput() throws Exception {
    String in = "{\"case\":\"a\",\"target\":" + TARGET + ",\"candidates\":[" + OTHER + "," + SAME + "]}\n\n"
        + "{\"target\":" + TARGET + ",\"candidates\":[]}\n";
    StringWriter out = new StringWriter();
    LocateSummary s = lab.batch(new StringReader(in), "cases.jsonl", out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("line").asInt()).isEqualTo(1);
    assertThat(first.get("case").asText()).isEqualTo("a");
    assertThat(first.get("ranked").get(0).asInt()).isEqualTo(1);
    assertThat(first.get("scores").size()).isEqualTo(2);
    assertThat(first.get("decision").asText()).isIn("auto", "review");
    assertThat(first.get("breakdown").get(0).has("property")).isTrue();
    JsonNode second = json.readTree(lines.get(1));
    assertThat(second.get("line").asInt()).isEqualTo(3);
    assertThat(second.get("decision").asText()).isEqualTo("none");
    assertThat(s.ok()).isTrue();
    assertThat(s.inputs()).isEqualTo(2);
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineAndTheBatchGoesOn() throws Exception {
    String in = "{\"target\":" + TARGET + ",\"candidates\":[" + SAME + "]}\n"
        + "{not json\n"
        + "{\"candidates\":[]}\n"
        + "{\"target\":" + TARGET + ",\"candidates\":{}}\n"
        + "{\"target\":" + TARGET + ",\"candidates\":[{\"aria-label\":\"x\"}]}\n"
        + "{\"target\":{\"x\":\"left\"},\"candidates\":[]}\n"
        + "[1,2]\n";
    StringWriter out = new StringWriter();
    LocateSummary s = lab.batch(new StringReader(in), "cases.jsonl", out);
    assertThat(s.errors()).hasSize(6);
    assertThat(s.errors().get(0)).startsWith("cases.jsonl:2: not valid JSON");
    assertThat(s.errors().get(1)).isEqualTo("cases.jsonl:3: missing \"target\" (the element to find)");
    assertThat(s.errors().get(2)).isEqualTo("cases.jsonl:4: \"candidates\" must be an array, found an object");
    assertThat(s.errors().get(3)).startsWith("cases.jsonl:5: candidates[0]: unknown property \"aria-label\" (known: tag,");
    assertThat(s.errors().get(4)).startsWith("cases.jsonl:6: target: property \"x\" has the wrong type");
    assertThat(s.errors().get(5)).startsWith("cases.jsonl:7: expected a JSON object");
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(json.readTree(lines.get(1)).get("error").asText()).startsWith("cases.jsonl:2:");
  }

  @Test
  void singleTargetAndCandidateFiles() throws Exception {
    StringWriter out = new StringWriter();
    lab.single(new StringReader(TARGET), "target.json", new StringReader("[" + OTHER + "," + SAME + "]"), "candidates.json", out);
    assertThat(json.readTree(out.toString()).get("best").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> lab.single(new StringReader(TARGET), "t.json", new StringReader(TARGET), "c.json", new StringWriter()))
        .isInstanceOf(LocateInputException.class).hasMessage("c.json:1: expected a JSON array of element descriptions, found an object");
  }

  @Test
  void aThousandCasesRunInWellUnderAMinute() {
    StringBuilder in = new StringBuilder();
    StringBuilder cands = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      cands.append(i == 0 ? "" : ",").append(i == 137 ? SAME : OTHER.replace("Help", "Help " + i));
    }
    for (int i = 0; i < 1000; i++) {
      in.append("{\"target\":").append(TARGET).append(",\"candidates\":[").append(cands).append("]}\n");
    }
    long t0 = System.nanoTime();
    LocateSummary s = new LocateLab(Relocator.withDefaults(), false).batch(new StringReader(in.toString()), "big.jsonl", java.io.Writer.nullWriter());
    assertThat(s.inputs()).isEqualTo(1000);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
  }
}
