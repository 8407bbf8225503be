package com.argus.engine.spec.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.TestSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema and the reader agree: every example is valid against both. */
class SpecSchemaTest {
  static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = TestSpec.class.getResourceAsStream("argus-spec.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static Stream<Path> examples() throws IOException {
    return SpecExamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleIsValidAgainstTheSchema(Path example) {
    JsonNode tree = SpecFormat.toJsonTree(SpecFormat.read(example));
    Set<ValidationMessage> errors = schema.validate(tree);
    assertThat(errors).as(example.toString()).isEmpty();
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() {
    ObjectNode tree = (ObjectNode) SpecFormat.toJsonTree(
        SpecFormat.read(Path.of("src/test/resources/spec/examples/checkout.spec.yaml")));
    ((ObjectNode) tree.withArray("steps").get(0)).put("action", "clik");
    assertThat(schema.validate(tree)).isNotEmpty();
    ObjectNode secret = (ObjectNode) tree.withArray("variables").get(1);
    secret.put("value", "hunter2");
    assertThat(schema.validate(tree)).anySatisfy(m -> assertThat(m.getMessage()).contains("variables"));
  }
}
