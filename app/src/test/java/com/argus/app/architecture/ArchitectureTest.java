package com.argus.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph {@code app → recorder → engine ← store}, {@code app → store}, with {@code demo}
 * standing alone, and packages free of cycles at full depth, held by rules rather than hope. The
 * module rules hold for test code too: a test-scope dependency is still a dependency.
 *
 * <p>Every rule is built from the root package it guards, so the same rule runs over the fixture
 * in {@code com.argus.archfixture} (test code that breaks each rule once) and must report it.
 */
class ArchitectureTest {
  private static final String ROOT = "com.argus";
  private static final String FIXTURE = "com.argus.archfixture";
  /** The other modules' test classes, as a reactor build leaves them; the app's own are on the class path. */
  private static final List<String> MODULE_TEST_CLASSES = List.of("demo", "engine", "store", "recorder");

  static JavaClasses production;
  static JavaClasses tests;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // Other modules arrive as jars (or class folders in a reactor build); their test jars are not production.
        .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
        .importPackages(ROOT);
    List<Path> testFolders = Stream.concat(
            MODULE_TEST_CLASSES.stream().map(m -> Path.of("..", m, "target", "test-classes")),
            Stream.of(Path.of("target", "test-classes")))
        .toList();
    assertThat(testFolders).as("test classes of every module (build them with test-compile first)")
        .allMatch(Files::isDirectory);
    tests = new ClassFileImporter()
        .withImportOption(location -> !location.contains("/archfixture/"))
        .importPaths(testFolders);
  }

  static ArchRule engineIsPure(String root, boolean testCode) {
    List<String> forbidden = new java.util.ArrayList<>(List.of("javafx..", "java.sql..", "javax.sql..",
        "org.apache.derby..", "org.flywaydb..", root + ".app..", root + ".store..", root + ".recorder.."));
    if (!testCode) {
      // The engine's browser tests serve the demo shop; the engine itself never does.
      forbidden.add(root + ".demo..");
    }
    return noClasses().that().resideInAPackage(root + ".engine..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
        .because("engine holds the domain: no GUI, no JDBC, no module above it");
  }

  static ArchRule demoStandsAlone(String root) {
    return noClasses().that().resideInAPackage(root + ".demo..")
        .should().dependOnClassesThat().resideInAnyPackage(
            root + ".engine..", root + ".store..", root + ".recorder..", root + ".app..", "javafx..")
        .because("the demo shop is a fixture app the engine's own tests serve, so it can depend on no module");
  }

  static ArchRule nothingImportsApp(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".app..")
        .and().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage(root + ".app..")
        .because("app is the composition root");
  }

  static ArchRule storeIsBelowRecorder(String root) {
    return noClasses().that().resideInAPackage(root + ".store..")
        .should().dependOnClassesThat().resideInAnyPackage(
            root + ".recorder..", root + ".demo..", "javafx..");
  }

  static ArchRule recorderHasNoStore(String root) {
    return noClasses().that().resideInAPackage(root + ".recorder..")
        .should().dependOnClassesThat().resideInAnyPackage(
            root + ".store..", "javafx..", "java.sql..", "javax.sql..")
        .because("the recorder hands specs to its caller; saving them is the app's business");
  }

  /**
   * Every package is its own slice ({@code (**)}): a package and its sub-package are two slices, so
   * a model that reads its own file format is a cycle.
   */
  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  static ArchRule viewModelsUseEnginePorts(String root) {
    return noClasses().that().haveSimpleNameEndingWith("ViewModel").and().resideInAPackage(root + ".app..")
        .should().dependOnClassesThat().resideInAPackage(root + ".store..")
        .because("a view model takes the engine ports and app services it uses, so it tests without a database"
            + " and the store stays replaceable; the composition root hands them over");
  }

  static final ArchRule NO_STD_STREAMS_OUTSIDE_CLI = noClasses()
      .that().resideOutsideOfPackages("com.argus.app.cli..", "com.argus.app")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("logging goes through SLF4J; only the command line prints");

  static List<ArchRule> moduleRules(String root, boolean testCode) {
    return List.of(engineIsPure(root, testCode), demoStandsAlone(root), nothingImportsApp(root),
        storeIsBelowRecorder(root), recorderHasNoStore(root));
  }

  @Test
  void productionCodeKeepsTheModuleGraph() {
    moduleRules(ROOT, false).forEach(rule -> rule.check(production));
  }

  @Test
  void testCodeKeepsTheModuleGraph() {
    assertThat(tests.containPackage("com.argus.engine.replay")).as("engine tests imported").isTrue();
    assertThat(tests.containPackage("com.argus.recorder")).as("recorder tests imported").isTrue();
    moduleRules(ROOT, true).forEach(rule -> rule.check(tests));
  }

  @Test
  void packagesFormNoCyclesAtFullDepth() {
    noPackageCycles(ROOT).check(production);
  }

  @Test
  void viewModelsDependOnEnginePortsNotTheStore() {
    viewModelsUseEnginePorts(ROOT).check(production);
  }

  @Test
  void theViewModelRuleCatchesAViewModelUsingTheStore() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    assertThat(viewModelsUseEnginePorts(FIXTURE).evaluate(fixture).getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("ReportViewModel").contains("StoreThing"));
  }

  @Test
  void onlyTheCommandLinePrintsToStandardStreams() {
    NO_STD_STREAMS_OUTSIDE_CLI.check(production);
  }

  @Test
  void theModuleRulesCatchJdbcAndJavaFxInTheEngineAndAModuleImportingOneItMustNot() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    EvaluationResult engine = engineIsPure(FIXTURE, true).evaluate(fixture);
    assertThat(engine.getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("java.sql.Connection"))
        .anySatisfy(d -> assertThat(d).contains("javafx.scene.control.Label"))
        .anySatisfy(d -> assertThat(d).contains(FIXTURE + ".store.StoreThing"));
    assertThat(recorderHasNoStore(FIXTURE).evaluate(fixture).getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("RecorderTestUsingStore").contains("StoreThing"));
    assertThat(demoStandsAlone(FIXTURE).evaluate(fixture).getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("DemoUsingEngine").contains("UsesJdbcAndFx"));
  }

  @Test
  void theCycleRuleCatchesAPackageCyclingWithItsSubPackage() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    EvaluationResult result = noPackageCycles(FIXTURE).evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("model.format");
    // The two-level slicing this rule replaced saw both packages as one slice, hence no cycle.
    assertThat(slices().matching(FIXTURE + ".(*)..").should().beFreeOfCycles().evaluate(fixture).hasViolation())
        .isFalse();
  }
}
