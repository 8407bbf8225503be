package com.argus.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph {@code app → recorder → engine ← store}, {@code app → store}, held by rules
 * rather than hope. The violation fixture in {@code com.argus.engine.archviolation} (test code)
 * proves the engine rule bites.
 */
class ArchitectureTest {
  static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // Other modules arrive as jars (or class folders in a reactor build); their test jars are not production.
        .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
        .importPackages("com.argus");
  }

  static final ArchRule ENGINE_IS_PURE = noClasses().that().resideInAPackage("com.argus.engine..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "javafx..", "java.sql..", "javax.sql..", "org.apache.derby..", "org.flywaydb..",
          "com.argus.app..", "com.argus.store..", "com.argus.recorder..")
      .because("engine holds the domain: no GUI, no JDBC, no module above it");

  static final ArchRule NOTHING_IMPORTS_APP = noClasses().that().resideOutsideOfPackage("com.argus.app..")
      .should().dependOnClassesThat().resideInAPackage("com.argus.app..")
      .because("app is the composition root");

  static final ArchRule STORE_IS_BELOW_RECORDER = noClasses().that().resideInAPackage("com.argus.store..")
      .should().dependOnClassesThat().resideInAnyPackage("com.argus.recorder..", "javafx..");

  static final ArchRule RECORDER_HAS_NO_STORE = noClasses().that().resideInAPackage("com.argus.recorder..")
      .should().dependOnClassesThat().resideInAnyPackage("com.argus.store..", "javafx..", "java.sql..");

  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("com.argus.(*).(*)..").should().beFreeOfCycles();

  /** Full depth, so the root package counts too: the command line must not reach back into the workbench. */
  static final ArchRule APP_PACKAGES_FORM_NO_CYCLES = slices().matching("com.argus.(**)").should().beFreeOfCycles();

  static final ArchRule NO_STD_STREAMS_OUTSIDE_CLI = noClasses()
      .that().resideOutsideOfPackages("com.argus.app.cli..", "com.argus.app")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("logging goes through SLF4J; only the command line prints");

  @Test
  void engineImportsNoGuiNoJdbcAndNoOtherModule() {
    ENGINE_IS_PURE.check(production);
  }

  @Test
  void nothingImportsApp() {
    NOTHING_IMPORTS_APP.check(production);
  }

  @Test
  void storeAndRecorderStayInTheirLanes() {
    STORE_IS_BELOW_RECORDER.check(production);
    RECORDER_HAS_NO_STORE.check(production);
  }

  @Test
  void featurePackagesFormNoCycles() {
    NO_PACKAGE_CYCLES.check(production);
  }

  @Test
  void appPackagesIncludingTheRootFormNoCycles() {
    APP_PACKAGES_FORM_NO_CYCLES.check(production.that(JavaClass.Predicates.resideInAPackage("com.argus.app..")));
  }

  @Test
  void onlyTheCommandLinePrintsToStandardStreams() {
    NO_STD_STREAMS_OUTSIDE_CLI.check(production);
  }

  @Test
  void theEngineRuleCatchesAnEngineClassUsingJdbcOrJavaFx() {
    JavaClasses fixture = new ClassFileImporter().importPackages("com.argus.engine.archviolation");
    EvaluationResult result = ENGINE_IS_PURE.evaluate(fixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("java.sql.Connection"))
        .anySatisfy(d -> assertThat(d).contains("javafx.scene.control.Label"));
  }

  @Test
  void theCycleRuleCatchesACycle() {
    JavaClasses fixture = new ClassFileImporter().importPackages("com.argus.engine.archviolation");
    assertThat(slices().matching("com.argus.engine.archviolation.(*)..").should().beFreeOfCycles()
        .evaluate(fixture).hasViolation()).isTrue();
  }
}
