package com.argus.engine.export;

import com.argus.engine.spec.SpecSource;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.DataRows;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPlanTest {
  @Test
  void variablesNamedLikeKeywordsOrGeneratedNamesGetSafeIdentifiers() {
    TestSpec spec = TestSpec.named("Names", "http://x/", List.of(
        Step.of("a", Action.NAVIGATE, null, "/${class}/${page}/${Pattern}/${dialog}")))
        .withVariables(List.of(Variable.plain("class", "c"), Variable.plain("page", "p"),
            Variable.plain("Pattern", "q"), Variable.plain("dialog", "d")));
    SpecPlan plan = new SpecPlan(new SpecSource(spec, null));
    assertThat(plan.variableIds).containsExactly(Map.entry("class", "classValue"), Map.entry("page", "pageValue"),
        Map.entry("Pattern", "pattern"), Map.entry("dialog", "dialogValue"));
    assertThat(new TsTestWriter(plan).expr("/${class}/${page}/${Pattern}/${dialog}"))
        .isEqualTo("'/' + classValue + '/' + pageValue + '/' + pattern + '/' + dialogValue");
  }

  @Test
  void unknownReferencesStayLiteralText() {
    SpecPlan plan = new SpecPlan(new SpecSource(TestSpec.named("N", null, List.of()), null));
    assertThat(new TsTestWriter(plan).expr("${nope} and $")).isEqualTo("'${nope} and $'");
  }

  @Test
  void csvDataFilesAreInlinedWithQuotingHonoured(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("rows.csv"), "term,hits\r\n\"desk, lamp\",1\n\"say \"\"hi\"\"\",2\n");
    TestSpec spec = new TestSpec(2, "Csv", null, List.of(), null, null, null, List.of(),
        new DataRows("rows.csv", null), List.of(Step.of("a", Action.NAVIGATE, null, "/?q=${term}")));
    SpecPlan plan = new SpecPlan(new SpecSource(spec, dir.resolve("csv.spec.yaml")));
    assertThat(plan.data.columns()).containsExactly("term", "hits");
    assertThat(plan.data.rows()).containsExactly(Map.of("term", "desk, lamp", "hits", "1"),
        Map.of("term", "say \"hi\"", "hits", "2"));
  }

  @Test
  void camelCaseNamesAreJavaIdentifiers() {
    assertThat(Names.camel("Checkout with a saved card", false)).isEqualTo("checkoutWithASavedCard");
    assertThat(Names.camel("data-driven", true)).isEqualTo("DataDriven");
    assertThat(Names.camel("1st run", false)).isEqualTo("t1stRun");
    assertThat(Names.camel("\"; */", false)).isEqualTo("exported");
  }
}
